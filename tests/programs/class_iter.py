# Classes: the iterator protocol (__iter__ / __next__ raising StopIteration) used by for, list(), sum().


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        return Range2DIter(self.w, self.h)


class Range2DIter:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.w * self.h:
            raise StopIteration
        i = self.i
        self.i += 1
        return (i % self.w, i // self.w)


class Words:
    def __init__(self, text):
        self.parts = text.split()
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.parts):
            raise StopIteration()
        w = self.parts[self.pos]
        self.pos += 1
        return w.upper()


def entry_point(argv):
    for n in Countdown(5):
        print("count", n)
    print(list(Countdown(4)))
    print(sum(list(Countdown(100))))
    r = Range2D(3, 2)
    for x, y in r:
        print("cell", x, y)
    cells = [x * 10 + y for x, y in r]
    print(cells)
    it = iter(Countdown(2))
    print(next(it), next(it), next(it, -1))
    ws = Words("alpha beta gamma")
    joined = "-".join([w for w in ws])
    print(joined)
    total = 0
    for w in Words("a bb ccc dddd"):
        total += len(w)
    print("total", total)
    try:
        c = Countdown(1)
        print(next(c))
        print(next(c))
    except StopIteration:
        print("stopped")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
