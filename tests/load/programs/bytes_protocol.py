"""A framed binary protocol: magic numbers and escape tables as bytes built at load time
(bytes(range(256)), an XOR scrambling table, bytes.maketrans), byte strings whose repr picks
different quotes, and a bytearray scratch buffer. Run-time code frames, checksums and
hex-dumps messages."""

MAGIC = b"KLN\x00"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SINGLE_QUOTED = b"it's"
DOUBLE_QUOTED = b'say "x"'
BOTH_QUOTED = b"'\""
EMPTY = b""
HEX_DIGITS = b"0123456789abcdef"
ALL_BYTES = bytes(range(256))
XOR_KEY = 0x5A
SCRAMBLE = bytes(_b ^ XOR_KEY for _b in range(256))
ROT13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
ESCAPES = {0x0A: b"\\n", 0x0D: b"\\r", 0x00: b"\\0", 0x5C: b"\\\\"}
FRAME_KINDS = [(1, b"ping"), (2, b"pong"), (3, b"data\xff\xfe"), (4, b"bye")]
KIND_BY_NAME = {}
for _kind, _name in FRAME_KINDS:
    KIND_BY_NAME[_name] = _kind
SCRATCH = bytearray(b"scratch")


def checksum(data):
    s = 0
    for b in data:
        s = (s * 31 + b) & 0xFFFF
    return s


def scramble(data):
    out = []
    for b in data:
        out.append(SCRAMBLE[b])
    return bytes(out)


def hexdump(data):
    parts = []
    for b in data:
        parts.append(chr(HEX_DIGITS[b >> 4]) + chr(HEX_DIGITS[b & 15]))
    return " ".join(parts)


def frame(kind, payload):
    header = MAGIC + bytes([kind, len(payload)])
    body = header + payload
    c = checksum(body)
    return body + bytes([c >> 8, c & 0xFF])


def unframe(data):
    if data[:4] != MAGIC:
        return -1, EMPTY
    length = data[5]
    payload = data[6:6 + length]
    c = checksum(data[:6 + length])
    if data[6 + length] != c >> 8 or data[7 + length] != c & 0xFF:
        return -2, EMPTY
    return data[4], payload


def escape(payload):
    out = b""
    for b in payload:
        if b in ESCAPES:
            out += ESCAPES[b]
        else:
            out += bytes([b])
    return out


def entry_point(argv):
    for kind, name in FRAME_KINDS:
        wire = frame(kind, name)
        got_kind, payload = unframe(wire)
        print("%d %s -> %s" % (kind, hexdump(wire), "ok" if got_kind == kind else "bad"))
    corrupt = frame(2, b"pong")[:-1] + b"\x00"
    print("corrupt frame: %d" % unframe(corrupt)[0])
    print("escaped: %s" % hexdump(escape(b"a\nb\\c\x00")))
    print("png signature checksum: %d" % checksum(PNG_SIGNATURE))
    print("scrambled: %s, twice is identity: %s" % (hexdump(scramble(b"hello")),
                                                    scramble(scramble(b"hello")) == b"hello"))
    print("all bytes checksum: %d" % checksum(ALL_BYTES))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
