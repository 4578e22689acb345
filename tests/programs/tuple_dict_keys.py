# tuples as dict keys: grid coordinates, memo tables keyed by argument tuples, (str, int) keys, lookups and deletion.


def lattice_paths(r, c, memo):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = lattice_paths(r - 1, c, memo) + lattice_paths(r, c - 1, memo)
    memo[key] = v
    return v


def entry_point(argv):
    grid = {}
    for x in range(4):
        for y in range(3):
            grid[(x, y)] = x * 10 + y
    print(len(grid), grid[(2, 1)], (3, 2) in grid, (4, 0) in grid, grid.get((9, 9), -1))
    del grid[(0, 0)]
    grid[(0, 0)] = 99
    print(list(grid.keys())[:4], list(grid.keys())[-1], grid[(0, 0)])
    memo = {}
    print(lattice_paths(10, 10, memo), lattice_paths(16, 16, memo), len(memo))
    inventory = {}
    for name, size, count in [("shirt", 1, 3), ("shirt", 2, 5), ("hat", 1, 2), ("shirt", 1, 4)]:
        key = (name, size)
        inventory[key] = inventory.get(key, 0) + count
    for k, v in inventory.items():
        print(k, v)
    print(inventory)
    # Sparse matrix multiplication with (row, col) keys.
    a = {(0, 0): 2, (0, 2): 1, (1, 1): 3}
    b = {(0, 1): 4, (2, 1): 5, (1, 0): 6}
    prod = {}
    for (i, k), av in a.items():
        for (k2, j), bv in b.items():
            if k == k2:
                prod[(i, j)] = prod.get((i, j), 0) + av * bv
    print(prod)
    # Nested tuple keys and float components.
    seen = {}
    seen[((1, 2), 3)] = "a"
    seen[((1, 2), 4)] = "b"
    print(seen[((1, 2), 3)], ((1, 2), 4) in seen, ((2, 1), 3) in seen)
    fk = {(0.5, 1.5): "half", (1.0, 2.0): "whole"}
    print(fk[(0.5, 1.5)], fk.get((1.0, 2.0)), fk.get((1.0, 2.5)))
    try:
        print(grid[(7, 7)])
    except KeyError as e:
        print("KeyError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
