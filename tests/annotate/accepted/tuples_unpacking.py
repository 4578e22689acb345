# Tuples as interpreters use them: multiple return values, swapping, nested unpacking in
# for loops, tuples as dict keys, zip and enumerate, and tuple comparison.


def divmod_signed(a, b):
    q = a // b
    r = a - q * b
    return q, r


def min_max(values):
    lo = hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def parse_pos(text):
    line, col = text.split(":")
    return int(line), int(col)


def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def entry_point(argv):
    q, r = divmod_signed(-17, 5)
    print(q, r, divmod(17, 5))
    lo, hi = min_max([4, -2, 9, 0])
    print("range %d..%d" % (lo, hi))
    positions = [parse_pos(s) for s in ["3:14", "1:5", "3:2"]]
    positions.sort()
    print(positions)
    grid = {}
    for (row, col), ch in zip([(0, 0), (0, 1), (1, 0)], "abc"):
        grid[(row, col)] = ch
    print(grid[(0, 1)], (1, 0) in grid, (5, 5) in grid)
    pairs = [(i, name) for i, name in enumerate(["zero", "one", "two"], 1)]
    for i, (n, name) in enumerate(pairs):
        print(i, n, name)
    print(fib_pair(30), (1, "b") < (1, "c"), (2, 0) > (1, 9))
    triple = (1, "x", 2.5)
    a, b, c = triple
    print(a, b, c, triple[1], len(triple))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
