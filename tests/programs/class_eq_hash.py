# Classes: __eq__/__ne__/__hash__, instances as dict keys looked up by value, identity-keyed dicts.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 1000003 + self.y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Token:
    def __init__(self, text):
        self.text = text


def entry_point(argv):
    a = Point(1, 2)
    b = Point(1, 2)
    c = Point(2, 1)
    print(a == b, a != b, a == c, a != c, a is b)
    print(hash(a) == hash(b), hash(a) == hash(c))
    grid = {}
    for x in range(4):
        for y in range(3):
            grid[Point(x, y)] = x * 10 + y
    print(len(grid))
    print(grid[Point(2, 1)], grid[Point(3, 2)])
    print(Point(0, 0) in grid, Point(9, 9) in grid)
    grid[Point(2, 1)] = -1
    print(len(grid), grid[Point(2, 1)])
    del grid[Point(0, 0)]
    print(len(grid), Point(0, 0) in grid, grid.get(Point(0, 0), 99))
    for p, v in grid.items():
        if v % 10 == 2:
            print(repr(p), v)
    t1 = Token("a")
    t2 = Token("a")
    seen = {}
    seen[t1] = 1
    seen[t2] = 2
    seen[t1] = 3
    print(len(seen), seen[t1], seen[t2], t1 == t2, t1 == t1, t1 != t2)
    pts = [Point(1, 1), Point(2, 2), Point(1, 1)]
    print(pts.count(Point(1, 1)), pts.index(Point(2, 2)), Point(2, 2) in pts)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
