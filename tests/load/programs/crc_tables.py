"""Checksums and number tables precomputed at load time in loops: the CRC-32 table (checked
against zlib at load time), a popcount table, a prime sieve, Pascal's triangle as nested lists,
and an Adler-32 modulus. zlib.crc32 is bound to a global (a builtin function)."""

import zlib

CRC_POLY = 0xEDB88320
CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ CRC_POLY if _c & 1 else _c >> 1
    CRC_TABLE.append(_c)

POPCOUNT = [0] * 256
for _n in range(1, 256):
    POPCOUNT[_n] = POPCOUNT[_n >> 1] + (_n & 1)

_LIMIT = 200
_sieve = [True] * _LIMIT
_sieve[0] = _sieve[1] = False
for _n in range(2, _LIMIT):
    if _sieve[_n]:
        for _m in range(_n * _n, _LIMIT, _n):
            _sieve[_m] = False
PRIMES = [_n for _n in range(_LIMIT) if _sieve[_n]]

PASCAL = [[1]]
for _row in range(1, 12):
    _prev = PASCAL[-1]
    PASCAL.append([1] + [_prev[_j] + _prev[_j + 1] for _j in range(len(_prev) - 1)] + [1])

ADLER_MOD = 65521
crc32_reference = zlib.crc32
EXPECTED = {_word: zlib.crc32(_word.encode()) for _word in ["", "a", "kiln", "hello world"]}


def crc32(text):
    crc = 0xFFFFFFFF
    for ch in text:
        crc = CRC_TABLE[(crc ^ ord(ch)) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(text):
    a = 1
    b = 0
    for ch in text:
        a = (a + ord(ch)) % ADLER_MOD
        b = (b + a) % ADLER_MOD
    return (b << 16) | a


def bits_set(n):
    total = 0
    while n:
        total += POPCOUNT[n & 0xFF]
        n >>= 8
    return total


def entry_point(argv):
    words = argv[1:] if len(argv) > 1 else ["", "a", "kiln", "hello world"]
    for word in words:
        c = crc32(word)
        status = ""
        if word in EXPECTED:
            status = " ok" if EXPECTED[word] == c else " MISMATCH"
        print("crc32(%s) = %08x%s adler32 = %08x bits = %d" % (word, c, status, adler32(word),
                                                               bits_set(c)))
    print("%d primes below 200, last %d" % (len(PRIMES), PRIMES[-1]))
    print("row 11 of Pascal: " + " ".join([str(v) for v in PASCAL[11]]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
