# int ** (and **=) with non-negative exponents, abs, min and max of ints.


def power_table(base, limit):
    row = []
    for e in range(limit):
        row.append(base ** e)
    return row


def fast_pow(b, e):
    result = 1
    while e > 0:
        if e & 1:
            result *= b
        b *= b
        e >>= 1
    return result


def entry_point(argv):
    for b in [-3, -2, -1, 0, 1, 2, 3, 10]:
        print(b, power_table(b, 8))
    for b, e in [(2, 10), (3, 13), (7, 7), (-2, 31), (5, 0), (0, 0), (10, 18)]:
        print(b, e, b ** e, fast_pow(b, e), b ** e == fast_pow(b, e))
    x = 3
    x **= 4
    print(x)
    for v in [0, 5, -5, -9223372036854775807, 123]:
        print(v, abs(v), abs(-v))
    print(min(3, 1, 2), max(3, 1, 2), min(-5, 5), max(-5, 5))
    print(min([9, 4, 7, 4]), max([9, 4, 7, 11]))
    print(min(1, 1), max(0, -0))
    nums = [17, -3, 42, 0, 8, -21, 5]
    lo = nums[0]
    hi = nums[0]
    for n in nums:
        lo = min(lo, n)
        hi = max(hi, n)
    print(lo, hi, hi - lo)
    print(max([abs(n) for n in nums]), min([n * n for n in nums]))
    clamp = [max(0, min(10, n)) for n in nums]
    print(clamp)
    # Precedence of ** and unary minus.
    print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, -(2 ** 4))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
