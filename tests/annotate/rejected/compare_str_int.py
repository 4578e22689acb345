# Comparing a char with an int for equality can never be true.


def count_zeros(text):
    n = 0
    for c in text:
        if c == 0:  # error: 'str' and 'int' can never be equal
            n += 1
    return n


def entry_point(argv):
    return count_zeros("a0b0")


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
