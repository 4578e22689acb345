# Load time: kiln.unroll.unrolling_iterable over heterogeneous (name, function, class) constants, unrolled at run time.
from kiln.unroll import unrolling_iterable


class Shape:
    def __init__(self, size):
        self.size = size


class Square(Shape):
    pass


class Tri(Shape):
    pass


def area_square(s):
    return s.size * s.size


def area_tri(s):
    return s.size * s.size // 2


def fmt_int(n):
    return "%d" % n


def fmt_float(x):
    return "%.2f" % x


HANDLERS = unrolling_iterable([(Square, "square", area_square), (Tri, "tri", area_tri)])
OPS = unrolling_iterable([("add", 0), ("sub", 1), ("mul", 2), ("min", 3)])
STEPS = unrolling_iterable([1, 10, 100])


def area(s):
    for cls, name, fn in HANDLERS:
        if isinstance(s, cls):
            return name, fn(s)
    return "unknown", 0


def apply(opname, a, b):
    for name, code in OPS:
        if name == opname:
            if code == 0:
                return a + b
            if code == 1:
                return a - b
            if code == 2:
                return a * b
            return min(a, b)
    return -1


def entry_point(argv):
    shapes = [Square(3), Tri(5), Shape(2), Square(10)]
    for s in shapes:
        name, a = area(s)
        print(name, a)
    for op in ["add", "sub", "mul", "min", "pow"]:
        print(op, apply(op, 7, 3))
    total = 0
    for step in STEPS:
        total += step * 2
    print("total", total)
    print(fmt_int(total), fmt_float(total / 7.0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
