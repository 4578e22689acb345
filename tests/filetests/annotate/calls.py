# test: annotate
# Calls: keyword arguments, defaults (load-time constants), keyword-only parameters, *args
# collected into a tuple, calls with *tuple, methods called with keywords.
def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct


def scale(x, *, factor=2):
    return x * factor


def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s, len(nums)


class Box:
    def __init__(self, width, height=1):
        self.width = width
        self.height = height

    def area(self, scale=1):
        return self.width * self.height * scale


def entry_point(argv):
    print(greet("bob"), greet("amy", punct="?"), greet(greeting="hi", name="x"))
    print(scale(3), scale(3, factor=len(argv)))
    args = (1, 2, 3)
    print(total(1, 2), total(*args), total())
    b = Box(2, height=len(argv))
    print(b.area(), b.area(scale=3), Box(width=5).area())
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph calls.Box.__init__(v0: calls.Box, v1: int>=0, v2: int>=0) -> None {
# block0(v0: calls.Box, v1: int>=0, v2: int>=0):
#     v3: None = setattr(v0, 'width', v1)
#     v4: None = setattr(v0, 'height', v2)
#     goto return(None)
# }
# graph calls.Box.area(v0: calls.Box, v1: int>=0) -> int>=0 {
# block0(v0: calls.Box, v1: int>=0):
#     v2: int>=0 = getattr(v0, 'width')
#     v3: int>=0 = getattr(v0, 'height')
#     v4: int>=0 = mul(v2, v3)
#     v5: int>=0 = mul(v4, v1)
#     goto return(v5)
# }
# graph calls.entry_point(v0: list(str)) -> int=0 {
#     ; g0 = function calls.greet
#     ; g1 = function calls.scale
#     ; g2 = function calls.total
#     ; g3 = class calls.Box
# block0(v0: list(str)):
#     v1: str = simple_call(g0, 'bob')
#     v2: str = call_args(g0, '1 punct', 'amy', '?')
#     v3: str = call_args(g0, '0 greeting name', 'hi', 'x')
#     v4: None = simple_call(print, v1, v2, v3)
#     v5: int>=0 = simple_call(g1, 3)
#     v6: int>=0 = simple_call(len, v0)
#     v7: int>=0 = call_args(g1, '1 factor', 3, v6)
#     v8: None = simple_call(print, v5, v7)
#     v9: (int>=0, int=2) = simple_call(g2, 1, 2)
#     v10: (int>=0, int=3) = call_args(g2, '0 *', (1, 2, 3))
#     v11: (int=0, int=0) = simple_call(g2)
#     v12: None = simple_call(print, v9, v10, v11)
#     v13: int>=0 = simple_call(len, v0)
#     v14: calls.Box = call_args(g3, '1 height', 2, v13)
#     v15: method(calls.Box.area) = getattr(v14, 'area')
#     v16: int>=0 = simple_call(v15)
#     v17: method(calls.Box.area) = getattr(v14, 'area')
#     v18: int>=0 = call_args(v17, '0 scale', 3)
#     v19: calls.Box = call_args(g3, '0 width', 5)
#     v20: method(calls.Box.area) = getattr(v19, 'area')
#     v21: int>=0 = simple_call(v20)
#     v22: None = simple_call(print, v16, v18, v21)
#     goto return(0)
# }
# graph calls.greet(v0: str, v1: str, v2: char) -> str {
# block0(v0: str, v1: str, v2: char):
#     v3: str = add(v1, ', ')
#     v4: str = add(v3, v0)
#     v5: str = add(v4, v2)
#     goto return(v5)
# }
# graph calls.scale(v0: int=3, v1: int>=0) -> int>=0 {
# block0(v0: int=3, v1: int>=0):
#     v2: int>=0 = mul(v0, v1)
#     goto return(v2)
# }
# graph calls.total[*0](v0: ()) -> (int=0, int=0) {
# block0(v0: ()):
#     v1: iter(()) = iter(v0)
#     goto block1(v0, 0, v1)
# block1(v2: (), v3: int=0, v4: iter(())):
#     v5: ? = next(v4)
#     exits [normal: block3(v2, v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): block2(v2, v3)]
# block2(v8: (), v9: int=0):
#     v10: int=0 = simple_call(len, v8)
#     v11: (int=0, int=0) = newtuple(v9, v10)
#     goto return(v11)
# block3(v12: ?, v13: ?, v14: ?, v15: ?):
#     ; not reached
#     v16: ? = inplace_add(v13, v15)
#     goto block1(v12, v16, v14)
# }
# graph calls.total[*2](v0: (int=1, int=2)) -> (int>=0, int=2) {
# block0(v0: (int=1, int=2)):
#     v1: iter((int=1, int=2)) = iter(v0)
#     goto block1(v0, 0, v1)
# block1(v2: (int=1, int=2), v3: int>=0, v4: iter((int=1, int=2))):
#     v5: int>=0 = next(v4)
#     exits [normal: block3(v2, v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): block2(v2, v3)]
# block2(v8: (int=1, int=2), v9: int>=0):
#     v10: int=2 = simple_call(len, v8)
#     v11: (int>=0, int=2) = newtuple(v9, v10)
#     goto return(v11)
# block3(v12: (int=1, int=2), v13: int>=0, v14: iter((int=1, int=2)), v15: int>=0):
#     v16: int>=0 = inplace_add(v13, v15)
#     goto block1(v12, v16, v14)
# }
# graph calls.total[*3](v0: (int=1, int=2, int=3)) -> (int>=0, int=3) {
# block0(v0: (int=1, int=2, int=3)):
#     v1: iter((int=1, int=2, int=3)) = iter(v0)
#     goto block1(v0, 0, v1)
# block1(v2: (int=1, int=2, int=3), v3: int>=0, v4: iter((int=1, int=2, int=3))):
#     v5: int>=0 = next(v4)
#     exits [normal: block3(v2, v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): block2(v2, v3)]
# block2(v8: (int=1, int=2, int=3), v9: int>=0):
#     v10: int=3 = simple_call(len, v8)
#     v11: (int>=0, int=3) = newtuple(v9, v10)
#     goto return(v11)
# block3(v12: (int=1, int=2, int=3), v13: int>=0, v14: iter((int=1, int=2, int=3)), v15: int>=0):
#     v16: int>=0 = inplace_add(v13, v15)
#     goto block1(v12, v16, v14)
# }
# class calls.Box(object) {
#     height: int>=0
#     width: int>=0
# }
