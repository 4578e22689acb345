# Conway's game of life on a fixed grid of lists of bools: neighbour counting with wrap-around,
# generation stepping, and rendering rows as strings.


class Grid(object):
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = [[False] * width for _ in range(height)]

    def set(self, x, y):
        self.cells[y % self.height][x % self.width] = True

    def alive(self, x, y):
        return self.cells[y % self.height][x % self.width]

    def neighbours(self, x, y):
        n = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if (dx != 0 or dy != 0) and self.alive(x + dx, y + dy):
                    n += 1
        return n

    def step(self):
        nxt = Grid(self.width, self.height)
        for y in range(self.height):
            for x in range(self.width):
                n = self.neighbours(x, y)
                if n == 3 or (n == 2 and self.alive(x, y)):
                    nxt.set(x, y)
        return nxt

    def population(self):
        return sum([len([c for c in row if c]) for row in self.cells])

    def render(self):
        return "\n".join(["".join(["#" if c else "." for c in row]) for row in self.cells])


def entry_point(argv):
    g = Grid(8, 6)
    # a glider
    for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
        g.set(x, y)
    for gen in range(4):
        g = g.step()
    print(g.render())
    print("population: %d" % g.population())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
