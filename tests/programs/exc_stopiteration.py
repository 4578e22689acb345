# Exceptions: StopIteration from next() on exhausted iterators and generators, next() with a default.


def gen3():
    yield 1
    yield 2
    yield 3


def drain(it):
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def drain_gen(g):
    total = 0
    while True:
        try:
            total += next(g)
        except StopIteration:
            return total


def drain_words(it):
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def entry_point(argv):
    g = gen3()
    print(next(g), next(g), next(g))
    try:
        next(g)
        print("not reached")
    except StopIteration:
        print("generator exhausted")
    print(next(g, -1), next(g, -2))
    it = iter([10, 20])
    print(next(it), next(it), next(it, 0))
    print(drain(iter([5, 6, 7, 8])))
    print(drain_gen(gen3()))
    words = iter("one two three".split())
    first = next(words, "none")
    rest = drain_words(words)
    print(first, rest, next(words, "none"))
    d = {"a": 1, "b": 2}
    keys = iter(d)
    print(next(keys), next(keys), next(keys, "end"))
    empty = iter([])
    try:
        print(next(empty) + 1)
    except StopIteration:
        print("empty iterator")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
