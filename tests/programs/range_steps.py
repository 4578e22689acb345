# range with one, two and three arguments: positive and negative steps, empty ranges, len, indexing, membership, list().


def show(r):
    items = []
    for i in r:
        items.append(i)
    print(len(items), items)


def entry_point(argv):
    show(range(5))
    show(range(0))
    show(range(-3))
    show(range(2, 8))
    show(range(8, 2))
    show(range(0, 20, 3))
    show(range(0, 21, 3))
    show(range(10, 0, -1))
    show(range(10, 0, -3))
    show(range(-5, 5, 2))
    show(range(5, -5, -2))
    show(range(1, 2, 100))
    show(range(0, -10, -4))
    print(list(range(3)), list(range(1, 10, 4)), list(range(3, -3, -2)))
    r = range(3, 30, 4)
    print(len(r), r[0], r[2], r[-1], 7 in r, 8 in r, 27 in r, 31 in r)
    print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(5, 5)), len(range(-10, 10)))
    total = 0
    for i in range(1, 101):
        total += i
    print(total, sum(range(1, 101)), sum(range(0, 100, 2)), max(range(10)), min(range(3, 8)))
    n = 6
    for i in range(n):
        print(" " * (n - i - 1) + "*" * (2 * i + 1))
    for step in [2, 0, -1]:
        try:
            print(step, list(range(0, 5, step)))
        except ValueError as e:
            print("ValueError:", e)
    big = 0
    for i in range(1000000, 1000010, 3):
        big += i
    print(big)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
