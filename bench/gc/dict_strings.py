# GC benchmark: dict-heavy string processing. Each round builds a text of generated words
# (concatenation, str(int), slicing), splits it, counts the words in a dict, groups them by
# prefix in a dict of str -> list of str, sorts the keys and joins a summary. Nearly everything
# is a short-lived str, list or dict (strs are pointer-free, dict and list storage is not), with
# a long-lived dict of totals that grows across rounds.
# Usage: dict_strings.py [WORDS]; runs 20 rounds over WORDS words each and prints checksums.

MASK = 0x7FFFFFFF
SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "xe", "yo", "ze", "qua", "ith"]


class Rng(object):
    """A 31-bit linear congruential generator (the same numbers on CPython and translated)."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & MASK
        return (self.state >> 8) % bound


def make_word(rng):
    word = SYLLABLES[rng.next(len(SYLLABLES))]
    for i in range(rng.next(3)):
        word = word + SYLLABLES[rng.next(len(SYLLABLES))]
    if rng.next(4) == 0:
        word = word + str(rng.next(50))
    return word


def make_text(rng, n_words):
    lines = []
    line = []
    for i in range(n_words):
        line.append(make_word(rng))
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split(" "):
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_prefix(counts):
    groups = {}
    for word in counts:
        key = word[:3] + "/" + word[-2:]
        if key not in groups:
            groups[key] = []
        groups[key].append(word.upper() + ":" + str(counts[word]))
    return groups


def summarize(groups, totals):
    keys = sorted(groups.keys())
    parts = []
    checksum = 0
    for key in keys:
        members = groups[key]
        members.sort()
        entry = key + "=" + ",".join(members[:3])
        parts.append(entry[:24])
        totals[key] = totals.get(key, 0) + len(members)
        checksum = (checksum * 33 + len(entry) + len(members)) & MASK
    summary = ";".join(parts)
    return (checksum + len(summary) + summary.count("A")) & MASK


def run(n_words, rounds):
    rng = Rng(7)
    totals = {}
    checksum = 0
    for r in range(rounds):
        text = make_text(rng, n_words)
        counts = count_words(text)
        groups = group_by_prefix(counts)
        checksum = (checksum + summarize(groups, totals)) & MASK
        if r % 5 == 4:
            print("round %d: %d words, %d distinct, %d groups, checksum %d" %
                  (r + 1, len(text.split()), len(counts), len(groups), checksum))
    grand = 0
    for key in sorted(totals.keys()):
        grand = (grand * 7 + totals[key] + len(key)) & MASK
    return grand


def entry_point(argv):
    n_words = 300000
    if len(argv) > 1:
        n_words = int(argv[1])
    print("totals %d" % run(n_words, 20))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
