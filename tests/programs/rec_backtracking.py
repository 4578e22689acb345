# Recursion: backtracking searches: N-queens counts, permutations, subset sums and a small maze solver.


def queens(n, row, cols, d1, d2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if not cols[c] and not d1[row + c] and not d2[row - c + n - 1]:
            cols[c] = d1[row + c] = d2[row - c + n - 1] = True
            count += queens(n, row + 1, cols, d1, d2)
            cols[c] = d1[row + c] = d2[row - c + n - 1] = False
    return count


def permutations(items, k, out):
    if k == len(items):
        out.append("".join(items))
        return
    for i in range(k, len(items)):
        items[k], items[i] = items[i], items[k]
        permutations(items, k + 1, out)
        items[k], items[i] = items[i], items[k]


def subset_sums(nums, i, target, chosen, out):
    if target == 0:
        out.append(list(chosen))
        return
    if i == len(nums) or target < 0:
        return
    chosen.append(nums[i])
    subset_sums(nums, i + 1, target - nums[i], chosen, out)
    chosen.pop()
    subset_sums(nums, i + 1, target, chosen, out)


MAZE = ["#########",
        "#S..#...#",
        "#.#.#.#.#",
        "#.#...#.#",
        "#.#####.#",
        "#...#..E#",
        "#########"]


def solve(grid, r, c, path):
    if grid[r][c] == "E":
        path.append((r, c))
        return True
    if grid[r][c] == "#" or grid[r][c] == "v":
        return False
    grid[r][c] = "v"
    path.append((r, c))
    for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
        if solve(grid, r + dr, c + dc, path):
            return True
    path.pop()
    return False


def entry_point(argv):
    for n in range(1, 9):
        print("queens", n, queens(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n)))
    out = []
    permutations(list("abcd"), 0, out)
    print(len(out), out[:8], out[-1])
    sums = []
    subset_sums([3, 34, 4, 12, 5, 2, 9, 1], 0, 15, [], sums)
    print(len(sums), sums)
    grid = [list(row) for row in MAZE]
    path = []
    print("solved", solve(grid, 1, 1, path), "length", len(path))
    print(path)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
