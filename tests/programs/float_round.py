# round() of floats (banker's rounding, ndigits positive and negative), int() truncation, math.floor/ceil.
import math


def entry_point(argv):
    values = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456,
              1e15 + 0.5, 99.99, 0.0, -0.0, 7.0, 1234.5678]
    for v in values:
        print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
    for v in values:
        print(v, int(v), math.floor(v), math.ceil(v), int(-v))
    # round() returns an int with no ndigits: usable as an index.
    names = ["zero", "one", "two", "three", "four"]
    for f in [0.4, 1.6, 2.5, 3.49, 3.5]:
        print(f, names[round(f)])
    cents = [19.99, 5.005, 0.015, 100.0, 33.333]
    for c in cents:
        print("%.2f" % c, round(c, 2), round(c * 100))
    total = 0.0
    for c in cents:
        total += c
    print(total, round(total, 2), round(total, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
