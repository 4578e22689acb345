# Indexing non-ASCII strs the way a lexer does (s[i], s[i+1], ...), backwards, alternating between
# two strs, and across collections that move and free strs: the runtime remembers the last
# position it found in a non-ASCII str, and every answer must still be CPython's.
from kiln.rgc import collect


def checksum(s, order):
    total = 0
    for i in order:
        total = (total * 31 + ord(s[i])) % 1000003
    return total


def run_end(s, i, digits):
    # the end of the run of digits (or letters) that starts at i
    n = len(s)
    while i < n and (s[i].isdigit() if digits else s[i].isalpha()):
        i += 1
    return i


def lex(s):
    # a tiny lexer: words, numbers and single characters, by index
    tokens = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == " ":
            i += 1
        elif c.isdigit() or c.isalpha():
            j = run_end(s, i, c.isdigit())
            tokens.append(s[i:j])
            i = j
        else:
            tokens.append(c)
            i += 1
    return tokens


def make_text(k):
    parts = []
    for i in range(k):
        parts.append("mot%d é=%d; 中文 😀 x%d" % (i, i * 7, i % 5))
    return " ".join(parts)


def first_walk(n):
    s = "ab€" * n
    return s[31] + s[32]


def second_walk(n):
    # after a collection this str may take the place of first_walk's (the first allocation in
    # an empty nursery): the same 100 bytes, another layout, so a position remembered from the
    # other str would be wrong here
    s = "€ab" * n
    return s[40] + s[41]


def entry_point(argv):
    collect()
    n = 19 + len(argv)  # 20, computed at run time
    print(first_walk(n))
    collect()
    print(second_walk(n))
    a = make_text(300)
    b = "Größe " * 100 + "end"
    n = len(a)
    print(len(a), len(b))
    print(checksum(a, range(n)))
    print(checksum(a, range(n - 1, -1, -1)))
    print(checksum(a, [i * 7919 % n for i in range(n)]))
    # two strs in turn: each read may find the other's position remembered
    total = 0
    for i in range(len(b)):
        total += ord(a[i]) + ord(b[i]) + ord(b[len(b) - 1 - i])
    print(total)
    tokens = lex(a)
    print(len(tokens), tokens[:12], tokens[-6:])
    # strs made, dropped and collected between reads: a new str may take a dead one's place
    for round in range(5):
        t = make_text(20 + round)
        walked = [t[i] for i in range(0, len(t), 3)]
        collect()
        u = make_text(20 + round) + "ü"
        print(round, "".join(walked[:20]), u[len(u) - 1], u[len(t) - 2:len(t) + 1], t[5:9])
    print(b[600:610], b[-3:], a[n // 2:n // 2 + 10])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
