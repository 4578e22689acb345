# The iteration forms kiln supports, in one place: ranges with steps, enumerate with a start,
# zip of lists and strings, reversed, dict keys/values/items, iterating a str, any/all, and
# explicit iter()/next() with StopIteration.


def running_totals(values):
    out = []
    total = 0
    for v in values:
        total += v
        out.append(total)
    return out


def dot(a, b):
    return sum([x * y for x, y in zip(a, b)])


def first_negative(values):
    it = iter(values)
    while True:
        try:
            v = next(it)
        except StopIteration:
            return 0
        if v < 0:
            return v


def entry_point(argv):
    print([i for i in range(10, 0, -3)], list(range(3)))
    print(running_totals([1, 2, 3, 4]))
    print(dot([1, 2, 3], [4, 5, 6]))
    for i, c in enumerate("abc", 1):
        print(i, c)
    print([c + d for c, d in zip("abc", "xyz")])
    print([v for v in reversed([1, 2, 3])])
    d = {"one": 1, "two": 2, "three": 3}
    print([k for k in d], [v for v in d.values()], [k + "=" + str(v) for k, v in d.items()])
    print(any([v > 2 for v in d.values()]), all([v > 2 for v in d.values()]))
    print(first_negative([3, 4, -7, 1]), first_negative([1]))
    chars = 0
    for c in "hello world":
        if c != " ":
            chars += 1
    print(chars)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
