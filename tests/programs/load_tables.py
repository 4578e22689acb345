# Load time: lookup tables computed by module-level loops (CRC table, char classes, primes, Pascal rows) used at run time.


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for k in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c = c >> 1
        table.append(c)
    return table


CRC_TABLE = _crc_table()

CHAR_CLASS = {}
for _c in "abcdefghijklmnopqrstuvwxyz":
    CHAR_CLASS[_c] = "lower"
    CHAR_CLASS[_c.upper()] = "upper"
for _c in "0123456789":
    CHAR_CLASS[_c] = "digit"
for _c in " \t\n":
    CHAR_CLASS[_c] = "space"

_sieve = [True] * 200
_sieve[0] = _sieve[1] = False
for _i in range(2, 200):
    if _sieve[_i]:
        for _j in range(_i * _i, 200, _i):
            _sieve[_j] = False
PRIMES = [i for i in range(200) if _sieve[i]]
IS_PRIME = tuple(_sieve)

PASCAL = [[1]]
for _r in range(1, 12):
    _prev = PASCAL[-1]
    PASCAL.append([1] + [_prev[k] + _prev[k + 1] for k in range(len(_prev) - 1)] + [1])

SQUARES = dict((n, n * n) for n in range(20))


def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def classify(text):
    counts = {}
    for c in text:
        k = CHAR_CLASS.get(c, "other")
        counts[k] = counts.get(k, 0) + 1
    return counts


def entry_point(argv):
    for s in ["", "a", "hello world", "The quick brown fox jumps over the lazy dog"]:
        print(repr(s), "%08x" % crc32(s.encode()))
    print(classify("Hello, World 2024!\n"))
    print(len(PRIMES), PRIMES[:10], PRIMES[-3:])
    print([n for n in range(50, 70) if IS_PRIME[n]])
    for row in PASCAL[8:]:
        print(row)
    print(SQUARES[7], SQUARES[19], len(SQUARES))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
