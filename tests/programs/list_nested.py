# nested lists: 2-D grids, jagged rows, updates through aliases, the [[0] * n] * m aliasing trap, deep equality.


def make_grid(rows, cols, fill):
    return [[fill] * cols for _ in range(rows)]


def show(grid):
    for row in grid:
        print(" ".join([str(v) for v in row]))


def entry_point(argv):
    g = make_grid(3, 4, 0)
    g[1][2] = 5
    g[0][0] = 1
    g[2][-1] = 9
    show(g)
    alias = [[0] * 3] * 3
    alias[0][0] = 7
    print(alias)
    row = g[1]
    row.append(42)
    print(g[1], len(g[1]), len(g[0]))
    jagged = [[i] * i for i in range(5)]
    print(jagged, [len(r) for r in jagged])
    print(sum([sum(r) for r in jagged]))
    # Deep equality of nested lists.
    a = [[1, 2], [3]]
    b = [[1, 2], [3]]
    c = [[1, 2], [4]]
    print(a == b, a != c, a == c, [[1]] == [[1, 0]], [[]] == [[]])
    # Three levels.
    cube = [[[x + y * 2 + z * 4 for x in range(2)] for y in range(2)] for z in range(2)]
    print(cube, cube[1][0][1])
    # Pascal's triangle.
    tri = [[1]]
    for n in range(1, 10):
        prev = tri[-1]
        tri.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
    for r in tri:
        print(r)
    # Flood fill on a grid of strs.
    maze = [list("#########"), list("#...#...#"), list("#.#.#.#.#"), list("#.#...#.#"), list("#########")]
    stack = [(1, 1)]
    while stack:
        r, cc = stack.pop()
        if maze[r][cc] != ".":
            continue
        maze[r][cc] = "o"
        stack.extend([(r + 1, cc), (r - 1, cc), (r, cc + 1), (r, cc - 1)])
    for line in maze:
        print("".join(line))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
