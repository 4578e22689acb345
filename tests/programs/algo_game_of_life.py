# Conway's game of life on a wrapping grid of strs: a glider and a blinker evolving for several generations.
# args: 12


def parse(rows):
    return [[ch == "#" for ch in row] for row in rows]


def step(grid):
    h = len(grid)
    w = len(grid[0])
    out = []
    for r in range(h):
        row = []
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if (dr != 0 or dc != 0) and grid[(r + dr) % h][(c + dc) % w]:
                        n += 1
            row.append(n == 3 or (grid[r][c] and n == 2))
        out.append(row)
    return out


def show(grid):
    for row in grid:
        print("".join(["#" if cell else "." for cell in row]))


def population(grid):
    return sum([sum([1 for cell in row if cell]) for row in grid])


def entry_point(argv):
    gens = int(argv[1])
    grid = parse([
        ".#........",
        "..#.......",
        "###.......",
        "..........",
        "......###.",
        "..........",
        "..........",
        "..........",
    ])
    for g in range(gens + 1):
        if g % 4 == 0:
            print("generation", g, "population", population(grid))
            show(grid)
        grid = step(grid)
    history = []
    for _ in range(10):
        key = "".join(["".join(["1" if c else "0" for c in row]) for row in grid])
        if key in history:
            print("cycle of length", len(history) - history.index(key))
            break
        history.append(key)
        grid = step(grid)
    else:
        print("no cycle within 10 steps")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
