# Floating-point code: Newton's method, numeric integration, the math module, float
# formatting, conversions between int and float kept explicit, and float division by zero.
import math


def newton_sqrt(x):
    if x == 0.0:
        return 0.0
    guess = x / 2.0
    for i in range(50):
        better = (guess + x / guess) / 2.0
        if abs(better - guess) < 1e-12:
            return better
        guess = better
    return guess


def integrate(n):
    # the integral of sin from 0 to pi, by the trapezoid rule
    h = math.pi / float(n)
    total = (math.sin(0.0) + math.sin(math.pi)) / 2.0
    for i in range(1, n):
        total += math.sin(h * float(i))
    return total * h


def mean_and_stddev(values):
    n = float(len(values))
    mean = 0.0
    for v in values:
        mean += v
    mean /= n
    var = 0.0
    for v in values:
        var += (v - mean) * (v - mean)
    return mean, math.sqrt(var / n)


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return -1.0


def entry_point(argv):
    print("%.6f %.6f" % (newton_sqrt(2.0), math.sqrt(2.0)))
    print("%.5f" % integrate(1000))
    m, s = mean_and_stddev([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
    print("mean %.2f stddev %.2f" % (m, s))
    print(safe_div(1.0, 4.0), safe_div(1.0, 0.0))
    print(int(3.99), math.floor(-2.5), math.ceil(2.1), round(2.675, 2))
    x = float("1.5e3") + float(7)
    print(x, str(x), x > 1000.0)
    print(math.isnan(float("nan")), math.isinf(1e308 * 10.0))
    print(math.atan2(1.0, 1.0) * 4.0 == math.pi)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
