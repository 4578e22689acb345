# A Lua-style table: an array part for keys 1..n and a hash part keyed by W_ values with
# __eq__/__hash__; values are W_ objects including a nil singleton; length uses the border.


class W_Value(object):
    def tostring(self):
        return "?"


class W_Nil(W_Value):
    def tostring(self):
        return "nil"


class W_Number(W_Value):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, W_Number) and other.n == self.n

    def __hash__(self):
        return self.n

    def tostring(self):
        return str(self.n)


class W_String(W_Value):
    def __init__(self, s):
        self.s = s

    def tostring(self):
        return self.s


NIL = W_Nil()


class Table(object):
    def __init__(self):
        self.array = []
        self.hash = {}

    def get(self, key):
        if isinstance(key, W_Number) and 1 <= key.n <= len(self.array):
            return self.array[key.n - 1]
        return self.hash.get(key, NIL)

    def set(self, key, value):
        if isinstance(key, W_Number):
            if 1 <= key.n <= len(self.array):
                self.array[key.n - 1] = value
                return
            if key.n == len(self.array) + 1 and value is not NIL:
                self.array.append(value)
                self.migrate()
                return
        if value is NIL:
            if key in self.hash:
                del self.hash[key]
        else:
            self.hash[key] = value

    def migrate(self):
        nxt = W_Number(len(self.array) + 1)
        while nxt in self.hash:
            self.array.append(self.hash[nxt])
            del self.hash[nxt]
            nxt = W_Number(len(self.array) + 1)

    def length(self):
        n = len(self.array)
        while n > 0 and self.array[n - 1] is NIL:
            n -= 1
        return n


def entry_point(argv):
    t = Table()
    t.set(W_Number(3), W_String("three"))
    t.set(W_Number(1), W_String("one"))
    t.set(W_Number(2), W_String("two"))
    t.set(W_Number(10), W_Number(100))
    print(t.length(), len(t.array), len(t.hash))
    print(" ".join([t.get(W_Number(i)).tostring() for i in range(1, 5)]), t.get(W_Number(10)).tostring())
    t.set(W_Number(10), NIL)
    t.set(W_Number(3), NIL)
    print(t.length(), len(t.hash))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
