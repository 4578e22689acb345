# float arithmetic: + - * / // % ** with signs, mixing with ints, divmod, comparisons, zero division.


def entry_point(argv):
    pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 3.0), (0.1, 0.03),
             (1e10, 3.3), (5.0, 0.5), (-0.0, 1.0), (2.5, 2.5)]
    for a, b in pairs:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
    # Mixing int and float in one expression.
    n = 7
    f = 2.5
    print(n + f, n * f, n / f, n // f, n % f, f ** 2, 2 ** f, n - f, -f)
    print(1 / 2, 3 / 4.0, 10 // 4.0, -10 // 4.0, 10 % -3.0)
    for e in [0.5, -1.0, 2.0, 0.0, 3.5]:
        print("4.0 **", e, 4.0 ** e)
    print(2.0 ** -2, (-8.0) ** 3, 10.0 ** 15, 10.0 ** -3)
    for a, b in pairs:
        print(a < b, a <= b, a == b, a != b, a > b, a >= b)
    print(1 == 1.0, 2 < 2.5, 3 > 2.9999, 0.1 + 0.2 == 0.3)
    for b in [0.0, -0.0]:
        try:
            print(1.0 / b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(1.0 // b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(1.0 % b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    x = 10.0
    x += 1
    x *= 1.5
    x -= 0.25
    x /= 4
    x //= 0.5
    x %= 3.0
    print(x)
    # Mean and variance of a sample.
    data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
    mean = sum(data) / len(data)
    var = sum([(d - mean) ** 2 for d in data]) / len(data)
    print(mean, var, var ** 0.5)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
