# numerical methods on floats: Newton's square root, bisection, Simpson integration, series for pi and e, Horner evaluation.
import math


def newton_sqrt(x):
    if x == 0.0:
        return 0.0
    g = x if x > 1.0 else 1.0
    for _ in range(60):
        ng = 0.5 * (g + x / g)
        if ng == g:
            break
        g = ng
    return g


def bisect(lo, hi, coeffs):
    for _ in range(100):
        mid = (lo + hi) / 2.0
        if horner(coeffs, lo) * horner(coeffs, mid) <= 0.0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2.0


def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc


def simpson(kind, a, b, n):
    h = (b - a) / n
    total = f(kind, a) + f(kind, b)
    for i in range(1, n):
        total += (4.0 if i % 2 == 1 else 2.0) * f(kind, a + i * h)
    return total * h / 3.0


def f(kind, x):
    if kind == 0:
        return x * x
    if kind == 1:
        return math.sin(x)
    return 4.0 / (1.0 + x * x)


def entry_point(argv):
    for x in [0.0, 1.0, 2.0, 10.0, 0.01, 12345.678, 1e-8]:
        s = newton_sqrt(x)
        print(x, s, math.sqrt(x), abs(s - math.sqrt(x)) < 1e-12 * (1.0 + s))
    cubic = [1.0, 0.0, -2.0, -5.0]
    root = bisect(2.0, 3.0, cubic)
    print("root", root, horner(cubic, root))
    print("simpson x^2 on [0,3]", simpson(0, 0.0, 3.0, 100))
    print("simpson sin on [0,pi]", simpson(1, 0.0, math.pi, 100))
    print("simpson pi", simpson(2, 0.0, 1.0, 1000))
    leibniz = 0.0
    sign = 1.0
    for k in range(100000):
        leibniz += sign / (2 * k + 1)
        sign = -sign
    print("leibniz", 4.0 * leibniz)
    e = 0.0
    term = 1.0
    for k in range(1, 20):
        e += term
        term /= k
    print("e", e, math.e, abs(e - math.e) < 1e-15)
    xs = [0.1 * i for i in range(11)]
    print(["%.4f" % horner([2.0, -3.0, 0.5], x) for x in xs])
    # Kahan summation versus naive summation.
    naive = 0.0
    kahan = 0.0
    comp = 0.0
    for i in range(1, 10001):
        v = 1.0 / i
        naive += v
        y = v - comp
        t = kahan + y
        comp = (t - kahan) - y
        kahan = t
    print(naive, kahan, naive == kahan)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
