# Arbitrary-precision naturals as little-endian lists of base-10000 digits, as an
# interpreter implements big integers without a library: add, multiply by small and big,
# compare, and decimal printing. Used here for factorials and Fibonacci numbers.

BASE = 10000


class Big(object):
    def __init__(self, digits):
        self.digits = digits

    @staticmethod
    def from_int(n):
        digits = []
        while n > 0:
            digits.append(n % BASE)
            n //= BASE
        return Big(digits)

    def add(self, other):
        result = []
        carry = 0
        for i in range(max(len(self.digits), len(other.digits))):
            a = self.digits[i] if i < len(self.digits) else 0
            b = other.digits[i] if i < len(other.digits) else 0
            s = a + b + carry
            result.append(s % BASE)
            carry = s // BASE
        if carry:
            result.append(carry)
        return Big(result)

    def mul(self, other):
        result = [0] * (len(self.digits) + len(other.digits))
        for i in range(len(self.digits)):
            carry = 0
            for j in range(len(other.digits)):
                cur = result[i + j] + self.digits[i] * other.digits[j] + carry
                result[i + j] = cur % BASE
                carry = cur // BASE
            k = i + len(other.digits)
            while carry:
                cur = result[k] + carry
                result[k] = cur % BASE
                carry = cur // BASE
                k += 1
        while result and result[-1] == 0:
            result.pop()
        return Big(result)

    def to_str(self):
        if not self.digits:
            return "0"
        parts = [str(self.digits[-1])]
        for i in range(len(self.digits) - 2, -1, -1):
            parts.append("%04d" % self.digits[i])
        return "".join(parts)


def factorial(n):
    r = Big.from_int(1)
    for i in range(2, n + 1):
        r = r.mul(Big.from_int(i))
    return r


def fib(n):
    a, b = Big.from_int(0), Big.from_int(1)
    for _ in range(n):
        a, b = b, a.add(b)
    return a


def entry_point(argv):
    print("30! = " + factorial(30).to_str())
    print("fib(150) = " + fib(150).to_str())
    sq = fib(100).mul(fib(100))
    print("fib(100)^2 has %d digits" % len(sq.to_str()))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
