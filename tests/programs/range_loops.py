# loops over ranges: nested ranges, break/continue/else, ranges computed from data, and reversed/enumerate of ranges.
# args: 7 3


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True


def entry_point(argv):
    rows = int(argv[1])
    step = int(argv[2])
    for i in range(1, rows + 1):
        print(" ".join(["%3d" % (i * j) for j in range(1, rows + 1)]))
    for start in range(0, rows * step, step):
        print("block", start, list(range(start, start + step)))
    for n in range(20, 40):
        for d in range(2, n):
            if n % d == 0:
                print(n, "=", d, "*", n // d)
                break
        else:
            print(n, "is prime")
    skipped = []
    for i in range(15):
        if i % 3 == 0:
            continue
        if i > 12:
            break
        skipped.append(i)
    print(skipped)
    for i, v in enumerate(range(100, 50, -10)):
        print(i, v)
    print([i for i in reversed(range(0, 10, step))])
    count = 0
    for a in range(rows):
        for b in range(a, rows):
            for c in range(b, rows):
                count += 1
    print("triples", count)
    print([n for n in range(50) if is_prime(n)])
    data = [5, 1, 4, 2, 3]
    for i in range(len(data) - 1, -1, -1):
        print(i, data[i])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
