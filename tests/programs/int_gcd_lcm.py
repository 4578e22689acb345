# integer number theory: gcd (math.gcd and Euclid), lcm, modular exponentiation and inverse, totients.
import math


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return abs(a * b) // gcd(a, b)


def modpow(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("no inverse")
    return x % m


def totient(n):
    result = n
    p = 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result -= result // n
    return result


def entry_point(argv):
    pairs = [(12, 18), (17, 5), (0, 9), (-24, 36), (1071, 462), (1 << 40, 1 << 20), (0, 0)]
    for a, b in pairs:
        print(a, b, gcd(a, b), math.gcd(a, b))
    for a, b in [(4, 6), (21, 6), (13, 17), (100, 75)]:
        print("lcm", a, b, lcm(a, b))
    for b, e, m in [(2, 10, 1000), (3, 200, 1000000007), (7, 12345, 13), (10, 0, 7)]:
        print("modpow", b, e, m, modpow(b, e, m))
    for a, m in [(3, 11), (10, 17), (7, 26), (4, 8)]:
        try:
            print("inverse", a, m, modinv(a, m))
        except ValueError as e:
            print("inverse", a, m, "error:", e)
    print([totient(n) for n in range(1, 31)])
    acc = 0
    for i in range(1, 200):
        acc = lcm(acc, i) if acc else i
        if acc > 10 ** 15:
            print("lcm(1..%d) exceeds 1e15" % i)
            break
    print(acc)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
