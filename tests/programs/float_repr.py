# repr() and str() of many floats: shortest round-trip digits, exponents, negative zero, inf and nan.


def entry_point(argv):
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.5, 2.675, 1e16, 1e15, 123456789.0,
              1234567890123456789.0, 1e22, 1e-4, 1e-5, 0.0001234, 3.141592653589793,
              2.718281828459045, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
              100.0, 1e100, -1e-100, 0.3, 2.0 / 3.0, 1.0 / 7.0, 9007199254740993.0,
              4.35, 0.5, 1e300 * 1e10, -1e300 * 1e10, 123.456, 1.0e-7, 12345678901234567.0]
    for v in values:
        print(repr(v), str(v), v)
    inf = 1e300 * 1e300
    nan = inf - inf
    print(inf, -inf, nan, repr(nan), nan == nan, nan != nan, inf > 1e308)
    print(float("inf"), float("-inf"), float("nan"), float("Infinity"))
    # Building floats from ints.
    for i in [0, 1, -3, 10 ** 15, 10 ** 16, 10 ** 17, 2 ** 53 + 1, 9223372036854775807]:
        print(i, float(i))
    # Accumulated rounding.
    total = 0.0
    for _ in range(10):
        total += 0.1
    print(total, total == 1.0, abs(total - 1.0) < 1e-9)
    x = 1.0
    for _ in range(20):
        x /= 3.0
    print(x)
    for _ in range(20):
        x *= 3.0
    print(x)
    print([0.5, 0.25, 1e-10, -2.5e20])
    print((1.5, -0.0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
