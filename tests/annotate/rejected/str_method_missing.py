# A str method kiln does not provide.


def pad(name, width):
    return name.ljust(width)  # error: 'str' has no attribute 'ljust'


def entry_point(argv):
    print(pad("pc", 6) + "|")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
