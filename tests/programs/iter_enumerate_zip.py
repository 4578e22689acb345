# enumerate (with start) and zip (2 and 3 iterables, unequal lengths) over lists, strs, ranges, dicts and tuples.


def entry_point(argv):
    fruits = ["apple", "banana", "cherry"]
    for i, f in enumerate(fruits):
        print(i, f)
    for i, f in enumerate(fruits, 1):
        print(i, f)
    for i, c in enumerate("héllo", -2):
        print(i, c)
    for i, k in enumerate({"x": 1, "y": 2}):
        print(i, k)
    print(list(enumerate(["a", "b"])), list(enumerate(range(10, 13), 100)))
    prices = [1.5, 0.25, 3.0]
    for f, p in zip(fruits, prices):
        print(f, p)
    for a, b, c in zip(range(5), "abcdefg", [True, False, True]):
        print(a, b, c)
    print(list(zip([1, 2, 3], [4, 5, 6])), list(zip([], [1])), list(zip("ab", "xyz")))
    dot = 0
    for x, y in zip([1, 2, 3], [4, 5, 6]):
        dot += x * y
    print("dot", dot)
    keys = ["a", "b", "c"]
    vals = [1, 2, 3]
    d = {}
    for k, v in zip(keys, vals):
        d[k] = v
    print(d)
    for i, (k, v) in enumerate(zip(keys, vals)):
        print(i, k, v)
    for n, (k, v) in enumerate(d.items()):
        print(n, k, v)
    # Pairwise differences with zip of a list and its tail.
    seq = [1, 4, 9, 16, 25, 36]
    print([b - a for a, b in zip(seq, seq[1:])])
    t = (10, 20, 30)
    print([x + y for x, y in zip(t, t)])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
