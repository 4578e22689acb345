# Calling an int as if it were a function.


def entry_point(argv):
    handler = len(argv)
    return handler(0)  # error: 'int' is not callable


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
