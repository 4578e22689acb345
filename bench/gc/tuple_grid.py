# GC benchmark: tuples and lists. A population of particles is a list of (x, y, vx, vy)
# tuples; each step makes a new list of new tuples (the old ones die at once), buckets the
# particles in a dict keyed by (cell x, cell y) tuples whose values are lists of indices, and
# counts close pairs per bucket through temporary lists of tuples. Many small immutable objects
# with short, uniform lifetimes, and dict and list storage rebuilt every step.
# Usage: tuple_grid.py [PARTICLES]; runs 100 steps and prints checksums.

MASK = 0x7FFFFFFF
SIZE = 1 << 16
CELL = 1 << 9


class Rng(object):
    """A 31-bit linear congruential generator (the same numbers on CPython and translated)."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & MASK
        return (self.state >> 8) % bound


def move(p):
    x, y, vx, vy = p
    x += vx
    y += vy
    if x < 0 or x >= SIZE:
        vx = -vx
        x += 2 * vx
    if y < 0 or y >= SIZE:
        vy = -vy
        y += 2 * vy
    return (x, y, vx, vy)


def bucket(particles):
    grid = {}
    for i, p in enumerate(particles):
        cell = (p[0] // CELL, p[1] // CELL)
        if cell in grid:
            grid[cell].append(i)
        else:
            grid[cell] = [i]
    return grid


def close_pairs(particles, members):
    points = [(particles[i][0], particles[i][1]) for i in members]
    count = 0
    for a in range(len(points)):
        ax, ay = points[a]
        for b in range(a + 1, len(points)):
            bx, by = points[b]
            if abs(ax - bx) + abs(ay - by) < CELL // 4:
                count += 1
    return count


def step(particles):
    moved = [move(p) for p in particles]
    grid = bucket(moved)
    pairs = 0
    sizes = []
    for cell in grid:
        members = grid[cell]
        sizes.append(len(members))
        pairs += close_pairs(moved, members)
    sizes.sort(reverse=True)
    return moved, pairs, len(grid), sizes[0]


def run(n, steps):
    rng = Rng(11)
    particles = []
    for i in range(n):
        particles.append((rng.next(SIZE), rng.next(SIZE), rng.next(201) - 100, rng.next(201) - 100))
    checksum = 0
    for s in range(steps):
        particles, pairs, cells, fullest = step(particles)
        checksum = (checksum * 31 + pairs + cells + fullest) & MASK
        if s % 25 == 24:
            print("step %d: %d pairs, %d cells, fullest %d, checksum %d" %
                  (s + 1, pairs, cells, fullest, checksum))
    total = 0
    for p in particles:
        total = (total + p[0] * 3 + p[1] * 5 + p[2] + p[3]) & MASK
    return total


def entry_point(argv):
    n = 100000
    if len(argv) > 1:
        n = int(argv[1])
    print("positions %d" % run(n, 100))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
