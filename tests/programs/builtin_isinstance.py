# isinstance() with classes and tuples of classes, narrowing on branches, getattr/setattr/hasattr with constant names.


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"


def describe(s):
    if isinstance(s, Circle):
        return "circle of radius %.1f" % s.r
    elif isinstance(s, Square):
        return "square of side %.1f" % s.w
    elif isinstance(s, Rect):
        return "rect %.1fx%.1f" % (s.w, s.h)
    return "plain shape"


def entry_point(argv):
    shapes = [Circle(1.0), Rect(2.0, 3.0), Square(4.0), Shape("blob"), Circle(0.5)]
    for s in shapes:
        print(s.name, describe(s), s.area(), isinstance(s, Shape), isinstance(s, Rect),
              isinstance(s, (Circle, Square)))
    rects = [s for s in shapes if isinstance(s, Rect)]
    print(len(rects), [r.name for r in rects])
    sq = Square(2.0)
    print(getattr(sq, "w"), getattr(sq, "name", "none"), hasattr(sq, "w"), hasattr(sq, "r"))
    setattr(sq, "w", 5.0)
    print(sq.w, sq.area())
    total = 0.0
    for s in shapes:
        if isinstance(s, Circle):
            total += s.r
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
