# test: annotate
# functions: Shape Square.area Square.describe total_area circle_text double_all
# Methods: overriding, calling the base class's method explicitly, a method inherited by a
# subclass (shown as name@subclass), a call site whose receiver may be any subclass (the PBC
# of every override), staticmethod, and special methods (__len__, __getitem__, __add__, __eq__,
# __str__).
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return self.name + ": " + str(self.area())

    @staticmethod
    def unit():
        return 1.0


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    def area(self):
        return self.side * self.side

    def describe(self):
        return "a " + Shape.describe(self)


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


class Vec:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Vec([a + b for a, b in zip(self.items, other.items)])

    def __eq__(self, other):
        return self.items == other.items

    def __str__(self):
        return "Vec" + str(len(self.items))


def total_area(shapes):
    total = Shape.unit() - 1.0
    for s in shapes:
        total += s.area()
    return total


def circle_text(c):
    return c.describe()


def double_all(v):
    w = v + v
    return len(w), w[0], w == v, str(w)


def entry_point(argv):
    shapes = [Square(2.0), Circle(1.0)]
    print(total_area(shapes), shapes[0].describe(), shapes[1].describe())
    print(circle_text(Circle(3.0)), double_all(Vec([1, 2])))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph methods.Square.area(v0: methods.Square) -> float {
# block0(v0: methods.Square):
#     v1: float=2.0 = getattr(v0, 'side')
#     v2: float=2.0 = getattr(v0, 'side')
#     v3: float = mul(v1, v2)
#     goto return(v3)
# }
# graph methods.Square.describe(v0: methods.Square) -> str {
#     ; g0 = function methods.Shape.describe
# block0(v0: methods.Square):
#     v1: str = simple_call(g0, v0)
#     v2: str = add('a ', v1)
#     goto return(v2)
# }
# graph methods.circle_text(v0: methods.Circle) -> str {
# block0(v0: methods.Circle):
#     v1: method(methods.Shape.describe@methods.Circle) = getattr(v0, 'describe')
#     v2: str = simple_call(v1)
#     goto return(v2)
# }
# graph methods.double_all(v0: methods.Vec) -> (int>=0, int>=0, bool, str) {
# block0(v0: methods.Vec):
#     v1: methods.Vec = add(v0, v0)
#     v2: int>=0 = simple_call(len, v1)
#     v3: int>=0 = getitem(v1, 0)
#     v4: bool = eq(v1, v0)
#     v5: str = simple_call(str, v1)
#     v6: (int>=0, int>=0, bool, str) = newtuple(v2, v3, v4, v5)
#     goto return(v6)
# }
# graph methods.total_area(v0: list(methods.Shape)) -> float {
#     ; g0 = function methods.Shape.unit
# block0(v0: list(methods.Shape)):
#     v1: float=1.0 = simple_call(g0)
#     v2: float = sub(v1, 1.0)
#     v3: iter(list(methods.Shape)) = iter(v0)
#     goto block1(v2, v3)
# block1(v4: float, v5: iter(list(methods.Shape))):
#     v6: methods.Shape = next(v5)
#     exits [normal: block2(v4, v5, v6), except StopIteration as (v7: type(StopIteration), v8: StopIteration): return(v4)]
# block2(v9: float, v10: iter(list(methods.Shape)), v11: methods.Shape):
#     v12: method(methods.Shape.area | methods.Square.area | methods.Circle.area) = getattr(v11, 'area')
#     v13: float = simple_call(v12)
#     v14: float = inplace_add(v9, v13)
#     goto block1(v14, v10)
# }
# class methods.Circle(methods.Shape) {
#     r: float
# }
# class methods.Shape(object) {
#     name: str
# }
# class methods.Square(methods.Shape) {
#     side: float=2.0
# }
# class methods.Vec(object) {
#     items: list(int)
# }
# family methods.Shape.area | methods.Square.area | methods.Circle.area
# family methods.Shape.describe | methods.Square.describe
