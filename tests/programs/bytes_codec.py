# a byte-level workload: base64 encode/decode, hex encoding, run-length coding and a CRC-32 over bytes.

B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = []
    i = 0
    while i + 2 < len(data):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.extend([B64[(n >> 18) & 63], B64[(n >> 12) & 63], B64[(n >> 6) & 63], B64[n & 63]])
        i += 3
    rest = len(data) - i
    if rest == 1:
        n = data[i] << 16
        out.extend([B64[(n >> 18) & 63], B64[(n >> 12) & 63], 61, 61])
    elif rest == 2:
        n = (data[i] << 16) | (data[i + 1] << 8)
        out.extend([B64[(n >> 18) & 63], B64[(n >> 12) & 63], B64[(n >> 6) & 63], 61])
    return bytes(out)


def b64decode(text):
    table = {}
    for i in range(len(B64)):
        table[B64[i]] = i
    out = []
    i = 0
    while i < len(text):
        n = 0
        pad = 0
        for j in range(4):
            c = text[i + j]
            if c == 61:
                pad += 1
                n <<= 6
            else:
                n = (n << 6) | table[c]
        out.append((n >> 16) & 255)
        if pad < 2:
            out.append((n >> 8) & 255)
        if pad < 1:
            out.append(n & 255)
        i += 4
    return bytes(out)


def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xEDB88320
            else:
                crc >>= 1
    return crc ^ 0xFFFFFFFF


def rle(data):
    out = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)


def entry_point(argv):
    samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes([0, 255, 128, 1])]
    for s in samples:
        enc = b64encode(s)
        print(s, enc, b64decode(enc) == s, "%08x" % crc32(s))
    print("%08x" % crc32(b"The quick brown fox jumps over the lazy dog"))
    data = b"aaaaabbbcccccccccccd" + b"\x00" * 300
    packed = rle(data)
    print(len(data), len(packed), packed[:12])
    print("".join(["%02x" % b for b in b"hex\xff"]), bytes([ord(c) for c in "hex"]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
