# dict comprehensions, dict() copies, equality of dicts (order-insensitive), inverting and merging dicts, repr.


def entry_point(argv):
    squares = {n: n * n for n in range(8)}
    print(squares)
    evens = {k: v for k, v in squares.items() if k % 2 == 0}
    print(evens)
    words = ["apple", "banana", "cherry", "avocado", "blueberry"]
    by_len = {w: len(w) for w in words}
    print(by_len)
    first = {}
    for w in words:
        first.setdefault(w[0], []).append(w)
    print(first)
    inverted = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
    print(inverted)
    a = {"a": 1, "b": 2}
    b = {"b": 2, "a": 1}
    c = {"a": 1, "b": 3}
    print(a == b, a == c, a != c, list(a) == list(b))
    merged = dict(a)
    merged.update(c)
    merged.update({"d": 4})
    print(merged, a)
    counts = {c2: "mississippi".count(c2) for c2 in "mississippi"}
    print(counts)
    nested = {i: {j: i * j for j in range(3)} for i in range(3)}
    print(nested)
    print(repr({}), str({1: "x"}), "%s" % {"k": [1, 2]}, f"{ {'a': 1.5} }")
    keys = [k for k in squares if squares[k] > 10]
    print(keys, {k: squares[k] for k in keys[::-1]})
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
