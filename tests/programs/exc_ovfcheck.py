# Exceptions: OverflowError from kiln.rarithmetic.ovfcheck on add/sub/mul, used to detect 64-bit overflow.
from kiln.rarithmetic import ovfcheck, intmask

MAXINT = 9223372036854775807
MININT = -MAXINT - 1


def checked_add(a, b):
    try:
        return "%d" % ovfcheck(a + b)
    except OverflowError:
        return "overflow"


def checked_sub(a, b):
    try:
        return "%d" % ovfcheck(a - b)
    except OverflowError:
        return "overflow"


def checked_mul(a, b):
    try:
        return "%d" % ovfcheck(a * b)
    except OverflowError:
        return "overflow"


def factorial_limit():
    n = 1
    acc = 1
    while True:
        try:
            acc = ovfcheck(acc * n)
        except OverflowError:
            return n - 1, acc
        n += 1


def power_of_two_limit():
    k = 0
    v = 1
    while True:
        try:
            v = ovfcheck(v + v)
        except OverflowError:
            return k
        k += 1


def entry_point(argv):
    print(checked_add(1, 2), checked_add(MAXINT, 1), checked_add(MAXINT, 0), checked_add(MININT, -1))
    print(checked_sub(0, MAXINT), checked_sub(MININT, 1), checked_sub(-5, MAXINT))
    print(checked_mul(3037000499, 3037000499), checked_mul(3037000500, 3037000500))
    print(checked_mul(-1, MININT), checked_mul(MININT, 1), checked_mul(0, MININT))
    n, f = factorial_limit()
    print("largest factorial:", n, f)
    print("doublings:", power_of_two_limit())
    print("intmask:", intmask(MAXINT), intmask(MININT))
    total = 0
    count = 0
    for i in range(100):
        try:
            total = ovfcheck(total + i * 100000000000000000)
            count += 1
        except OverflowError:
            print("stopped at", i, "total", total)
            break
    print("count", count)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
