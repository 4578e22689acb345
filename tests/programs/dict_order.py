# dict insertion order: updates keep position, deletion then reinsertion moves a key to the end, pop/clear, many keys.


def show(d):
    print(" ".join(["%s:%d" % (k, v) for k, v in d.items()]))


def entry_point(argv):
    d = {}
    for k in ["c", "a", "d", "b"]:
        d[k] = len(d)
    show(d)
    d["a"] = 100
    show(d)
    del d["c"]
    show(d)
    d["c"] = 7
    show(d)
    d.pop("d")
    d["d"] = 8
    show(d)
    d.update({"a": 1, "z": 26, "b": 2})
    show(d)
    d.setdefault("a", 0)
    d.setdefault("y", 25)
    show(d)
    # Many insertions and deletions keep order consistent.
    big = {}
    for i in range(200):
        big[i * 7 % 101] = i
    for i in range(0, 101, 3):
        if i in big:
            del big[i]
    for i in range(0, 30, 2):
        big[i] = -i
    keys = list(big.keys())
    print(len(big), keys[:15], keys[-15:])
    print(sum(big.values()), list(big.values())[:10])
    # Deleting everything then re-adding.
    for k in list(big.keys()):
        del big[k]
    print(len(big), big)
    for i in [5, 3, 9]:
        big[i] = i
    print(big)
    # Copies preserve order.
    e = dict(d)
    print(list(e.keys()) == list(d.keys()), list(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
