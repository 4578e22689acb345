"""Exact rational arithmetic for a calculator. The Rational class gets its operator methods
(__add__, __sub__, __mul__, __truediv__ and comparisons) attached in a loop from factories at
load time; operator.* and math.gcd are bound to globals as builtin functions; prebuilt
constants ZERO, ONE, HALF and a table of harmonic numbers are computed at load time."""

import math
import operator

gcd = math.gcd
mul = operator.mul


class Rational:
    _immutable_fields_ = ["num", "den"]

    def __init__(self, num, den):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num = -num
            den = -den
        g = gcd(num, den) if num != 0 else den
        self.num = num // g
        self.den = den // g

    def to_str(self):
        if self.den == 1:
            return "%d" % self.num
        return "%d/%d" % (self.num, self.den)


def _make_additive(sign):
    def method(self, other):
        return Rational(self.num * other.den + sign * other.num * self.den,
                        self.den * other.den)
    return method


def _make_multiplicative(invert):
    def method(self, other):
        if invert:
            return Rational(self.num * other.den, self.den * other.num)
        return Rational(mul(self.num, other.num), mul(self.den, other.den))
    return method


def _make_compare(op):
    def method(self, other):
        return op(self.num * other.den, other.num * self.den)
    return method


for _name, _method in [("__add__", _make_additive(1)), ("__sub__", _make_additive(-1)),
                       ("__mul__", _make_multiplicative(False)),
                       ("__truediv__", _make_multiplicative(True))]:
    _method.__qualname__ = "Rational." + _name
    setattr(Rational, _name, _method)
for _name in ["lt", "le", "eq", "ne", "gt", "ge"]:
    setattr(Rational, "__%s__" % _name, _make_compare(getattr(operator, _name)))
OPERATOR_COUNT = sum(1 for _k in vars(Rational) if _k.startswith("__") and _k.endswith("__")
                     and _k not in ("__init__", "__module__", "__dict__", "__weakref__",
                                    "__doc__", "__hash__"))

ZERO = Rational(0, 1)
ONE = Rational(1, 1)
HALF = Rational(1, 2)
HARMONIC = [ZERO]
for _n in range(1, 11):
    HARMONIC.append(HARMONIC[-1] + Rational(1, _n))
HARMONIC_TEXT = [_h.to_str() for _h in HARMONIC]


def egyptian(q):
    """Greedy Egyptian fraction expansion of 0 < q < 1."""
    parts = []
    while q.num != 0:
        d = (q.den + q.num - 1) // q.num
        parts.append(d)
        q = q - Rational(1, d)
    return parts


def entry_point(argv):
    a = Rational(int(argv[1]), int(argv[2])) if len(argv) > 2 else Rational(5, 12)
    b = HALF
    print("a = %s, b = %s" % (a.to_str(), b.to_str()))
    print("a+b = %s, a-b = %s, a*b = %s, a/b = %s" % ((a + b).to_str(), (a - b).to_str(),
                                                      (a * b).to_str(), (a / b).to_str()))
    print("a < b: %s, a == a: %s, a >= one: %s" % (a < b, a == Rational(a.num, a.den), a >= ONE))
    print("H(10) = %s" % HARMONIC[10].to_str())
    if ZERO < a and a < ONE:
        print("egyptian: " + " + ".join(["1/%d" % d for d in egyptian(a)]))
    try:
        print((a / ZERO).to_str())
    except ZeroDivisionError:
        print("division by zero caught")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
