# --check-ints stops at the first + - * that wraps around, naming the line and the operands.
def double(x):
    return x + x


def entry_point(argv):
    x = 1 << (61 + len(argv))
    print(double(x))
    return 0
