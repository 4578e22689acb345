# The write barrier's cases: a long-lived (old) list of objects whose items and fields are
# replaced with new (young) objects between collections; a module-level prebuilt object whose
# field gets new objects; a big list (card marking) written at scattered indexes; list
# operations that move pointers inside an old list (insert, reverse, slicing assignment), and list
# searches whose __eq__ allocates, so that collections happen while the runtime searches.


class Cell(object):
    def __init__(self, value, link):
        self.value = value
        self.link = link

    def __eq__(self, other):
        # Allocates, so that collections happen while the runtime searches a list.
        garbage(20)
        return self.value == other.value


class Registry(object):
    def __init__(self):
        self.latest = None
        self.count = 0


REGISTRY = Registry()


def garbage(n):
    head = None
    for i in range(n):
        head = Cell(i, head)
    return head.value


def checksum(cells):
    total = 0
    for c in cells:
        total = (total * 31 + c.value) % 1000000007
        if c.link is not None:
            total = (total + c.link.value) % 1000000007
    return total


def entry_point(argv):
    big = [Cell(i, None) for i in range(20000)]
    seed = 12345
    for r in range(40):
        for k in range(300):
            seed = (seed * 1103515245 + 12345) % 2147483648
            i = seed % len(big)
            big[i] = Cell(r * 1000 + k, big[(i + 1) % len(big)])
            big[(i + 7) % len(big)].link = Cell(-k, None)
        REGISTRY.latest = Cell(r, REGISTRY.latest)
        REGISTRY.count += 1
        garbage(500)
    print("big", checksum(big))
    chain = 0
    c = REGISTRY.latest
    while c is not None:
        chain += c.value
        c = c.link
    print("registry", REGISTRY.count, chain)
    small = [Cell(i, None) for i in range(100)]
    for r in range(50):
        small.insert(r % 7, Cell(1000 + r, None))
        small.reverse()
        garbage(300)
    found = small.index(Cell(1049, None)) + small.count(Cell(5, None))
    small[10:20] = [Cell(-i, None) for i in range(5)]
    garbage(1000)
    print("small", len(small), checksum(small), found)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
