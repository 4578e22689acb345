# iter() and next() with and without a default, StopIteration, user iterators with __iter__/__next__, generators.


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


def evens(limit):
    i = 0
    while i < limit:
        yield i
        i += 2


def entry_point(argv):
    it = iter([10, 20, 30])
    print(next(it), next(it), next(it), next(it, -1), next(it, -2))
    try:
        next(it)
    except StopIteration:
        print("StopIteration")
    s = iter("ab")
    print(next(s), next(s), next(s, "end"))
    for n in Countdown(3):
        print("countdown", n)
    c = Countdown(2)
    print(next(c), next(c), next(c, 0))
    print(list(evens(10)), sum(evens(100)), max(evens(7)))
    g = evens(5)
    print(next(g), next(g), next(g), next(g, -1))
    d = {"k1": 1, "k2": 2}
    di = iter(d)
    print(next(di), next(di), next(di, "none"))
    # Manual loop over an iterator, consuming in pairs.
    items = iter([1, 2, 3, 4, 5])
    while True:
        a = next(items, -1)
        if a < 0:
            break
        b = next(items, 0)
        print("pair", a, b)
    total = 0
    for x in Countdown(100):
        total += x
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
