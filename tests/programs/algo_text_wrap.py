# text processing: greedy word wrap, full justification, centering, and a minimum-raggedness wrap by dynamic programming.
# args: 32


TEXT = ("Kiln translates programs written in a statically typable subset of Python into native "
        "executables. Every kiln Python program is also a valid Python program, and its translated "
        "binary must print exactly what CPython prints. Supercalifragilisticexpialidocious words stay whole.")


def greedy(words, width):
    lines = []
    cur = []
    length = 0
    for w in words:
        if cur and length + 1 + len(w) > width:
            lines.append(cur)
            cur = []
            length = 0
        length += len(w) + (1 if cur else 0)
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    if len(line) == 1:
        return line[0]
    gaps = len(line) - 1
    spaces = width - sum([len(w) for w in line])
    out = ""
    for i in range(gaps):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += line[i] + " " * n
    return out + line[-1]


def min_raggedness(words, width):
    n = len(words)
    INF = 1 << 60
    best = [INF] * (n + 1)
    brk = [0] * (n + 1)
    best[n] = 0
    for i in range(n - 1, -1, -1):
        length = -1
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width and j > i:
                break
            cost = 0 if j == n - 1 else (width - length) * (width - length)
            if cost + best[j + 1] < best[i]:
                best[i] = cost + best[j + 1]
                brk[i] = j + 1
    lines = []
    i = 0
    while i < n:
        lines.append(words[i:brk[i]])
        i = brk[i]
    return lines, best[0]


def entry_point(argv):
    width = int(argv[1])
    words = TEXT.split()
    print("+" + "-" * width + "+")
    for line in greedy(words, width):
        s = " ".join(line)
        print("|" + s + " " * (width - len(s)) + "|")
    print("+" + "-" * width + "+")
    lines = greedy(words, width)
    for i, line in enumerate(lines):
        s = justify(line, width) if i < len(lines) - 1 else " ".join(line)
        print("|%-*s|" % (width, s))
    print()
    for line in greedy(words, width):
        s = " ".join(line)
        left = (width - len(s)) // 2
        print("[" + " " * left + s + " " * (width - len(s) - left) + "]")
    print()
    lines, cost = min_raggedness(words, width)
    print("raggedness cost", cost)
    for line in lines:
        print("|%-*s|" % (width, " ".join(line)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
