# an open-addressing hash table class keyed by strs (32-bit FNV-1a hashing by hand, linear probing, tombstones, resizing).

EMPTY = 0
USED = 1
DELETED = 2


def fnv1a(s):
    h = 0x811c9dc5
    for b in s.encode():
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


class Table:
    def __init__(self, capacity):
        self.keys = [""] * capacity
        self.values = [0] * capacity
        self.state = [EMPTY] * capacity
        self.size = 0
        self.probes = 0

    def _slot(self, key):
        cap = len(self.keys)
        i = fnv1a(key) % cap
        first_free = -1
        while self.state[i] != EMPTY:
            self.probes += 1
            if self.state[i] == USED and self.keys[i] == key:
                return i, True
            if self.state[i] == DELETED and first_free < 0:
                first_free = i
            i = (i + 1) % cap
        return (first_free if first_free >= 0 else i), False

    def put(self, key, value):
        if (self.size + 1) * 4 > len(self.keys) * 3:
            self._grow()
        i, found = self._slot(key)
        if not found:
            self.size += 1
        self.keys[i] = key
        self.values[i] = value
        self.state[i] = USED

    def get(self, key, default):
        i, found = self._slot(key)
        return self.values[i] if found else default

    def remove(self, key):
        i, found = self._slot(key)
        if found:
            self.state[i] = DELETED
            self.size -= 1
        return found

    def _grow(self):
        old = [(self.keys[i], self.values[i]) for i in range(len(self.keys)) if self.state[i] == USED]
        cap = len(self.keys) * 2
        self.keys = [""] * cap
        self.values = [0] * cap
        self.state = [EMPTY] * cap
        self.size = 0
        for k, v in old:
            self.put(k, v)


def entry_point(argv):
    print([fnv1a(s) for s in ["", "a", "kiln", "é"]])
    t = Table(4)
    for i in range(100):
        t.put("key%d" % i, i * i)
    print(t.size, len(t.keys), t.get("key7", -1), t.get("key99", -1), t.get("nokey", -1))
    for i in range(0, 100, 3):
        t.remove("key%d" % i)
    print(t.size, t.get("key3", -1), t.get("key4", -1), t.remove("key3"))
    for i in range(0, 100, 6):
        t.put("key%d" % i, -i)
    print(t.size, t.get("key6", 0), t.get("key9", 0))
    ref = {}
    for i in range(100):
        if i % 3 != 0 or i % 6 == 0:
            ref["key%d" % i] = -i if i % 6 == 0 else i * i
    agree = all([t.get(k, 12345) == ref[k] for k in ref])
    print("agrees with dict:", agree, len(ref) == t.size)
    print("probes:", t.probes > 0)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
