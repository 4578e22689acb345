# tuple comparison (lexicographic, mixed-type positions), equality, in, indexing, slicing, len, concatenation, repr.


def entry_point(argv):
    pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2)), ((2, 0), (1, 9)), ((0, 5), (0, -5))]
    for a, b in pairs:
        print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
    recs = [("bob", 3, 1.5), ("bob", 2, 9.0), ("al", 9, 0.0), ("bob", 2, 1.0)]
    for i in range(len(recs)):
        for j in range(len(recs)):
            if recs[i] < recs[j]:
                print(i, "<", j)
    best = recs[0]
    for r in recs:
        if r > best:
            best = r
    print("max", best)
    t = (10, 20, 30, 40, 50)
    print(t[0], t[-1], t[1:3], t[2:], t[:-2], len(t), 30 in t, 35 in t)
    print(t + (60,), (0,) * 3, () == (), (1,) == (1,), (1, 2) + (3,))
    print((), (1,), ("a",), ((1, 2), (3, 4)), (1.5, "x", True, [1]))
    print(repr(("q'",)), str((1, None)), str(("a", (2, 3.5))))
    print(min(5, 3), max("b", "ab"), min(2.5, -1.0))
    total = 0
    for v in t:
        total += v
    print(total)
    # Tuples as records in a list, compared while searching.
    events = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
    earliest = events[0]
    for e in events:
        if e < earliest:
            earliest = e
    print(earliest)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
