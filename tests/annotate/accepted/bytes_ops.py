# Working with bytes as a bytecode file format would: a header with a magic number, varint
# encoding and decoding, bytes indexing (ints), slicing, concatenation, join and comparison.

MAGIC = b"KLN\x01"


def encode_varint(n):
    out = []
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def decode_varint(data, pos):
    result = 0
    shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def serialize(numbers, name):
    parts = [MAGIC, encode_varint(len(name)), name.encode(), encode_varint(len(numbers))]
    for n in numbers:
        parts.append(encode_varint(n))
    return b"".join(parts)


class FormatError(Exception):
    pass


def deserialize(data):
    if data[:4] != MAGIC:
        raise FormatError()
    length, pos = decode_varint(data, 4)
    name = data[pos:pos + length].decode()
    pos += length
    count, pos = decode_varint(data, pos)
    numbers = []
    for _ in range(count):
        n, pos = decode_varint(data, pos)
        numbers.append(n)
    return name, numbers


def entry_point(argv):
    blob = serialize([1, 127, 128, 300, 1 << 40], "consts")
    print(len(blob), blob[:4] == MAGIC, blob[4], list(blob[-6:]))
    name, numbers = deserialize(blob)
    print(name, numbers)
    try:
        deserialize(b"XXXX" + blob[4:])
    except FormatError:
        print("bad magic")
    print(b"ab" + b"cd" == b"abcd", b"abc" < b"abd", len(b""))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
