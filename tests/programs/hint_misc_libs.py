# Hints: kiln.rarithmetic (intmask, r_uint), kiln.rstring.StringBuilder, kiln.debug (ll_assert, make_sure_not_resized), we_are_translated.
from kiln.rarithmetic import intmask, r_uint, LONG_BIT
from kiln.rstring import StringBuilder
from kiln.debug import ll_assert, make_sure_not_resized
from kiln.objectmodel import we_are_translated, compute_hash


FNV_OFFSET = r_uint(0xcbf29ce484222325)
FNV_PRIME = r_uint(0x100000001b3)


def fnv1a(s):
    h = FNV_OFFSET
    for c in s:
        h = h ^ r_uint(ord(c))
        h = h * FNV_PRIME
    return intmask(h)


def render(rows):
    b = StringBuilder()
    for i, row in enumerate(rows):
        b.append("%d:" % i)
        b.append_multiple_char(" ", 3 - len(str(i)))
        b.append_slice(row, 0, min(len(row), 6))
        b.append("\n")
    return b.build()


def entry_point(argv):
    print("bits", LONG_BIT)
    for s in ["", "a", "kiln", "hello world"]:
        print(repr(s), fnv1a(s), fnv1a(s) == compute_hash(s))
    m = 9223372036854775807
    print(intmask(m + 1), intmask(m * 2 + 7), intmask(-1))
    u = r_uint(3)
    print(u - r_uint(5) > r_uint(0), intmask(u - r_uint(5)))
    print(render(["alpha", "beta-longer", "c"]), end="")
    fixed = make_sure_not_resized([1, 2, 3])
    ll_assert(len(fixed) == 3, "three items")
    print("translated:", we_are_translated() and False)
    b = StringBuilder(10)
    for i in range(30):
        b.append(chr(ord("a") + i % 26))
    print(b.getlength(), b.build())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
