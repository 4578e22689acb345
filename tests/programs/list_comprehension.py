# list comprehensions: filters, nested loops, nested comprehensions, conditional expressions, over strs/dicts/ranges.


def entry_point(argv):
    squares = [x * x for x in range(10)]
    evens = [x for x in squares if x % 2 == 0]
    print(squares, evens)
    pairs = [(i, j) for i in range(4) for j in range(i)]
    print(pairs)
    grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    print(grid)
    transposed = [[row[i] for row in grid] for i in range(3)]
    print(transposed)
    flat = [v for row in grid for v in row if v % 2 == 1]
    print(flat)
    signs = ["neg" if x < 0 else "zero" if x == 0 else "pos" for x in [-2, 0, 3]]
    print(signs)
    letters = [c.upper() for c in "kiln python" if c != " "]
    print(letters, "".join(letters))
    d = {"a": 1, "b": 2, "c": 3}
    print([k + "=" + str(v) for k, v in d.items()], [k for k in d if d[k] > 1])
    words = "the quick brown fox jumps over the lazy dog".split()
    lengths = [len(w) for w in words]
    print(lengths, [w for w in words if len(w) == max(lengths)])
    # Pythagorean triples.
    triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
    print(triples)
    # Comprehension variables do not leak; the outer name is unchanged.
    x = "outer"
    ys = [x for x in range(3)]
    print(x, ys)
    # Dict and nested comprehensions.
    index = {w: i for i, w in enumerate(words)}
    print(index)
    table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
    for row in table:
        print(" ".join(["%3d" % v for v in row]))
    primes = [n for n in range(2, 60) if all([n % p != 0 for p in range(2, n) if p * p <= n])]
    print(primes)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
