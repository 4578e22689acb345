# An open-addressing hash table with linear probing, as a runtime library would implement a
# dict: r_uint arithmetic for the index computation, tombstones for deletion, resizing.
from kiln.rarithmetic import r_uint, intmask

EMPTY = 0
USED = 1
DELETED = 2


def hash_str(s):
    h = r_uint(5381)
    for c in s:
        h = (h << 5) + h + r_uint(ord(c))
    return h


class Table(object):
    def __init__(self, size):
        self.keys = [""] * size
        self.values = [0] * size
        self.state = [EMPTY] * size
        self.used = 0

    def _find(self, key):
        mask = r_uint(len(self.keys) - 1)
        i = hash_str(key) & mask
        while True:
            idx = intmask(i)
            st = self.state[idx]
            if st == EMPTY:
                return idx
            if st == USED and self.keys[idx] == key:
                return idx
            i = (i + r_uint(1)) & mask

    def put(self, key, value):
        if (self.used + 1) * 3 >= len(self.keys) * 2:
            self._resize()
        idx = self._find(key)
        if self.state[idx] != USED:
            self.used += 1
        self.keys[idx] = key
        self.values[idx] = value
        self.state[idx] = USED

    def get(self, key, default):
        idx = self._find(key)
        if self.state[idx] == USED:
            return self.values[idx]
        return default

    def remove(self, key):
        idx = self._find(key)
        if self.state[idx] == USED:
            self.state[idx] = DELETED
            self.used -= 1

    def _resize(self):
        old_keys, old_values, old_state = self.keys, self.values, self.state
        size = len(old_keys) * 2
        self.keys = [""] * size
        self.values = [0] * size
        self.state = [EMPTY] * size
        self.used = 0
        for i in range(len(old_keys)):
            if old_state[i] == USED:
                self.put(old_keys[i], old_values[i])


def entry_point(argv):
    t = Table(4)
    words = "one two three four five six seven eight nine ten".split()
    for i, w in enumerate(words):
        t.put(w, i + 1)
    t.remove("three")
    t.put("two", 22)
    print([t.get(w, -1) for w in words])
    print("size %d, used %d" % (len(t.keys), t.used))
    print(intmask(hash_str("kiln")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
