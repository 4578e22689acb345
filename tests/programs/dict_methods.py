# every dict method: get, keys, values, items, pop, setdefault, clear, copy, update; in, len, del, KeyError.


def entry_point(argv):
    d = {"one": 1, "two": 2, "three": 3}
    print(d, len(d), d["two"], d.get("two", 0), d.get("four", 4), d.get("one", -1))
    names = {"a": "alpha"}
    print(names.get("a"), names.get("b"), names.get("b") is None, names.get("b", "?"))
    print(list(d.keys()), list(d.values()), list(d.items()))
    print("one" in d, "four" in d, "four" not in d)
    print(d.pop("two"), d.pop("missing", -1), d)
    try:
        d.pop("missing")
    except KeyError as e:
        print("KeyError:", e)
    print(d.setdefault("one", 100), d.setdefault("five", 5), d)
    e = d.copy()
    e["six"] = 6
    print(d, e, len(d), len(e))
    d.update({"one": 11, "seven": 7})
    print(d)
    d.update(e)
    print(d)
    del d["five"]
    print(d)
    try:
        del d["five"]
    except KeyError as e2:
        print("KeyError:", e2)
    try:
        print(d["nope"])
    except KeyError as e3:
        print("KeyError:", e3)
    d.clear()
    print(d, len(d), bool(d), e)
    f = dict(e)
    f["zero"] = 0
    print(f, e == f, dict() == {})
    g = {}
    for w in "a b a c b a".split():
        g[w] = g.get(w, 0) + 1
    print(g, g == {"a": 3, "b": 2, "c": 1}, g != {"a": 3})
    lists = {}
    for i in range(10):
        lists.setdefault(i % 3, []).append(i)
    print(lists)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
