# Classes: a sweep of operator special methods on a modular-integer class (reflected __radd__/__rmul__, bit ops, __ne__, __bool__).

MOD = 97


class Mod:
    def __init__(self, v):
        self.v = v % MOD

    def __add__(self, o):
        return Mod(self.v + o.v)

    def __radd__(self, n):
        return Mod(n + self.v)

    def __sub__(self, o):
        return Mod(self.v - o.v)

    def __mul__(self, o):
        return Mod(self.v * o.v)

    def __rmul__(self, n):
        return Mod(n * self.v)

    def __floordiv__(self, o):
        return Mod(self.v // o.v)

    def __mod__(self, o):
        return Mod(self.v % o.v)

    def __truediv__(self, o):
        return self * o.inverse()

    def __pow__(self, e):
        r = Mod(1)
        b = Mod(self.v)
        while e > 0:
            if e & 1:
                r = r * b
            b = b * b
            e >>= 1
        return r

    def __neg__(self):
        return Mod(-self.v)

    def __pos__(self):
        return Mod(self.v)

    def __invert__(self):
        return Mod(~self.v)

    def __and__(self, o):
        return Mod(self.v & o.v)

    def __or__(self, o):
        return Mod(self.v | o.v)

    def __xor__(self, o):
        return Mod(self.v ^ o.v)

    def __lshift__(self, n):
        return Mod(self.v << n)

    def __rshift__(self, n):
        return Mod(self.v >> n)

    def __eq__(self, o):
        return self.v == o.v

    def __ne__(self, o):
        return self.v != o.v

    def __bool__(self):
        return self.v != 0

    def inverse(self):
        return self ** (MOD - 2)

    def __repr__(self):
        return "Mod(%d)" % self.v


def entry_point(argv):
    a = Mod(45)
    b = Mod(70)
    print(a + b, a - b, a * b, a // b, b % a, a / b)
    print(5 + a, 3 * b, a ** 10, -a, +a, ~a)
    print(a & b, a | b, a ^ b, a << 3, b >> 2)
    print(a == Mod(45 + 97), a != b, a == b, a != Mod(142))
    print(bool(Mod(97)), bool(a))
    if not Mod(0):
        print("zero is falsy")
    for x in range(1, 8):
        m = Mod(x)
        print(x, m.inverse(), m * m.inverse(), (a / m) * m == a)
    acc = Mod(1)
    for i in range(1, 20):
        acc = acc * Mod(i)
        acc += Mod(i)
        acc -= Mod(1)
    print("acc", acc)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
