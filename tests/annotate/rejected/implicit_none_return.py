# A function that falls off its end on one path returns None there, which an int cannot be.


def sign(n):
    if n > 0:
        return 1
    if n < 0:  # error: 'implicit_none_return.sign' would return both 'int' and 'None'
        return -1


def entry_point(argv):
    return sign(len(argv))


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
