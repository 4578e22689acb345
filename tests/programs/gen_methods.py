# Generators: generator methods on classes, recursive tree walks by re-yielding sub-generators, and next().


class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self, depth):
        yield (depth, self.value)
        for c in self.children:
            for item in c.walk(depth + 1):
                yield item

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            for v in c.leaves():
                yield v


def leaf(v):
    return Tree(v, [])


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, n):
        self.items[name] = self.items.get(name, 0) + n

    def low_stock(self, threshold):
        for name, n in self.items.items():
            if n < threshold:
                yield name


def entry_point(argv):
    t = Tree("root", [Tree("a", [leaf("a1"), leaf("a2")]), leaf("b"),
                      Tree("c", [Tree("c1", [leaf("c1x")]), leaf("c2")])])
    for depth, v in t.walk(0):
        print("  " * depth + v)
    print(list(t.leaves()))
    g = t.walk(0)
    print(next(g), next(g), next(g))
    inv = Inventory()
    for name, n in [("bolt", 50), ("nut", 3), ("gear", 1), ("nut", 2), ("spring", 12), ("cog", 4)]:
        inv.add(name, n)
    print(list(inv.low_stock(5)))
    print(list(inv.low_stock(100)))
    print(next(inv.low_stock(1), "none"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
