# Classes: prebuilt module-level instances with mutable fields, shared registries, identity preserved.


class Counter:
    def __init__(self, name):
        self.name = name
        self.value = 0
        self.history = []

    def add(self, n):
        self.value += n
        self.history.append(n)


class Config:
    def __init__(self):
        self.verbose = False
        self.level = 1
        self.names = {}


HITS = Counter("hits")
MISSES = Counter("misses")
ALL_COUNTERS = [HITS, MISSES]
BY_NAME = {"hits": HITS, "misses": MISSES}
CONFIG = Config()
CONFIG.level = 3
CONFIG.names["default"] = "anon"

CACHE = {}


def lookup(key):
    if key in CACHE:
        HITS.add(1)
        return CACHE[key]
    MISSES.add(1)
    value = key * key + CONFIG.level
    CACHE[key] = value
    return value


def entry_point(argv):
    print("start", HITS.value, MISSES.value, CONFIG.level, CONFIG.verbose)
    total = 0
    for k in [1, 2, 3, 1, 2, 4, 1, 5, 5]:
        total += lookup(k)
    print("total", total)
    for c in ALL_COUNTERS:
        print(c.name, c.value, c.history)
    print(BY_NAME["hits"] is HITS, BY_NAME["misses"] is HITS)
    BY_NAME["hits"].add(10)
    print("hits now", HITS.value)
    CONFIG.verbose = True
    CONFIG.level = 7
    CONFIG.names["user"] = "bob"
    print(lookup(6), lookup(1))
    print(CONFIG.verbose, CONFIG.level, sorted(list(CONFIG.names.keys())))
    keys = list(CACHE.keys())
    print("cache keys", keys)
    print("cache sum", sum(list(CACHE.values())))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
