# f-strings: expressions, conversions (!r !s), format specs, nested specs, braces, multi-line and non-ASCII.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)


def entry_point(argv):
    name = "kiln"
    n = 42
    f = 3.14159
    items = [1, 2, 3]
    print(f"{name} {n} {f} {items}")
    print(f"{name!r} {name!s} {n!r} {f!r}")
    print(f"{n + 1} {n * 2} {n // 5} {n % 5} {-n} {n > 40}")
    print(f"{name.upper()} {len(name)} {name[1:3]} {items[-1]} {items[0] + items[1]}")
    print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{n:+}] [{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}]")
    print(f"[{name:10}] [{name:>10}] [{name:^10}] [{name:*^10}] [{name:.2}]")
    print(f"[{f:.2f}] [{f:10.3f}] [{f:e}] [{f:g}] [{f:%}]")
    print(f"{{literal braces}} {{{n}}}")
    p = Point(3, -4)
    print(f"{p} {p!r} {p!s}")
    width = 8
    for v in [1, 22, 333]:
        print(f"|{v:>{width}}|{v:<{width}}|{v:^{width}d}|")
    print(f"{'nested quotes'} {'x' * 3} {'%d' % 7}")
    print(f"{n if n > 10 else -n} {'yes' if items else 'no'}")
    city = "Zürich"
    print(f"{city} has {len(city)} chars: {city!r} {city:>10}|")
    total = 0
    for i in range(5):
        total += i
        print(f"step {i}: total={total:3d} avg={total / (i + 1):.2f}")
    multi = (f"a={n} "
             f"b={f:.1f} "
             f"c={name}")
    print(multi)
    print(f"{n=}, {name=}, {f=:.2f}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
