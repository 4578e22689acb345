# I/O: 'with open(...)' for writing and reading, iterating over a file's lines, and a word-frequency count.
import os

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""


def entry_point(argv):
    path = "tale.txt"
    with open(path, "w") as f:
        f.write(TEXT)
        f.write("\n")
    counts = {}
    nlines = 0
    with open(path) as f:
        for line in f:
            nlines += 1
            for w in line.split():
                w = w.strip(",.").lower()
                counts[w] = counts.get(w, 0) + 1
    print("lines:", nlines)
    top = []
    for w, n in counts.items():
        if n >= 4:
            top.append("%s=%d" % (w, n))
    print(top)
    print("distinct:", len(counts))
    with open(path, "r") as f:
        for i, line in enumerate(f):
            print(i, len(line), line.rstrip()[:20])
    try:
        with open(path) as f:
            first = f.readline()
            raise ValueError("stop after " + first.split()[0])
    except ValueError as e:
        print("left with-block by exception:", e)
    os.unlink(path)
    print(os.path.exists(path))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
