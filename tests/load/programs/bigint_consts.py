"""Checked 64-bit arithmetic for a bytecode VM: limits and masks computed at load time,
including integers far beyond 64 bits that only load-time code uses (2**64, a googol,
30!, a 6021-digit power of two whose repr exceeds CPython's default 4300-digit limit),
a Fibonacci table that crosses 2**63, and an r_uint (an int subclass)."""

import math

from kiln.rarithmetic import intmask, ovfcheck, r_uint

MAXINT = 2 ** 63 - 1
MININT = -2 ** 63
UMAX = 2 ** 64 - 1
MASK64 = (1 << 64) - 1
GOOGOL = 10 ** 100
NEG_BIG = -(3 ** 200)
FACT30 = math.factorial(30)
HUGE = 2 ** 20000
HUGE_DIGITS = int(HUGE.bit_length() * math.log10(2)) + 1   # str(HUGE) would raise
COOKIE = 0xDEADBEEFCAFEBABE
COOKIE_SIGNED = intmask(COOKIE)
ALL_ONES = r_uint(-1)
BIT_LENGTHS = {"maxint": MAXINT.bit_length(), "googol": GOOGOL.bit_length(),
               "huge": HUGE.bit_length()}

FIB = [0, 1]
while len(FIB) < 100:
    FIB.append(FIB[-1] + FIB[-2])
FIB_64 = [f for f in FIB if f <= MAXINT]
LAST_SAFE_FIB = len(FIB_64) - 1
POWERS_OF_3 = tuple(3 ** _k for _k in range(0, 45, 4))
BOUNDARIES = (MININT, -1, 0, 1, MAXINT)


def checked_fib(n):
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, ovfcheck(a + b)
    return a


def checked_pow(base, exp):
    result = 1
    for _ in range(exp):
        result = ovfcheck(result * base)
    return result


def hash_combine(h, x):
    return intmask((h ^ x) * 1099511628211)


def entry_point(argv):
    n = int(argv[1]) if len(argv) > 1 else 95
    print("fib(%d) table = %d" % (LAST_SAFE_FIB, FIB_64[LAST_SAFE_FIB]))
    for k in [LAST_SAFE_FIB - 1, n]:
        try:
            print("checked fib(%d) = %d" % (k, checked_fib(k)))
        except OverflowError:
            print("checked fib(%d) overflows" % k)
    try:
        print("3**39 = %d" % checked_pow(3, 39))
        print("3**40 = %d" % checked_pow(3, 40))
    except OverflowError:
        print("3**40 overflows")
    h = COOKIE_SIGNED
    for b in BOUNDARIES:
        h = hash_combine(h, b)
    print("hash %d" % h)
    print("maxint + 1 wraps to minint: %s" % (intmask(MAXINT + 1) == MININT))
    print("digits of 2**20000: %d" % HUGE_DIGITS)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
