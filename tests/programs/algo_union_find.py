# union-find with path compression and union by rank: connected components, Kruskal's minimum spanning tree, cycle detection.


class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            nxt = self.parent[x]
            self.parent[x] = root
            x = nxt
        return root

    def union(self, a, b):
        ra = self.find(a)
        rb = self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True


def kruskal(n, edges):
    # edges as "weight:a:b" strs sorted by zero-padded weight.
    keyed = ["%06d:%d:%d" % (w, a, b) for w, a, b in edges]
    keyed.sort()
    ds = DisjointSet(n)
    total = 0
    chosen = []
    for k in keyed:
        parts = k.split(":")
        w, a, b = int(parts[0]), int(parts[1]), int(parts[2])
        if ds.union(a, b):
            total += w
            chosen.append((a, b, w))
    return total, chosen


def entry_point(argv):
    ds = DisjointSet(10)
    for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (9, 7)]:
        print("union", a, b, ds.union(a, b), "components", ds.count)
    groups = {}
    for i in range(10):
        groups.setdefault(ds.find(i), []).append(i)
    print(sorted([str(g) for g in groups.values()]))
    edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4), (15, 3, 4), (6, 3, 5),
             (8, 4, 5), (9, 4, 6), (11, 5, 6)]
    total, chosen = kruskal(7, edges)
    print("mst weight", total)
    for a, b, w in chosen:
        print("  %d-%d (%d)" % (a, b, w))
    seed = 99
    big = DisjointSet(2000)
    merges = 0
    for _ in range(3000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        a = seed % 2000
        seed = (seed * 1103515245 + 12345) % 2147483648
        b = seed % 2000
        if big.union(a, b):
            merges += 1
    print("random graph:", merges, "merges,", big.count, "components")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
