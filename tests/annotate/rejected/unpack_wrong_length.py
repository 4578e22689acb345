# Unpacking a 3-tuple into two variables.


def decode(word):
    return word >> 8, word & 255, word >> 16


def entry_point(argv):
    op, arg = decode(0x1234)  # error: cannot unpack 3 values into 2 variables
    return op + arg


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
