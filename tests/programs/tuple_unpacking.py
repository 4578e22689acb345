# tuple packing and unpacking: swaps, nested targets, starred targets, unpacking in for loops and function results.


def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def split_name(full):
    parts = full.split(" ")
    return parts[0], parts[-1], len(parts)


def entry_point(argv):
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    x, y, z = "xyz"
    print(x, y, z)
    (p, q), r = (3, 4), 5
    print(p, q, r)
    first, *rest = [1, 2, 3, 4]
    print(first, rest)
    *init, last = [1, 2, 3, 4]
    print(init, last)
    head, *middle, tail = "abcdef"
    print(head, middle, tail)
    one, *none = [9]
    print(one, none)
    lo, hi = min_max([5, -2, 9, 0])
    print(lo, hi)
    f, l, n = split_name("Ada King Lovelace")
    print(f, l, n)
    points = [(1, 2), (3, 4), (5, 6)]
    for px, py in points:
        print(px * py, end=" ")
    print()
    for i, (px, py) in enumerate(points):
        print(i, px + py)
    t = 1, "one", 1.0
    n1, s1, f1 = t
    print(t, n1, s1, f1, len(t))
    m = [[1, 2], [3, 4]]
    [[a1, a2], [a3, a4]] = m
    print(a1 + a4, a2 + a3)
    # Fibonacci with tuple assignment.
    fa, fb = 0, 1
    seq = []
    for _ in range(15):
        seq.append(fa)
        fa, fb = fb, fa + fb
    print(seq)
    try:
        u, v = [1, 2, 3]
        print(u, v)
    except ValueError as e:
        print("ValueError:", e)
    try:
        u, v, w = [1, 2]
        print(u, v, w)
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
