# str() and repr() of every value kind through print, %s/%r, str.format and f-strings: None, bools, containers, nesting.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __repr__(self):
        return "Money(%d)" % self.cents


def maybe(flag):
    if flag:
        return "set"
    return None


def entry_point(argv):
    m = Money(12345)
    none = maybe(False)
    print(m, none, True, 1.0, [1, 2], (3, "4"), {"k": [5.5]}, b"b", "s")
    print("%s %r %s %r %s" % (m, m, none, none, maybe(True)))
    print("{} {!r} {} {!r}".format(m, m, none, "q"))
    print(f"{m} {m!r} {none} {none!r} {[1.5, -0.0]} {(1,)} {{}}")
    print(str(m), repr(m), str(none), repr(none), str([["a"]]), repr((1, ("b", 2.5))))
    print([[1, 2], [3]], [(1, "a"), (2, "b")], {1: (2, 3)}, {(1, 2): [3]}, [{"x": 1}], ([], {}))
    print(str(1e16), str(-1.0), repr(0.1), str(12), repr(-12), str(True), repr(None))
    print([maybe(True), maybe(False)])
    print(repr("%"), "%%", "%s%%" % 5, "{{}}".format(), f"{'{'}")
    print()
    print("", "")
    print("a", "b", sep="")
    print("a", "b", sep=" -> ", end=" <-\n")
    print(1, 2, 3, sep=", ")
    print("no newline", end="")
    print(" continued")
    print(*(1, 2, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
