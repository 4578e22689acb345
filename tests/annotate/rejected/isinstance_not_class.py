# isinstance() with something that is not a class.


KIND_INT = 1


def is_int(x):
    return isinstance(x, KIND_INT)  # error: isinstance() needs a class or a tuple of classes, not 'int'


def entry_point(argv):
    print(is_int(3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
