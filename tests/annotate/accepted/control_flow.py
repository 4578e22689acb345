# Control flow corner cases interpreters rely on: for/else and while/else, break and
# continue in nested loops, chained comparisons, conditional expressions, early returns in
# loops, assert, and the walrus operator.


def find_prime_factor(n):
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return d
    else:
        return n
    return n


def first_repeat(items):
    seen = []
    i = 0
    while i < len(items):
        if items[i] in seen:
            break
        seen.append(items[i])
        i += 1
    else:
        return -1
    return items[i]


def classify(n):
    if 0 <= n < 10:
        return "digit"
    elif 10 <= n < 100:
        return "small"
    return "big" if n >= 100 else "negative"


def grid_search(rows, target):
    for r in range(len(rows)):
        for c in range(len(rows[r])):
            if rows[r][c] < 0:
                continue
            if rows[r][c] == target:
                return r * 10 + c
    return -1


def count_chunks(data):
    count = 0
    pos = 0
    while (nxt := data.find(",", pos)) >= 0:
        count += 1
        pos = nxt + 1
    return count


def checked_div(a, b):
    assert b != 0, "division by zero"
    return a // b


def entry_point(argv):
    print([find_prime_factor(n) for n in [2, 9, 15, 17, 49, 97]])
    print(first_repeat([3, 1, 4, 1, 5]), first_repeat([1, 2, 3]))
    print([classify(n) for n in [5, 50, 500, -5]])
    print(grid_search([[1, -2, 3], [-4, 5, 6]], 6), grid_search([[1]], 9))
    print(count_chunks("a,b,,c"), checked_div(17, 5))
    x = 0
    while True:
        x += 3
        if x % 7 == 0:
            break
    print("x = %d" % x)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
