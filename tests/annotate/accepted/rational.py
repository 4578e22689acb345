# Exact rational arithmetic as a numeric tower's first step: a Fraction class normalized by
# gcd, operator special methods, comparison, and continued-fraction expansion.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a if a >= 0 else -a


class Fraction(object):
    def __init__(self, num, den):
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        if g == 0:
            g = 1
        self.num = num // g
        self.den = den // g

    def __add__(self, other):
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __sub__(self, other):
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        return Fraction(self.num * other.num, self.den * other.den)

    def __eq__(self, other):
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        return self.num * other.den < other.num * self.den

    def __str__(self):
        if self.den == 1:
            return str(self.num)
        return "%d/%d" % (self.num, self.den)


def continued(f):
    terms = []
    num, den = f.num, f.den
    while den != 0:
        q = num // den
        terms.append(q)
        num, den = den, num - q * den
    return terms


def harmonic(n):
    total = Fraction(0, 1)
    for k in range(1, n + 1):
        total = total + Fraction(1, k)
    return total


def entry_point(argv):
    a, b = Fraction(1, 3), Fraction(1, 6)
    print(str(a + b), str(a - b), str(a * b), a + b == Fraction(2, 4), b < a)
    print(str(harmonic(10)))
    print(continued(Fraction(415, 93)))
    print(str(Fraction(6, -4)), str(Fraction(0, 5)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
