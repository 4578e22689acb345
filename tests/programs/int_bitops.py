# int bitwise operators: and, or, xor, invert, shifts (including negative values) and bit tricks.


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def bit_length(n):
    if n < 0:
        n = -n
    length = 0
    while n:
        n >>= 1
        length += 1
    return length


def reverse_bits8(b):
    r = 0
    for i in range(8):
        if b & (1 << i):
            r |= 1 << (7 - i)
    return r


def entry_point(argv):
    pairs = [(12, 10), (255, 15), (-1, 255), (-16, 7), (0, -1), (1 << 40, (1 << 40) - 1), (-12345, 6789)]
    for a, b in pairs:
        print(a, b, a & b, a | b, a ^ b, ~a, ~b)
    for v in [1, 5, -5, 255, -256, 1 << 58, -(1 << 58), 123456789]:
        print(v, v << 1, v << 3, v >> 1, v >> 3, v >> 63, popcount(v & 0xFFFFFFFF), bit_length(v))
    for s in range(0, 63, 7):
        print(s, 1 << s, (1 << s) >> s, -1 << s, -1 >> s)
    for b in [0, 1, 2, 0x0F, 0xA5, 0xFF, 0x80]:
        print(b, reverse_bits8(b))
    # Masks and flags.
    flags = 0
    READ = 1
    WRITE = 2
    EXEC = 4
    flags |= READ | EXEC
    print(flags, flags & WRITE != 0, flags & EXEC != 0)
    flags ^= EXEC
    flags &= ~READ
    print(flags)
    x = 0x12345678
    print(x & 0xFF, (x >> 8) & 0xFF, (x >> 16) & 0xFF, (x >> 24) & 0xFF)
    swapped = ((x & 0xFF) << 24) | ((x & 0xFF00) << 8) | ((x >> 8) & 0xFF00) | ((x >> 24) & 0xFF)
    print(swapped, "%x" % swapped)
    # Negative shift counts raise ValueError.
    n = -3
    try:
        print(1 << n)
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
