# Generators: an incremental prime sieve, a take() helper specialized per generator type, infinite generators stopped by the consumer.
from kiln.objectmodel import specialize


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def primes():
    composites = {}
    for n in naturals(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites[n]:
                composites.setdefault(n + p, []).append(p)
            del composites[n]


@specialize.argtype(1)
def take(n, g):
    out = []
    if n <= 0:
        return out
    for x in g:
        out.append(x)
        if len(out) >= n:
            break
    return out


def twin_primes():
    prev = -10
    for p in primes():
        if p - prev == 2:
            yield (prev, p)
        prev = p


def entry_point(argv):
    print(take(25, primes()))
    print(take(8, twin_primes()))
    s = 0
    for p in primes():
        if p > 10000:
            break
        s += p
    print("sum of primes below 10000:", s)
    for i, p in zip(range(5), primes()):
        print("prime #%d = %d" % (i, p))
    for i, p in enumerate(primes()):
        if i == 999:
            print("1000th prime:", p)
            break
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
