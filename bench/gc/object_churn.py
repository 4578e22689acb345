# GC benchmark: churn in a large long-lived list of small objects. A table of N Items (ints, a
# short str, a two-int list, and a link to another Item) survives the whole run; each round
# replaces about an eighth of it, at indices a deterministic LCG picks, with new Items linked to
# random survivors (old objects pointing to new ones and back), and makes short-lived tuples and
# lists on the way. A generational collector sees many old-to-young stores and a steady stream
# of promotions; a non-moving one sees a fragmented, slowly changing heap.
# Usage: object_churn.py [N]; runs 120 rounds over N items and prints checksums.

MASK = 0x7FFFFFFF


class Rng(object):
    """A 31-bit linear congruential generator (the same numbers on CPython and translated)."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & MASK
        return (self.state >> 8) % bound


class Item(object):
    def __init__(self, key, name, link):
        self.key = key
        self.weight = key % 97
        self.name = name
        self.pair = [key & 0xFF, key >> 8]
        self.link = link


def make_item(rng, key, items):
    link = None
    if len(items) > 0:
        link = items[rng.next(len(items))]
    return Item(key, "i%d" % (key % 1000), link)


def churn_round(rng, items, round_no):
    """Replaces len(items) / 8 items; returns a checksum of the temporaries made on the way."""
    n = len(items)
    temp = 0
    for j in range(n // 8):
        index = rng.next(n)
        old = items[index]
        fresh = make_item(rng, (round_no * 1000003 + j) & MASK, items)
        spot = (old.key & 0xFFFF, fresh.weight, old.name)
        temp = (temp + spot[0] + spot[1] + len(spot[2])) & MASK
        if old.link is not None and j % 3 == 0:
            fresh.link = old.link
        items[index] = fresh
        if j % 5 == 0:
            # An old item now points to a young one (a write barrier's case).
            items[rng.next(n)].link = fresh
    window = [it.weight for it in items[round_no % 64:round_no % 64 + 2000]]
    return (temp + sum(window)) & MASK


def table_checksum(items):
    total = 0
    for it in items:
        total = (total * 31 + it.key + it.weight + it.pair[0] + it.pair[1] + len(it.name)) & MASK
        link = it.link
        if link is not None:
            total = (total + link.weight) & MASK
    return total


def run(n, rounds):
    rng = Rng(42)
    items = []
    for i in range(n):
        items.append(make_item(rng, i, items))
    temps = 0
    for r in range(rounds):
        temps = (temps + churn_round(rng, items, r)) & MASK
        if r % 40 == 39:
            print("round %d: table %d temps %d" % (r + 1, table_checksum(items), temps))
    return table_checksum(items)


def entry_point(argv):
    n = 200000
    if len(argv) > 1:
        n = int(argv[1])
    print("final %d" % run(n, 120))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
