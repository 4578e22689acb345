# Recursion: memoized recursive dynamic programming with tuple-keyed dicts (edit distance, LCS, coin change, partitions).


def edit_distance(a, b, i, j, memo):
    key = (i, j)
    if key in memo:
        return memo[key]
    if i == len(a):
        r = len(b) - j
    elif j == len(b):
        r = len(a) - i
    elif a[i] == b[j]:
        r = edit_distance(a, b, i + 1, j + 1, memo)
    else:
        r = 1 + min(edit_distance(a, b, i + 1, j, memo),
                    edit_distance(a, b, i, j + 1, memo),
                    edit_distance(a, b, i + 1, j + 1, memo))
    memo[key] = r
    return r


def lcs(a, b, i, j, memo):
    key = (i, j)
    if key in memo:
        return memo[key]
    if i == len(a) or j == len(b):
        r = ""
    elif a[i] == b[j]:
        r = a[i] + lcs(a, b, i + 1, j + 1, memo)
    else:
        x = lcs(a, b, i + 1, j, memo)
        y = lcs(a, b, i, j + 1, memo)
        r = x if len(x) >= len(y) else y
    memo[key] = r
    return r


def coin_ways(coins, k, amount, memo):
    if amount == 0:
        return 1
    if amount < 0 or k == len(coins):
        return 0
    key = (k, amount)
    if key in memo:
        return memo[key]
    r = coin_ways(coins, k, amount - coins[k], memo) + coin_ways(coins, k + 1, amount, memo)
    memo[key] = r
    return r


def partitions(n, maxpart, memo):
    if n == 0:
        return 1
    if maxpart == 0:
        return 0
    key = (n, maxpart)
    if key in memo:
        return memo[key]
    r = partitions(n, maxpart - 1, memo)
    if maxpart <= n:
        r += partitions(n - maxpart, maxpart, memo)
    memo[key] = r
    return r


def entry_point(argv):
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
        print(a, b, edit_distance(a, b, 0, 0, {}), repr(lcs(a, b, 0, 0, {})))
    print(coin_ways([1, 2, 5], 0, 11, {}), coin_ways([2, 5, 3, 6], 0, 10, {}), coin_ways([1, 5, 10, 25, 50], 0, 300, {}))
    print([partitions(n, n, {}) for n in range(15)])
    print(partitions(100, 100, {}))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
