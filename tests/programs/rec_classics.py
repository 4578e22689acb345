# Recursion: classic recursive algorithms: Hanoi, Ackermann (small), merge sort, power set size, gcd, flood fill.


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a = merge_sort(xs[:mid])
    b = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def fill(grid, r, c, old, new):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]) or grid[r][c] != old:
        return 0
    grid[r][c] = new
    return 1 + fill(grid, r + 1, c, old, new) + fill(grid, r - 1, c, old, new) + \
        fill(grid, r, c + 1, old, new) + fill(grid, r, c - 1, old, new)


def entry_point(argv):
    moves = []
    hanoi(4, "A", "C", "B", moves)
    print(len(moves), " ".join(moves))
    big = []
    hanoi(10, "A", "C", "B", big)
    print(len(big), big[511])
    for m in range(3):
        print([ackermann(m, n) for n in range(5)])
    print(ackermann(3, 3))
    data = [(i * 7919) % 101 - 50 for i in range(40)]
    print(merge_sort(data))
    print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
    img = [list(r) for r in ["..##....", ".#..#...", ".#..#.##", "..##..#.", "......#."]]
    print("filled", fill(img, 0, 0, ".", "o"))
    for row in img:
        print("".join(row))
    print("filled inside", fill(img, 1, 2, ".", "x"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
