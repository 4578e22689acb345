# dict lookups that fail: KeyError messages for str/int/tuple keys, caught ones, then an uncaught KeyError (exit status 1).


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("missing:", e)
        return -1


def entry_point(argv):
    d = {"a": 1, "b": 2}
    print(lookup(d, "a"), lookup(d, "z"), lookup(d, ""), lookup(d, "it's"))
    n = {1: "one"}
    try:
        print(n[2])
    except KeyError as e:
        print("KeyError:", e)
    t = {(1, 2): 0.5}
    try:
        print(t[(2, 1)])
    except KeyError as e:
        print("KeyError:", e)
    try:
        del d["q"]
    except KeyError as e:
        print("KeyError on del:", e)
    try:
        d.pop("q")
    except KeyError as e:
        print("KeyError on pop:", e)
    config = {"mode": "fast", "level": "3"}
    for key in ["mode", "level", "color"]:
        print("config", key, "=", config[key])
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
