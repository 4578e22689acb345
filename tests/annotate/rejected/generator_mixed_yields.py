# A generator that yields ints and strs.


def tokens(text):
    for c in text:  # error: generator 'generator_mixed_yields.tokens' would yield both 'int' and 'str'
        if c.isdigit():
            yield int(c)
        else:
            yield c


def entry_point(argv):
    n = 0
    for t in tokens("a1b2"):
        n += 1
    return n


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
