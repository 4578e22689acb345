# Indexing a list with a str (meant to be a dict).


def get_register(regs, name):
    return regs[name]  # error: 'list(int)' indices must be integers, not 'str'


def entry_point(argv):
    regs = [0, 0, 0, 0]
    return get_register(regs, "r1")


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
