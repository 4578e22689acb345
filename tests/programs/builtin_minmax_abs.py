# min() and max() with several arguments and lists, of ints, floats and strs; abs(); divmod() of ints and floats.


def entry_point(argv):
    print(min(3, 7), max(3, 7), min(7, 3, -1, 5), max(7, 3, -1, 5), min(2, 2), max(-0, 0))
    print(min(2.5, -1.5), max(2.5, -1.5, 0.0), min([1.5, 0.5, 2.5]), max([1e10, 1e-10]))
    print(min("b", "a", "c"), max("apple", "apricot"), min(["zz", "z", "zzz"]), max(["", "a"]))
    print(min([5]), max([-5]), min(range(3, 9)), max([x % 7 for x in range(20)]))
    for v in [0, -0, 5, -5, -9223372036854775807]:
        print("abs", v, abs(v))
    for v in [0.0, -0.0, 2.5, -2.5, -1e300, float("-inf")]:
        print("abs", v, abs(v))
    for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3)]:
        q, r = divmod(a, b)
        print("divmod", a, b, q, r, divmod(a, b))
    for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (0.3, 0.1)]:
        print("divmod", a, b, divmod(a, b))
    # Running min/max over a deterministic sequence.
    seed = 42
    lo = 1 << 40
    hi = -(1 << 40)
    for _ in range(500):
        seed = (seed * 1103515245 + 12345) % 2147483648
        v = (seed >> 16) % 2001 - 1000
        lo = min(lo, v)
        hi = max(hi, v)
    print(lo, hi)
    nums = [4, -9, 2, 8, -1]
    print(max([abs(n) for n in nums]), min([abs(n) for n in nums]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
