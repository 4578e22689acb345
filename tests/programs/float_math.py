# the math module functions kiln supports: sqrt, floor, ceil, fabs, exp, log, sin, cos, atan2, isnan, isinf, gcd, and constants.
import math


def entry_point(argv):
    for x in [0.0, 1.0, 2.0, 0.25, 100.0, 1e-10, 12345.6789, 2.0 ** 52]:
        print("sqrt", x, math.sqrt(x))
    for x in [1.0, 2.718281828459045, 10.0, 0.5, 1e-5, 1e100]:
        print("log", x, math.log(x))
    for x in [0.0, 1.0, -1.0, 0.5, 10.0, -20.0, 700.0]:
        print("exp", x, math.exp(x))
    for x in [0.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -math.pi / 3, 1.0, 100.0]:
        print("trig", x, math.sin(x), math.cos(x))
    for y, x in [(0.0, 1.0), (1.0, 0.0), (1.0, 1.0), (-1.0, -1.0), (0.0, -1.0), (-0.0, -1.0), (3.0, -4.0)]:
        print("atan2", y, x, math.atan2(y, x))
    for x in [2.5, -2.5, 3.0, -0.0, 1e15 + 0.3, -7.999]:
        print("floor/ceil/fabs", x, math.floor(x), math.ceil(x), math.fabs(x))
    inf = float("inf")
    nan = float("nan")
    for x in [1.0, inf, -inf, nan, 0.0]:
        print("isnan/isinf", x, math.isnan(x), math.isinf(x))
    print(math.pi, math.e)
    for bad in [-1.0, 0.0]:
        try:
            print(math.log(bad))
        except ValueError as e:
            print("ValueError:", e)
    try:
        print(math.sqrt(-4.0))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(math.exp(1000.0))
    except OverflowError as e:
        print("OverflowError:", e)
    # Distance between points and a polygon area (shoelace).
    pts = [(0.0, 0.0), (4.0, 0.0), (4.0, 3.0), (0.0, 3.0)]
    perimeter = 0.0
    area = 0.0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        perimeter += math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)
        area += x1 * y2 - x2 * y1
    print(perimeter, abs(area) / 2.0, math.sqrt(4.0 * 4.0 + 3.0 * 3.0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
