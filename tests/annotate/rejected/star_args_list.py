# Passing a list with *args: the number of arguments must be known at translation time.


def add3(a, b, c):
    return a + b + c


def entry_point(argv):
    values = [1, 2, 3]
    return add3(*values)  # error: *args must be a tuple in translated code, not 'list(int)'


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
