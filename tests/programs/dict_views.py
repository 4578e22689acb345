# dict views: iterating keys()/values()/items(), membership in list() of views, views seeing later changes, list() of views.


def entry_point(argv):
    d = {"x": 1, "y": 2, "z": 3}
    ks = d.keys()
    vs = d.values()
    its = d.items()
    print(list(ks), list(vs), list(its))
    d["w"] = 4
    print(list(ks), list(vs), list(its), len(list(ks)))
    print("x" in list(ks), "q" in list(ks), 4 in list(vs), 9 in list(vs), ("w", 4) in list(its), ("w", 5) in list(its))
    for k in d:
        print("key", k)
    for v in d.values():
        print("value", v)
    for k, v in d.items():
        print("item", k, v)
    total = 0
    for v in vs:
        total += v
    print(total, sum(list(vs)), max(list(vs)), sorted(list(ks)))
    # Iterating a copy of the keys while deleting.
    for k in list(d.keys()):
        if d[k] % 2 == 0:
            del d[k]
    print(d, list(ks))
    # Mutation during iteration raises RuntimeError.
    try:
        for k in d:
            d[k + k] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)
    inverted = {}
    for k, v in {"a": 1, "b": 2, "c": 1}.items():
        inverted.setdefault(v, []).append(k)
    print(inverted)
    pairs = list({"k1": 10, "k2": 20}.items())
    print(pairs, pairs[0][0], pairs[1][1])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
