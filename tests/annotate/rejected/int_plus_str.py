# Concatenating a str with an int without str().


def label(name, index):
    return name + index  # error: cannot add 'str' and 'int'


def entry_point(argv):
    print(label("r", 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
