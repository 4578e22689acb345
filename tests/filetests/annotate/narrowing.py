# test: annotate
# functions: area radius either find name_of truthy maybe_str radius_in_try parsed_radius
# Narrowing on branches: isinstance, `is None`, `if x` on a nullable value, `assert isinstance`;
# in a try block too, where the isinstance call ends its block (Square.side and Circle.r must
# stay in their classes, not move up to Shape).
class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side


def area(s):
    if isinstance(s, Circle):
        return 3 * s.r * s.r
    elif isinstance(s, Square):
        return s.side * s.side
    return 0


def radius(s):
    assert isinstance(s, Circle)
    return s.r


def either(s):
    if isinstance(s, (Circle, Square)):
        return s.name
    return "?"


def find(shapes, name):
    for s in shapes:
        if s.name == name:
            return s
    return None


def name_of(shape):
    if shape is None:
        return "none"
    return shape.name


def truthy(shape):
    if shape:
        return shape.name
    return ""


def maybe_str(flag):
    text = None
    if flag:
        text = "set"
    if text is not None:
        return len(text)
    return -1


def radius_in_try(s):
    try:
        assert isinstance(s, Circle)
        return s.r
    except AssertionError:
        return 0


def parsed_radius(s, text):
    try:
        if isinstance(s, Square):
            return s.side + int(text)
    except ValueError:
        pass
    return -1


def entry_point(argv):
    shapes = [Circle(2), Square(3)]
    print(radius_in_try(shapes[1]), parsed_radius(shapes[1], argv[0]))
    print(area(shapes[0]), area(shapes[1]), radius(shapes[0]), either(shapes[1]))
    found = find(shapes, "square")
    print(name_of(found), truthy(found), maybe_str(len(argv) > 1))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph narrowing.area(v0: narrowing.Shape) -> int>=0 {
#     ; g0 = class narrowing.Circle
#     ; g1 = class narrowing.Square
# block0(v0: narrowing.Shape):
#     v1: bool = isinstance(v0, g0)
#     v2: bool = bool_(v1)
#     branch v2 [true: block3(v0), false: block1(v0)]
# block1(v3: narrowing.Shape):
#     v4: bool = isinstance(v3, g1)
#     v5: bool = bool_(v4)
#     branch v5 [true: block2(v3), false: return(0)]
# block2(v6: narrowing.Square):
#     v7: int=3 = getattr(v6, 'side')
#     v8: int=3 = getattr(v6, 'side')
#     v9: int>=0 = mul(v7, v8)
#     goto return(v9)
# block3(v10: narrowing.Circle):
#     v11: int=2 = getattr(v10, 'r')
#     v12: int>=0 = mul(3, v11)
#     v13: int=2 = getattr(v10, 'r')
#     v14: int>=0 = mul(v12, v13)
#     goto return(v14)
# }
# graph narrowing.either(v0: narrowing.Shape) -> str {
#     ; g0 = class narrowing.Circle
#     ; g1 = class narrowing.Square
# block0(v0: narrowing.Shape):
#     v1: bool = isinstance(v0, (g0, g1))
#     v2: bool = bool_(v1)
#     branch v2 [true: block1(v0), false: return('?')]
# block1(v3: narrowing.Shape):
#     v4: str = getattr(v3, 'name')
#     goto return(v4)
# }
# graph narrowing.find(v0: list(narrowing.Shape), v1: str='square') -> narrowing.Shape? {
# block0(v0: list(narrowing.Shape), v1: str='square'):
#     v2: iter(list(narrowing.Shape)) = iter(v0)
#     goto block1(v1, v2)
# block1(v3: str='square', v4: iter(list(narrowing.Shape))):
#     v5: narrowing.Shape = next(v4)
#     exits [normal: block2(v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): return(None)]
# block2(v8: str='square', v9: iter(list(narrowing.Shape)), v10: narrowing.Shape):
#     v11: str = getattr(v10, 'name')
#     v12: bool = eq(v11, v8)
#     v13: bool = bool_(v12)
#     branch v13 [true: return(v10), false: block1(v8, v9)]
# }
# graph narrowing.maybe_str(v0: bool) -> int {
# block0(v0: bool):
#     v1: bool = bool_(v0)
#     branch v1 [true: block1('set'), false: block1(None)]
# block1(v2: str?):
#     v3: bool = is_(v2, None)
#     v4: bool = not_(v3)
#     v5: bool = bool_(v4)
#     branch v5 [true: block2(v2), false: return(-1)]
# block2(v6: str):
#     v7: int>=0 = simple_call(len, v6)
#     goto return(v7)
# }
# graph narrowing.name_of(v0: narrowing.Shape?) -> str {
# block0(v0: narrowing.Shape?):
#     v1: bool = is_(v0, None)
#     v2: bool = bool_(v1)
#     branch v2 [true: return('none'), false: block1(v0)]
# block1(v3: narrowing.Shape):
#     v4: str = getattr(v3, 'name')
#     goto return(v4)
# }
# graph narrowing.parsed_radius(v0: narrowing.Shape, v1: str) -> int {
#     ; g0 = class narrowing.Square
# block0(v0: narrowing.Shape, v1: str):
#     v2: bool = isinstance(v0, g0)
#     exits [normal: block1(v0, v1, v2), except Exception as (v3: type(Exception), v4: Exception): block6(v3, v4)]
# block1(v5: narrowing.Shape, v6: str, v7: bool):
#     v8: bool = bool_(v7)
#     exits [normal: block2(v5, v6, v8), except Exception as (v9: type(Exception), v10: Exception): block6(v9, v10)]
# block2(v11: narrowing.Shape, v12: str, v13: bool):
#     branch v13 [true: block3(v11, v12), false: return(-1)]
# block3(v14: narrowing.Square, v15: str):
#     v16: int=3 = getattr(v14, 'side')
#     exits [normal: block4(v15, v16), except Exception as (v17: type(Exception), v18: Exception): block6(v17, v18)]
# block4(v19: str, v20: int=3):
#     v21: int = simple_call(int, v19)
#     exits [normal: block5(v20, v21), except Exception as (v22: type(Exception), v23: Exception): block6(v22, v23)]
# block5(v24: int=3, v25: int):
#     v26: int = add(v24, v25)
#     exits [normal: return(v26), except Exception as (v27: type(Exception), v28: Exception): block6(v27, v28)]
# block6(v29: type(Exception), v30: Exception):
#     v31: bool = issubtype(v29, ValueError)
#     branch v31 [true: return(-1), false: raise(v29, v30)]
# }
# graph narrowing.radius(v0: narrowing.Shape) -> int=2 {
#     ; g0 = class narrowing.Circle
# block0(v0: narrowing.Shape):
#     v1: bool = isinstance(v0, g0)
#     v2: bool = bool_(v1)
#     branch v2 [true: block2(v0), false: block1()]
# block1():
#     v3: AssertionError = simple_call(AssertionError)
#     goto raise(AssertionError, v3)
# block2(v4: narrowing.Circle):
#     v5: int=2 = getattr(v4, 'r')
#     goto return(v5)
# }
# graph narrowing.radius_in_try(v0: narrowing.Shape) -> int>=0 {
#     ; g0 = class narrowing.Circle
# block0(v0: narrowing.Shape):
#     v1: bool = isinstance(v0, g0)
#     exits [normal: block1(v0, v1), except Exception as (v2: type(Exception), v3: Exception): block5(v2, v3)]
# block1(v4: narrowing.Shape, v5: bool):
#     v6: bool = bool_(v5)
#     exits [normal: block2(v4, v6), except Exception as (v7: type(Exception), v8: Exception): block5(v7, v8)]
# block2(v9: narrowing.Shape, v10: bool):
#     branch v10 [true: block4(v9), false: block3()]
# block3():
#     v11: AssertionError = simple_call(AssertionError)
#     exits [normal: block5(AssertionError, v11), except Exception as (v12: type(Exception), v13: Exception): block5(v12, v13)]
# block4(v14: narrowing.Circle):
#     v15: int=2 = getattr(v14, 'r')
#     exits [normal: return(v15), except Exception as (v16: type(Exception), v17: Exception): block5(v16, v17)]
# block5(v18: type(Exception), v19: Exception):
#     v20: bool = issubtype(v18, AssertionError)
#     branch v20 [true: return(0), false: raise(v18, v19)]
# }
# graph narrowing.truthy(v0: narrowing.Shape?) -> str {
# block0(v0: narrowing.Shape?):
#     v1: bool = bool_(v0)
#     branch v1 [true: block1(v0), false: return('')]
# block1(v2: narrowing.Shape):
#     v3: str = getattr(v2, 'name')
#     goto return(v3)
# }
# class AssertionError(Exception) {
# }
# class narrowing.Circle(narrowing.Shape) {
#     r: int=2
# }
# class narrowing.Shape(object) {
#     name: str
# }
# class narrowing.Square(narrowing.Shape) {
#     side: int=3
# }
