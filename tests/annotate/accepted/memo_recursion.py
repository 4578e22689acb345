# Recursion with memo tables keyed by ints and by tuples: Ackermann (bounded), edit distance,
# binomial coefficients, and counting partitions.


def ackermann(m, n, memo):
    key = (m, n)
    if key in memo:
        return memo[key]
    if m == 0:
        r = n + 1
    elif n == 0:
        r = ackermann(m - 1, 1, memo)
    else:
        r = ackermann(m - 1, ackermann(m, n - 1, memo), memo)
    memo[key] = r
    return r


def edit_distance(a, b):
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
    return rows[len(a)][len(b)]


class Binomial(object):
    def __init__(self):
        self.cache = {}

    def choose(self, n, k):
        if k == 0 or k == n:
            return 1
        key = n * 1000 + k
        v = self.cache.get(key, -1)
        if v < 0:
            v = self.choose(n - 1, k - 1) + self.choose(n - 1, k)
            self.cache[key] = v
        return v


def partitions(n, largest, memo):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key not in memo:
        memo[key] = partitions(n - largest, largest, memo) + partitions(n, largest - 1, memo)
    return memo[key]


def entry_point(argv):
    memo = {}
    print(ackermann(2, 3, memo), ackermann(3, 3, memo), len(memo))
    print(edit_distance("kitten", "sitting"), edit_distance("rpython", "kiln python"))
    b = Binomial()
    print(b.choose(10, 3), b.choose(40, 20))
    print(partitions(50, 50, {}))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
