# Closures: closures and lambdas stored in lists and dicts, selected and called at run time.


def make_scaler(k):
    return lambda x: x * k


def make_offset(k):
    def offset(x):
        return x + k
    return offset


def compose(f, g):
    return lambda x: f(g(x))


def build_ops(n):
    ops = []
    for i in range(n):
        if i % 2 == 0:
            ops.append(make_scaler(i + 1))
        else:
            ops.append(make_offset(i * 10))
    return ops


def entry_point(argv):
    ops = build_ops(6)
    for i, op in enumerate(ops):
        print("op", i, "on 3 ->", op(3))
    x = 1
    for op in ops:
        x = op(x)
    print("chained:", x)
    table = {}
    table["double"] = make_scaler(2)
    table["triple"] = make_scaler(3)
    table["inc"] = make_offset(1)
    table["dec"] = make_offset(-1)
    table["double_then_inc"] = compose(table["inc"], table["double"])
    for name in ["double", "triple", "inc", "dec", "double_then_inc"]:
        print(name, [table[name](v) for v in range(4)])
    program = "double inc inc triple dec double_then_inc".split()
    v = 5
    for word in program:
        v = table[word](v)
        print(word, "->", v)
    base = 7
    adders = [lambda y, j=j: y + j * base for j in range(4)]
    print([f(100) for f in adders])
    late = []
    for j in range(3):
        late.append(lambda y: y + base)
    print([f(1) for f in late])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
