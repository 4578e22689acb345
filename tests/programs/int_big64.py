# ints near the 64-bit limits that never overflow: products, sums, comparisons and printing.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def entry_point(argv):
    maxint = 9223372036854775807
    minint = -maxint - 1
    print(maxint, minint)
    print(maxint - 1, minint + 1, maxint // 2, minint // 2, maxint % 1000, minint % 1000)
    print(maxint > minint, -maxint, maxint + minint)
    for n in range(0, 21):
        print(n, factorial(n))
    for n in [50, 70, 80, 90, 92]:
        print(n, fib(n))
    big = 3037000499
    print(big * big, big * big < maxint)
    print(1 << 62, (1 << 62) - 1 + (1 << 62))
    print(10 ** 18, 10 ** 18 * 9, -(10 ** 18) * 9)
    values = [maxint, minint, 0, -1, 1, 4611686018427387904, -4611686018427387904]
    print(min(values), max(values), sorted(values))
    total = 0
    for v in [maxint // 4, maxint // 4, maxint // 4, maxint // 4]:
        total += v
    print(total, total == maxint - 3)
    print(str(minint), len(str(minint)), repr(maxint))
    print("%d %x %o" % (maxint, maxint, maxint))
    print(abs(minint + 1), abs(-maxint))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
