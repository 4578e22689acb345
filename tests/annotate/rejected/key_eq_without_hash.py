# A class that defines __eq__ but not __hash__ has no hash in Python 3 (__hash__ = None), so its
# instances cannot be dict keys.


class Coord(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


def count_visits(path):
    visits = {}
    for c in path:
        visits[c] = visits.get(c, 0) + 1  # error: unhashable type: 'key_eq_without_hash.Coord'
    return len(visits)


def entry_point(argv):
    return count_visits([Coord(0, 0), Coord(0, 1), Coord(0, 0)])


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
