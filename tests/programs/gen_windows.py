# Generators: sliding windows, chunking, running totals, zip/enumerate over generators and reversed(list(gen)).


def window(xs, n):
    for i in range(len(xs) - n + 1):
        yield xs[i:i + n]


def chunks(xs, n):
    i = 0
    while i < len(xs):
        yield xs[i:i + n]
        i += n


def running(xs):
    total = 0
    for x in xs:
        total += x
        yield total


def count_from(n, step):
    while True:
        yield n
        n += step


def entry_point(argv):
    data = [4, 8, 15, 16, 23, 42]
    print(list(window(data, 3)))
    print([sum(w) for w in window(data, 2)])
    print(list(chunks(data, 4)), list(chunks([], 3)))
    print(list(running(data)))
    print(list(reversed(list(running(data)))))
    for i, total in enumerate(running(data)):
        if i % 2 == 0:
            print("at", i, "total", total)
    pairs = []
    for a, b in zip(running(data), count_from(100, -7)):
        pairs.append(a + b)
    print(pairs)
    best = max(list(sum(w) for w in window(data, 3)))
    print("best window sum", best)
    print([max(c) - min(c) for c in chunks(list(range(0, 100, 7)), 4)])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
