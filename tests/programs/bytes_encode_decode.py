# str.encode() and bytes.decode() (UTF-8), error handlers on invalid input, and bytes.join.


def hexdump(b):
    return " ".join(["%02x" % x for x in b])


def entry_point(argv):
    for s in ["ascii", "é", "€uro", "中文", "😀!", "", "\x00\x7f\x80"]:
        b = s.encode()
        print(repr(s), b, hexdump(b), b.decode() == s, len(s), len(b))
    print("x".encode("utf-8"), b"y".decode("utf-8"), "z".encode("UTF-8"), b"w".decode("utf8"))
    bad = [b"\xff", b"abc\x80def", b"\xc3", b"\xe2\x82", b"ok\xc3\xa9\xc3", b"\xed\xa0\x80"]
    for b in bad:
        try:
            print(b.decode())
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e)
        print(repr(b.decode("utf-8", "replace")), repr(b.decode("utf-8", "ignore")),
              repr(b.decode("utf-8", "backslashreplace")))
    parts = [b"alpha", b"beta", b"\x00\x01"]
    print(b", ".join(parts), b"".join(parts), b"-".join([]), b"|".join([b"solo"]))
    # Lengths in bytes of growing strings.
    s = ""
    for c in "aé€😀":
        s += c
        print(len(s), len(s.encode()))
    # Decoding a byte buffer line by line.
    buf = "line one\nligne deux é\n第三行\n".encode()
    start = 0
    for i in range(len(buf)):
        if buf[i] == 10:
            print(repr(buf[start:i].decode()))
            start = i + 1
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
