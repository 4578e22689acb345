# A list display mixing ints and floats.


def weights():
    return [1, 0.5, 2]  # error: the items of this list would have to be both 'int' and 'float'


def entry_point(argv):
    print(weights())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
