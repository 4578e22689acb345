# bool operators: and/or/not with short-circuit evaluation, bool() of values, bools as ints, printing.


class Counter:
    def __init__(self):
        self.calls = 0

    def check(self, result):
        self.calls += 1
        return result


def entry_point(argv):
    for a in [False, True]:
        for b in [False, True]:
            print(a, b, a and b, a or b, not a, a == b, a != b, a ^ b, a & b, a | b, a < b)
    c = Counter()
    r = c.check(False) and c.check(True)
    print(r, c.calls)
    r = c.check(True) or c.check(False)
    print(r, c.calls)
    r = c.check(True) and c.check(False) and c.check(True)
    print(r, c.calls)
    r = c.check(False) or c.check(False) or c.check(True)
    print(r, c.calls)
    # and/or give one of their operands.
    s = ""
    t = "default"
    print(s or t, "given" or t, s and t, "x" and t)
    n = 0
    print(n or 42, 7 or 42, n and 42, 7 and 42)
    lst = [0]
    empty = []
    print(len(empty or lst), len(lst and empty))
    # bool() of values.
    print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("a"), bool([]), bool([0]))
    d = {}
    print(bool(d), not d)
    d[1] = 2
    print(bool(d), not d)
    # bools as ints.
    print(True + True + True, True * 7, False - True, sum([True, False, True, True]))
    print(str(True), repr(False), "%s %r %d" % (True, False, True), f"{True} {False!r} {True:d}")
    print(int(True), float(False), True / 2, -True, ~True)
    flags = [x > 2 for x in range(6)]
    print(flags, any(flags), all(flags), flags.count(True))
    print(not not 5, not 0, (3 > 2) == True, (3 > 2) is True)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
