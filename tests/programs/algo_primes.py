# prime numbers: sieve of Eratosthenes, trial division, factorization, twin primes, Goldbach pairs, Miller-Rabin.
# args: 1000


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = False
    if n >= 1:
        is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def mulmod(a, b, m):
    # (a * b) % m without overflowing 64 bits, by doubling.
    result = 0
    a %= m
    while b > 0:
        if b & 1:
            result = (result + a) % m
        a = (a * 2) % m
        b >>= 1
    return result


def powmod(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = mulmod(r, b, m)
        b = mulmod(b, b, m)
        e >>= 1
    return r


def miller_rabin(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = powmod(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for _ in range(s - 1):
            x = mulmod(x, x, n)
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


def entry_point(argv):
    limit = int(argv[1])
    primes = sieve(limit)
    print(len(primes), primes[:15], primes[-5:])
    twins = [(p, p + 2) for p in primes if p + 2 in primes]
    print(len(twins), twins[:6])
    for n in [2, 12, 360, 97, 1001, 65536, 999999, 600851475143]:
        print(n, factorize(n))
    for n in [4, 28, 100, 998]:
        for p in primes:
            if p > n // 2:
                break
            if miller_rabin(n - p):
                print("goldbach", n, "=", p, "+", n - p)
                break
    for n in [97, 561, 7919, 1000000007, 999999999989, 1000000000000, 2305843009213693951]:
        print("miller-rabin", n, miller_rabin(n))
    agree = all([miller_rabin(k) == (k in primes) for k in range(limit + 1)])
    print("sieve agrees with miller-rabin:", agree)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
