# Mixed: text statistics: a file written then streamed through generators, word/line counters, and a histogram.
import os

TEXT = """kiln translates interpreters written in a subset of python
into native executables with a garbage collector
an interpreter is written once at a high level
and every aspect is woven in by the toolchain

the toolchain runs the program on cpython first
then translates the functions reachable from the entry point
"""


def read_lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")


def words_of(lines):
    for line in lines:
        for w in line.split():
            yield w


class Histogram:
    def __init__(self):
        self.buckets = {}

    def add(self, n):
        self.buckets[n] = self.buckets.get(n, 0) + 1

    def render(self):
        out = []
        keys = sorted(list(self.buckets.keys()))
        for k in keys:
            out.append("%2d | %s %d" % (k, "#" * self.buckets[k], self.buckets[k]))
        return out


def entry_point(argv):
    path = "text_stats.txt"
    with open(path, "w") as f:
        f.write(TEXT)
    nlines = 0
    blank = 0
    longest = ""
    for line in read_lines(path):
        nlines += 1
        if not line:
            blank += 1
        if len(line) > len(longest):
            longest = line
    print("lines", nlines, "blank", blank)
    print("longest:", longest)
    h = Histogram()
    freq = {}
    nwords = 0
    for w in words_of(read_lines(path)):
        nwords += 1
        h.add(len(w))
        freq[w] = freq.get(w, 0) + 1
    print("words", nwords, "distinct", len(freq))
    for line in h.render():
        print(line)
    common = [w for w, n in freq.items() if n > 1]
    print("repeated:", sorted(common))
    print("chars", sum(len(l) for l in read_lines(path)))
    os.unlink(path)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
