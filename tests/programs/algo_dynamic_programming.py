# dynamic programming: longest common subsequence (with reconstruction), edit distance, 0/1 knapsack, coin change, LIS.


def lcs(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = 1 + t[i + 1][j + 1]
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[capacity]


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [amount + 1] * amount
    for coin in coins:
        for x in range(coin, amount + 1):
            ways[x] += ways[x - coin]
    for x in range(1, amount + 1):
        for coin in coins:
            if coin <= x and fewest[x - coin] + 1 < fewest[x]:
                fewest[x] = fewest[x - coin] + 1
    return ways[amount], (fewest[amount] if fewest[amount] <= amount else -1)


def lis(seq):
    tails = []
    for x in seq:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)


def entry_point(argv):
    for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("translation", "transliteration"),
                 ("intention", "execution"), ("same", "same")]:
        print(a, b, repr(lcs(a, b)), edit_distance(a, b))
    items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)]
    for cap in [0, 1, 5, 15, 20]:
        print("knapsack", cap, knapsack(items, cap))
    for coins, amount in [([1, 2, 5], 11), ([2], 3), ([1, 5, 10, 25], 100), ([3, 7], 20)]:
        print("coins", coins, amount, coin_change(coins, amount))
    print("lis", lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis([5, 4, 3]), lis(list(range(50))))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
