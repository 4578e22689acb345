# One variable holding tuples of different lengths.


def decode(op):
    if op == 0:
        ins = ("nop", 0)
    else:
        ins = ("jmp", op, 1)  # error: tuples of different lengths (2 and 3) cannot be mixed
    return len(ins)


def entry_point(argv):
    return decode(len(argv))


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
