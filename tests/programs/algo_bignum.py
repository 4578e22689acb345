# arbitrary-precision arithmetic on lists of base-10000 limbs: addition, multiplication, factorials and powers of two.
# args: 60


BASE = 10000


def from_int(n):
    limbs = []
    while n > 0:
        limbs.append(n % BASE)
        n //= BASE
    return limbs if limbs else [0]


def add(a, b):
    out = []
    carry = 0
    for i in range(max(len(a), len(b))):
        s = carry
        if i < len(a):
            s += a[i]
        if i < len(b):
            s += b[i]
        out.append(s % BASE)
        carry = s // BASE
    if carry:
        out.append(carry)
    return out


def mul(a, b):
    out = [0] * (len(a) + len(b))
    for i in range(len(a)):
        carry = 0
        for j in range(len(b)):
            cur = out[i + j] + a[i] * b[j] + carry
            out[i + j] = cur % BASE
            carry = cur // BASE
        k = i + len(b)
        while carry:
            cur = out[k] + carry
            out[k] = cur % BASE
            carry = cur // BASE
            k += 1
    while len(out) > 1 and out[-1] == 0:
        out.pop()
    return out


def to_str(a):
    parts = [str(a[-1])]
    for i in range(len(a) - 2, -1, -1):
        parts.append("%04d" % a[i])
    return "".join(parts)


def digit_sum(a):
    return sum([int(c) for c in to_str(a)])


def entry_point(argv):
    n = int(argv[1])
    f = from_int(1)
    for i in range(2, n + 1):
        f = mul(f, from_int(i))
    print("%d! = %s" % (n, to_str(f)))
    print("digits:", len(to_str(f)), "digit sum:", digit_sum(f))
    p = from_int(1)
    two = from_int(2)
    for i in range(200):
        p = mul(p, two)
    print("2**200 =", to_str(p))
    a, b = from_int(0), from_int(1)
    for i in range(300):
        a, b = b, add(a, b)
    print("fib(300) =", to_str(a))
    print(to_str(add(from_int(9999), from_int(1))), to_str(mul(from_int(0), from_int(12345))), to_str(from_int(10 ** 18)))
    check = from_int(123456789)
    sq = mul(check, check)
    print(to_str(sq), to_str(sq) == str(123456789 * 123456789))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
