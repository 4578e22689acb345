# bytes: literals, indexing gives ints, slicing, len, iteration, concatenation, repetition, comparison, in, repr.


def entry_point(argv):
    b = b"Hello, bytes!\x00\xff\n"
    print(b, len(b), b[0], b[-1], b[-2], b[1:5], b[::-1], b[::3])
    print([x for x in b[:6]], sum([x for x in b]))
    print(b"abc" + b"def", b"ab" * 3, 2 * b"-", b"" * 5)
    for a, c in [(b"abc", b"abd"), (b"abc", b"ab"), (b"", b"\x00"), (b"\xff", b"\x7f"), (b"same", b"same")]:
        print(a, c, a < c, a <= c, a == c, a != c, a > c, a >= c)
    print(b"ell" in b, b"xyz" in b, b"" in b)
    samples = [b"", b"'", b'"', b"'\"", b"\t\r\n\\", bytes([0, 1, 127, 128, 200, 255]), b"printable ~"]
    for s in samples:
        print(repr(s), str(s), len(s))
    print(bytes([72, 105, 33]), bytes(4), bytes([]), bytes(0))
    total = 0
    for byte in b"checksum me":
        total = (total + byte) & 0xFF
    print("checksum", total)
    data = b"key1=val1;key2=val2;k3=v3"
    pos = 0
    while pos < len(data):
        end = pos
        while end < len(data) and data[end] != ord(";"):
            end += 1
        print(data[pos:end])
        pos = end + 1
    for i in [20, -21]:
        try:
            print(b[i])
        except IndexError as e:
            print("IndexError:", e)
    print(b"%s-%d-%x" % (b"fmt", 42, 255), b"%5s|%-4d|" % (b"ab", 7), b"100%%")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
