# Classes: single inheritance, overridden methods, Base.__init__ chaining, isinstance checks.
import math


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return "%s area=%.3f perimeter=%.3f" % (self.name, self.area(), self.perimeter())


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2.0 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)
        self.name = "square"

    def describe(self):
        return "[sq] " + Rect.describe(self)


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

    def perimeter(self):
        return 2.0 * math.pi * self.r


def classify(s):
    kinds = []
    if isinstance(s, Shape):
        kinds.append("Shape")
    if isinstance(s, Rect):
        kinds.append("Rect")
    if isinstance(s, Square):
        kinds.append("Square")
    if isinstance(s, Circle):
        kinds.append("Circle")
    if isinstance(s, (Square, Circle)):
        kinds.append("round-or-square")
    return ",".join(kinds)


def entry_point(argv):
    shapes = [Rect(2.0, 3.5), Square(4.0), Circle(1.5), Shape("blob"), Circle(0.25)]
    total = 0.0
    for s in shapes:
        print(s.describe())
        print("  kinds:", classify(s))
        total += s.area()
    print("total area: %.6f" % total)
    largest = shapes[0]
    for s in shapes:
        if s.area() > largest.area():
            largest = s
    print("largest:", largest.name)
    rects = [s for s in shapes if isinstance(s, Rect)]
    print("rects:", len(rects))
    for r in rects:
        print("  w*h =", r.w * r.h)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
