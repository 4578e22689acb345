# Classes: container special methods __len__, __getitem__, __setitem__, __contains__, __bool__.


class Matrix:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = [0] * (rows * cols)

    def __len__(self):
        return self.rows * self.cols

    def __getitem__(self, pos):
        r, c = pos
        return self.data[r * self.cols + c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.data[r * self.cols + c] = value

    def __contains__(self, value):
        for v in self.data:
            if v == value:
                return True
        return False

    def row_str(self, r):
        return " ".join(["%3d" % self[r, c] for c in range(self.cols)])


class Bag:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def __len__(self):
        n = 0
        for v in self.counts.values():
            n += v
        return n

    def __getitem__(self, word):
        return self.counts.get(word, 0)

    def __contains__(self, word):
        return word in self.counts

    def __bool__(self):
        return len(self.counts) > 0


def multiply(a, b):
    m = Matrix(a.rows, b.cols)
    for i in range(a.rows):
        for j in range(b.cols):
            s = 0
            for k in range(a.cols):
                s += a[i, k] * b[k, j]
            m[i, j] = s
    return m


def entry_point(argv):
    a = Matrix(2, 3)
    b = Matrix(3, 2)
    for i in range(2):
        for j in range(3):
            a[i, j] = i + j + 1
            b[j, i] = i * 3 - j
    c = multiply(a, b)
    print(len(a), len(b), len(c))
    for r in range(c.rows):
        print(c.row_str(r))
    print(5 in c, -2 in c, 4 in a, 100 not in a)
    bag = Bag()
    print(bool(bag), len(bag))
    if not bag:
        print("empty bag is falsy")
    for w in "the cat and the dog and the bird".split():
        bag.add(w)
    print(bool(bag), len(bag), bag["the"], bag["and"], bag["fish"])
    print("cat" in bag, "fish" in bag, "fish" not in bag)
    if bag:
        print("bag is truthy")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
