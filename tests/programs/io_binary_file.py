# I/O: binary files ('wb'/'rb'): writing bytes, reading them back, indexing bytes to ints, a simple record format.
import os


def encode_record(key, value):
    kb = key.encode()
    return bytes([len(kb)]) + kb + bytes([(value >> 8) & 0xFF, value & 0xFF])


def entry_point(argv):
    path = "records.bin"
    records = [("alpha", 1), ("beta", 300), ("gamma", 65535), ("", 7), ("caf\u00e9", 4242)]
    with open(path, "wb") as f:
        for k, v in records:
            f.write(encode_record(k, v))
    with open(path, "rb") as f:
        data = f.read()
    print(len(data), data[:8])
    print([data[i] for i in range(6)])
    pos = 0
    while pos < len(data):
        n = data[pos]
        key = data[pos + 1:pos + 1 + n].decode()
        value = data[pos + 1 + n] * 256 + data[pos + 2 + n]
        print(repr(key), value)
        pos += 3 + n
    with open(path, "rb") as f:
        head = f.read(1)
        print("first byte:", head, head[0])
    checksum = 0
    for b in data:
        checksum = (checksum * 31 + b) % 1000003
    print("checksum", checksum)
    os.unlink(path)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
