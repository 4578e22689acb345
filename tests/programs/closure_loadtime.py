# Closures: closures created at load time (constant cells), stored in module tables and called at run time.


def make_formatter(prefix, width):
    def fmt(n):
        s = str(n)
        while len(s) < width:
            s = " " + s
        return prefix + s
    return fmt


def make_poly(coeffs):
    cs = list(coeffs)

    def poly(x):
        r = 0
        for c in cs:
            r = r * x + c
        return r
    return poly


FORMATTERS = [make_formatter("a:", 3), make_formatter("bb:", 5), make_formatter("", 8)]
POLYS = {"square": make_poly([1, 0, 0]), "cubic": make_poly([2, -3, 0, 1]), "const": make_poly([7])}
SHIFT = 3
SHIFTER = lambda x: x << SHIFT


def make_multiplier(k):
    return lambda v: v * k


def make_table():
    handlers = {}
    for name, k in [("x2", 2), ("x5", 5), ("x10", 10)]:
        handlers[name] = make_multiplier(k)
    return handlers


HANDLERS = make_table()


def entry_point(argv):
    for f in FORMATTERS:
        print("[" + f(42) + "]", "[" + f(-7) + "]")
    for name in ["square", "cubic", "const"]:
        p = POLYS[name]
        print(name, [p(x) for x in range(-2, 4)])
    print(SHIFTER(1), SHIFTER(5))
    for name in ["x10", "x2", "x5"]:
        print(name, HANDLERS[name](11))
    total = 0
    for i in range(10):
        total += POLYS["cubic"](i) + HANDLERS["x2"](i)
    print("total", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
