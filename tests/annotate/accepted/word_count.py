# Dictionaries: word frequencies with get(), grouping with setdefault(), iteration over
# items() in insertion order, pop(), membership tests, copying and updating, deletion.

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog"""


def frequencies(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups


def top(counts, n):
    pairs = [(-c, w) for w, c in counts.items()]
    pairs.sort()
    return [w for _, w in pairs[:n]]


def entry_point(argv):
    words = TEXT.split()
    counts = frequencies(words)
    print("distinct: %d, total: %d" % (len(counts), len(words)))
    print("top: " + ", ".join(top(counts, 3)))
    groups = group_by_length(words)
    for length in sorted([k for k in groups.keys()]):
        print("%d: %s" % (length, " ".join(groups[length])))
    merged = counts.copy()
    merged.update({"cat": 2, "dog": 0})
    removed = merged.pop("a", -1)
    del merged["runs"]
    print(removed, "runs" in merged, merged["dog"], merged["cat"])
    total = 0
    for v in merged.values():
        total += v
    print("sum of counts: %d" % total)
    counts.clear()
    print(len(counts))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
