# word frequencies with a dict over a text given on the command line plus a built-in text; top words by count.
# args: the cat and the hat and THE bat


TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope."""


def normalize(word):
    out = ""
    for c in word.lower():
        if c.isalpha():
            out += c
    return out


def count_words(words, counts):
    for w in words:
        w = normalize(w)
        if w:
            counts[w] = counts.get(w, 0) + 1


def top(counts, n):
    # Selection of the n best (count desc, then word asc) without sort keys.
    remaining = dict(counts)
    result = []
    while remaining and len(result) < n:
        best = ""
        best_count = -1
        for w, c in remaining.items():
            if c > best_count or (c == best_count and w < best):
                best = w
                best_count = c
        result.append((best, best_count))
        del remaining[best]
    return result


def entry_point(argv):
    counts = {}
    count_words(TEXT.split(), counts)
    print(len(counts), "distinct words")
    for w, c in top(counts, 8):
        print("%-12s %d" % (w, c))
    args = {}
    count_words(argv[1:], args)
    print(args)
    for w, c in top(args, 3):
        print(w, c)
    lengths = {}
    for w in counts:
        lengths[len(w)] = lengths.get(len(w), 0) + counts[w]
    for n in sorted(list(lengths.keys())):
        print(n, "#" * lengths[n])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
