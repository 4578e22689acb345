# Machine-integer arithmetic with kiln.rarithmetic: FNV-1a hashing with r_uint, intmask to
# get back a signed hash, overflow-checked factorial, and wrapping multiplication.
from kiln.rarithmetic import ovfcheck, intmask, r_uint, LONG_BIT

FNV_OFFSET = r_uint(0xcbf29ce484222325)
FNV_PRIME = r_uint(0x100000001b3)


def fnv1a(text):
    h = FNV_OFFSET
    for c in text:
        h = h ^ r_uint(ord(c))
        h = h * FNV_PRIME
    return intmask(h)


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result = ovfcheck(result * i)
    return result


def largest_factorial():
    n = 1
    while True:
        try:
            factorial(n + 1)
        except OverflowError:
            return n
        n += 1


def popcount(x):
    u = r_uint(x)
    count = 0
    while u:
        count += intmask(u & r_uint(1))
        u = u >> 1
    return count


def safe_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return -1


def entry_point(argv):
    for word in ["", "a", "kiln", "interpreter"]:
        print("fnv1a(%s) = %d" % (word, fnv1a(word)))
    print("20! = %d" % factorial(20))
    print("largest n with n! in a word: %d" % largest_factorial())
    print("popcount(255) = %d, popcount(-1) = %d" % (popcount(255), popcount(-1)))
    print("bits per word: %d" % LONG_BIT)
    big = (1 << 62) + ((1 << 62) - 1)
    print(safe_add(big, 1), safe_add(big, -5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
