# Classes: __str__ and __repr__ through print, str(), repr(), %s, %r, f-strings and str.format.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return "%s$%d.%02d" % (sign, c // 100, c % 100)

    def __repr__(self):
        return "Money(%d)" % self.cents


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<Tag " + self.name + ">"


class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def __str__(self):
        return "(" + str(self.left) + " . " + str(self.right) + ")"

    def __repr__(self):
        return "Pair(%r, %r)" % (self.left, self.right)


def entry_point(argv):
    m = Money(12345)
    n = Money(-5)
    print(m)
    print(n, m)
    print(str(m), repr(m))
    print("%s and %r" % (m, n))
    print(f"{m} / {m!r} / {n!s}")
    print("{} {!r}".format(n, n))
    t = Tag("b")
    print(t, str(t), repr(t))
    print("tag=%s" % t)
    print(f"[{t}]")
    p = Pair(Money(100), Money(250))
    print(p)
    print(repr(p))
    print(str(p) + "!")
    items = [Money(i * 37) for i in range(5)]
    print(", ".join([str(x) for x in items]))
    print(" ".join([repr(x) for x in items]))
    print(str(Money(7)) == "$0.07", repr(Money(7)) == "Money(7)")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
