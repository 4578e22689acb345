# Closures: memoization with a cache dict captured by a recursive closure, and call counting with nonlocal.


def make_fib():
    cache = {}
    calls = 0

    def fib(n):
        nonlocal calls
        calls += 1
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r

    def stats():
        return calls, len(cache)

    return fib, stats


def make_path_counter(rows, cols):
    memo = {}

    def paths(r, c):
        if r == rows - 1 or c == cols - 1:
            return 1
        key = (r, c)
        if key in memo:
            return memo[key]
        v = paths(r + 1, c) + paths(r, c + 1)
        memo[key] = v
        return v

    return paths


def entry_point(argv):
    fib, stats = make_fib()
    for n in [10, 20, 50, 90]:
        print("fib", n, fib(n), stats())
    fib2, stats2 = make_fib()
    print(fib2(5), stats2(), stats())
    for rows, cols in [(2, 2), (3, 3), (5, 5), (10, 10), (16, 16)]:
        print("grid paths", rows, cols, make_path_counter(rows, cols)(0, 0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
