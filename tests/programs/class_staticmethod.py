# Classes: @staticmethod called through the class and through instances, alongside instance methods.


class MathUtil:
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a

    @staticmethod
    def lcm(a, b):
        return a // MathUtil.gcd(a, b) * b

    @staticmethod
    def is_prime(n):
        if n < 2:
            return False
        i = 2
        while i * i <= n:
            if n % i == 0:
                return False
            i += 1
        return True


class Fraction:
    def __init__(self, num, den):
        g = MathUtil.gcd(abs(num), abs(den))
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g

    @staticmethod
    def parse(text):
        parts = text.split("/")
        return Fraction(int(parts[0]), int(parts[1]))

    def plus(self, other):
        d = MathUtil.lcm(self.den, other.den)
        return Fraction(self.num * (d // self.den) + other.num * (d // other.den), d)

    def times(self, other):
        return Fraction(self.num * other.num, self.den * other.den)

    def __str__(self):
        if self.den == 1:
            return str(self.num)
        return "%d/%d" % (self.num, self.den)


def entry_point(argv):
    print(MathUtil.gcd(84, 36), MathUtil.lcm(4, 6), MathUtil.lcm(21, 6))
    print([n for n in range(40) if MathUtil.is_prime(n)])
    u = MathUtil()
    print(u.gcd(1071, 462), u.is_prime(97))
    fs = [Fraction.parse(t) for t in ["1/2", "1/3", "-2/4", "6/-8", "10/5"]]
    print(" ".join([str(f) for f in fs]))
    total = Fraction(0, 1)
    for f in fs:
        total = total.plus(f)
        print("running total", total)
    prod = Fraction(1, 1)
    for f in fs:
        prod = prod.times(f)
    print("product", prod)
    h = Fraction(0, 1)
    for k in range(1, 11):
        h = h.plus(Fraction(1, k))
    print("H10 =", h, "gcd check", MathUtil.gcd(h.num, h.den))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
