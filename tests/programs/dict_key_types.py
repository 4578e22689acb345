# dict keys of every supported type: int (negative, large), str (non-ASCII, empty), bytes, float, bool-as-int, tuples.


def entry_point(argv):
    ints = {}
    for k in [0, -1, 1, 1 << 40, -(1 << 62), 7, 7 + 1024, 2 ** 63 - 1]:
        ints[k] = k % 97
    print(ints, ints[-1], ints.get(8, -5), 1 << 40 in ints)
    ints[True] = 123
    print(ints[1], len(ints))
    strs = {"": 0, "a": 1, "é": 2, "中文": 3, "a b": 4, "A": 5}
    print(strs, strs["é"], strs[""], "b" in strs, "A" in strs)
    raw = {b"": "empty", b"\x00": "nul", b"abc": "abc", b"\xff\xfe": "high"}
    print(raw, raw[b"\x00"], b"ab" in raw, raw.get(b"abc" + b""))
    floats = {0.5: "half", 0.1 + 0.2: "sum", 1e100: "big", -0.0: "negzero"}
    print(floats, floats[0.0], floats.get(0.3, "not exact"), floats[0.30000000000000004])
    pairs = {(1, "a"): 1.5, (2, "b"): 2.5, (1, "b"): 3.5}
    print(pairs, pairs[(1, "b")], (2, "a") in pairs)
    # Many int keys that collide in small tables.
    many = {}
    for i in range(0, 5000, 8):
        many[i] = i // 8
    hits = 0
    for i in range(0, 5000):
        if i in many:
            hits += 1
    print(len(many), hits, many[4992], sum(many.values()))
    # String keys built at run time equal literal keys.
    built = {}
    for i in range(5):
        built["key" + str(i)] = i * i
    print(built["key3"], "key" + "4" in built, built.get("key9", -1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
