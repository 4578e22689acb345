# Generators: generator expressions passed to sum/any/all/list/max, and list/dict comprehensions with conditions.


def entry_point(argv):
    nums = [3, 8, -2, 7, 0, 12, -5, 4]
    print(sum(x for x in nums))
    print(sum(x * x for x in nums if x > 0))
    print(any(x < 0 for x in nums), all(x < 100 for x in nums), any(x > 100 for x in nums))
    print(list(x // 2 for x in nums if x % 2 == 0))
    print(max([abs(x) for x in nums]), min([x for x in nums if x > 0]))
    words = "apple banana cherry date elderberry fig".split()
    print([w.upper() for w in words if len(w) > 4])
    lengths = {w: len(w) for w in words}
    print(lengths)
    print(sum(1 for w in words if "e" in w))
    pairs = [(i, j) for i in range(4) for j in range(i) if (i + j) % 2 == 1]
    print(pairs)
    matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
    print(matrix)
    print([row[i] for i, row in enumerate(matrix)])
    transposed = [[matrix[r][c] for r in range(3)] for c in range(3)]
    print(transposed)
    print(sum(sum(row) for row in matrix))
    gen = (c for c in "hello world" if c != "o")
    print("".join(list(gen)))
    squares = {i: i * i for i in range(6) if i != 3}
    print(squares, len(squares))
    print(all(v >= 0 for v in squares.values()), sorted([k for k in squares.keys()], reverse=True))
    flat = [x for row in matrix for x in row if x % 2 == 0]
    print(flat)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
