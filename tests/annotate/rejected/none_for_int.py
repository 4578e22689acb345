# A search returns None when nothing is found, but an int otherwise.


def find(values, target):
    for i in range(len(values)):  # error: 'none_for_int.find' would return both 'None' and 'int': an int or bool cannot be None
        if values[i] == target:
            return i
    return None


def entry_point(argv):
    i = find([1, 2, 3], 2)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
