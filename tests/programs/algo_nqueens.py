# backtracking: N-queens counts and the first solution drawn, permutations and subsets generation, a sudoku solver.
# args: 8


def queens(n, row, cols, diag1, diag2, placement, solutions):
    if row == n:
        if not solutions:
            solutions.append(placement[:])
        return 1
    count = 0
    for c in range(n):
        if not cols[c] and not diag1[row + c] and not diag2[row - c + n - 1]:
            cols[c] = diag1[row + c] = diag2[row - c + n - 1] = True
            placement.append(c)
            count += queens(n, row + 1, cols, diag1, diag2, placement, solutions)
            placement.pop()
            cols[c] = diag1[row + c] = diag2[row - c + n - 1] = False
    return count


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def subsets_with_sum(nums, target):
    result = []
    for mask in range(1 << len(nums)):
        s = 0
        chosen = []
        for i in range(len(nums)):
            if mask & (1 << i):
                s += nums[i]
                chosen.append(nums[i])
        if s == target:
            result.append(chosen)
    return result


def solve_sudoku(board):
    for i in range(81):
        if board[i] == 0:
            r, c = i // 9, i % 9
            for v in range(1, 10):
                ok = True
                for k in range(9):
                    if board[r * 9 + k] == v or board[k * 9 + c] == v:
                        ok = False
                        break
                    br = (r // 3) * 3 + k // 3
                    bc = (c // 3) * 3 + k % 3
                    if board[br * 9 + bc] == v:
                        ok = False
                        break
                if ok:
                    board[i] = v
                    if solve_sudoku(board):
                        return True
                    board[i] = 0
            return False
    return True


def entry_point(argv):
    limit = int(argv[1])
    for n in range(1, limit + 1):
        sols = []
        count = queens(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n), [], sols)
        print(n, count, sols[0] if sols else [])
    n = limit
    sols = []
    queens(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n), [], sols)
    for c in sols[0]:
        print("".join(["Q" if i == c else "." for i in range(n)]))
    perms = permutations([1, 2, 3, 4])
    print(len(perms), perms[:5], perms[-1])
    print(["".join(["abc"[i] for i in p]) for p in permutations([0, 1, 2])])
    print(subsets_with_sum([3, 34, 4, 12, 5, 2], 9))
    puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079"
    board = [int(ch) for ch in puzzle]
    print(solve_sudoku(board))
    for r in range(9):
        print("".join([str(v) for v in board[r * 9:r * 9 + 9]]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
