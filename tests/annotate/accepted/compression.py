# Compression routines on bytes: run-length encoding and decoding, and a small LZ77 with a
# sliding window producing (offset, length, next) triples.


def rle_encode(data):
    out = []
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out.append(run)
        out.append(data[i])
        i += run
    return bytes(out)


def rle_decode(data):
    out = []
    for i in range(0, len(data), 2):
        for _ in range(data[i]):
            out.append(data[i + 1])
    return bytes(out)


def lz77(text, window):
    triples = []
    i = 0
    while i < len(text):
        best_len = 0
        best_off = 0
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(text) - 1 and text[j + k] == text[i + k]:
                k += 1
            if k > best_len:
                best_len = k
                best_off = i - j
        triples.append((best_off, best_len, text[i + best_len]))
        i += best_len + 1
    return triples


def unlz77(triples):
    out = []
    for off, length, nxt in triples:
        start = len(out) - off
        for k in range(length):
            out.append(out[start + k])
        out.append(nxt)
    return "".join(out)


def entry_point(argv):
    data = b"aaaabbbcccccccccd" + b"\x00" * 5
    enc = rle_encode(data)
    print(len(data), len(enc), list(enc[:6]))
    print(rle_decode(enc) == data)
    text = "abracadabra abracadabra"
    triples = lz77(text, 16)
    print(len(triples), triples[-1])
    print(unlz77(triples) == text)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
