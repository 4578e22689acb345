# Classes: classes, functions and bound methods as first-class values (in lists, dicts, passed and returned).


class Op:
    def __init__(self, amount):
        self.amount = amount

    def apply(self, x):
        return x


class Add(Op):
    def apply(self, x):
        return x + self.amount


class Mul(Op):
    def apply(self, x):
        return x * self.amount


class Pow(Op):
    def apply(self, x):
        r = 1
        for i in range(self.amount):
            r *= x
        return r


FACTORIES = {"add": Add, "mul": Mul, "pow": Pow}


def make(kind, amount):
    cls = FACTORIES[kind]
    return cls(amount)


def twice(f, x):
    return f(f(x))


def pick_class(n):
    if n % 2 == 0:
        return Add
    return Mul


def entry_point(argv):
    ops = [make("add", 3), make("mul", 4), make("pow", 2), make("add", -10)]
    x = 2
    for op in ops:
        x = op.apply(x)
        print("after", x)
    methods = [op.apply for op in ops]
    for m in methods:
        print("method result", m(5))
    print("twice add:", twice(ops[0].apply, 1))
    print("twice pow:", twice(ops[2].apply, 3))
    for n in range(4):
        cls = pick_class(n)
        obj = cls(n + 1)
        print("class for", n, "gives", obj.apply(10))
    classes = [Add, Mul, Pow]
    built = [c(3) for c in classes]
    print([b.apply(2) for b in built])
    table = {}
    for name in ["add", "mul", "pow"]:
        table[name] = make(name, 2).apply
    for name in ["pow", "mul", "add"]:
        print(name, table[name](7))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
