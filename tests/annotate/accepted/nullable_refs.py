# Nullable references: optional attributes narrowed with `is None` tests on locals, optional
# return values, a free list of reusable objects, and `assert isinstance` as a narrowing hint.


class Buffer(object):
    def __init__(self, size):
        self.data = [0] * size
        self.next_free = None
        self.owner = None


class Pool(object):
    def __init__(self):
        self.free = None
        self.allocated = 0

    def get(self, size):
        buf = self.free
        if buf is not None and len(buf.data) >= size:
            self.free = buf.next_free
            buf.next_free = None
            return buf
        self.allocated += 1
        return Buffer(size)

    def put(self, buf):
        buf.next_free = self.free
        self.free = buf


def find(names, wanted):
    for n in names:
        if n.startswith(wanted):
            return n
    return None


class Shape(object):
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def make_shape(kind):
    if kind == "square":
        return Square(3)
    return Shape()


def entry_point(argv):
    pool = Pool()
    a = pool.get(8)
    a.owner = "parser"
    pool.put(a)
    b = pool.get(4)
    c = pool.get(16)
    print(a is b, b is c, pool.allocated)
    owner = b.owner
    if owner is not None:
        print("reused buffer of " + owner)
    name = find(["alpha", "beta", "gamma"], "be")
    if name is not None:
        print("found " + name)
    missing = find(["alpha"], "z")
    print(missing is None)
    s = make_shape("square")
    assert isinstance(s, Square)
    print(s.side, s.area(), make_shape("blob").area())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
