# Testing whether an int is in a list of strs.


def is_reserved(reg):
    return reg in ["sp", "pc"]  # error: 'int' can never be in a 'list(str)'


def entry_point(argv):
    print(is_reserved(15))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
