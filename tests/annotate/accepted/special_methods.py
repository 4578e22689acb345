# Special methods on value classes: __eq__/__hash__ for use as dict keys, __len__ and
# __getitem__ for a sequence wrapper, __str__ for printing, __add__ for a vector, __lt__ for
# ordering.


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 31 + self.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __lt__(self, other):
        if self.x != other.x:
            return self.x < other.x
        return self.y < other.y

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)


class Code(object):
    def __init__(self, ops):
        self.ops = ops

    def __len__(self):
        return len(self.ops)

    def __getitem__(self, index):
        return self.ops[index]

    def __contains__(self, op):
        return op in self.ops


def entry_point(argv):
    a = Point(1, 2)
    b = Point(3, 4)
    c = a + b
    print(str(c))
    print(c == Point(4, 6), a == b)
    print(a < b, b < a)
    seen = {}
    for p in [a, b, c, Point(1, 2)]:
        seen[p] = seen.get(p, 0) + 1
    print(len(seen), seen[Point(1, 2)])
    code = Code(["load", "add", "store"])
    out = []
    for i in range(len(code)):
        out.append(code[i])
    print(", ".join(out), "add" in code, "mul" in code)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
