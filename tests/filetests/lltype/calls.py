# test: lltype
# functions: scaled run Expr.eval Num.eval Add.eval apply keywords spread forward Point.__init__ Point.moved
# Calls: defaults and keywords become constant arguments; a method passes its object as self;
# an overridden method is called through a slot of the base class's vtable (indirect_call);
# a function value is a function pointer of its call family's type. Calls with keywords or
# `*t` (call_args) pass each parameter what the annotator matched: an operand, an item of t, a
# default; a *args parameter gets a new tuple of what it collects; a class called with keywords
# allocates the instance and calls __init__ the same way.
class Expr(object):
    def eval(self, env):
        raise NotImplementedError


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v


class Add(Expr):
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def eval(self, env):
        return self.a.eval(env) + self.b.eval(env) * env


def scaled(x, factor=3, offset=1):
    return x * factor + offset


def double(x):
    return x * 2


def square(x):
    return x * x


def apply(n):
    f = double if n > 2 else square
    return f(n)


class Point(object):
    def __init__(self, x, y=0, *, label="p"):
        self.x = x
        self.y = y
        self.label = label

    def moved(self, *steps, scale=1):
        return Point(self.x + total(*steps) * scale, y=self.y, label=self.label)


def total(*values):
    s = 0
    for v in values:
        s += v
    return s


def clamp(value, low=0, high=255):
    return min(max(value, low), high)


def spread(t):
    return clamp(*t)


def forward(*args):
    return total(*args) + clamp(args[0], *args[1:])


def keywords(n):
    p = Point(n, label="q")
    q = Point(y=2, x=n).moved(1, 2, scale=3)
    return p.x + q.x + clamp(n, high=10) + clamp(low=2, value=n) + total(n, 1) + spread((n, 1, 5)) + forward(n, 2, 9)


def run(n):
    e = Add(Num(n), Add(Num(4), Num(5)))
    return e.eval(2) + scaled(n) + scaled(n, offset=7) + apply(n)


def entry_point(argv):
    print(run(len(argv)), keywords(len(argv)))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
