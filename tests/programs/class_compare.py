# Classes: rich comparisons __lt__, __le__, __gt__, __ge__, __eq__ used by a hand-written sort and min/max search.


class Version:
    def __init__(self, text):
        parts = text.split(".")
        self.major = int(parts[0])
        self.minor = int(parts[1])
        self.patch = int(parts[2])
        self.text = text

    def key(self):
        return (self.major, self.minor, self.patch)

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __gt__(self, other):
        return self.key() > other.key()

    def __ge__(self, other):
        return self.key() >= other.key()

    def __eq__(self, other):
        return self.key() == other.key()

    def __hash__(self):
        return hash(self.key())


def insertion_sort(items):
    for i in range(1, len(items)):
        cur = items[i]
        j = i - 1
        while j >= 0 and cur < items[j]:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = cur


def entry_point(argv):
    texts = ["1.10.0", "1.2.3", "0.9.12", "2.0.0", "1.2.10", "1.2.3", "0.10.1"]
    vs = [Version(t) for t in texts]
    a = vs[1]
    b = vs[4]
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
    print(vs[1] == vs[5], vs[1] <= vs[5], vs[1] < vs[5], vs[1] >= vs[5])
    insertion_sort(vs)
    print(" < ".join([v.text for v in vs]))
    newest = vs[0]
    oldest = vs[0]
    for v in vs:
        if v > newest:
            newest = v
        if v < oldest:
            oldest = v
    print("newest", newest.text, "oldest", oldest.text)
    uniq = {}
    for v in vs:
        uniq[v] = v.text
    print(len(uniq), list(uniq.values()))
    lo = Version("1.0.0")
    hi = Version("1.99.0")
    inside = [v.text for v in vs if lo <= v and v < hi]
    print(inside)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
