# Iterating over an int instead of range(n).


def total(n):
    s = 0
    for i in n:  # error: 'int' is not iterable
        s += i
    return s


def entry_point(argv):
    return total(10)


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
