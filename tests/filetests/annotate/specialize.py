# test: annotate
# functions: double get_field table_for tag
# Specialization: one graph per argument type (argtype), per constant argument (arg), per
# constant call (memo) and per call site (call_location).
from kiln.objectmodel import specialize


@specialize.argtype(0)
def double(x):
    return x + x


@specialize.arg(1)
def get_field(obj, name):
    if name == "a":
        return obj.a
    return obj.b


@specialize.memo()
def table_for(kind):
    return [kind] * 3


@specialize.call_location()
def tag(x):
    return [x]


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def entry_point(argv):
    print(double(len(argv)), double("ab"), double(1.5))
    p = Pair(1, "one")
    print(get_field(p, "a"), get_field(p, "b"))
    print(table_for("x"), table_for("y"))
    print(tag(1), tag("s"))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph specialize.double[float](v0: float=1.5) -> float {
# block0(v0: float=1.5):
#     v1: float = add(v0, v0)
#     goto return(v1)
# }
# graph specialize.double[int](v0: int>=0) -> int>=0 {
# block0(v0: int>=0):
#     v1: int>=0 = add(v0, v0)
#     goto return(v1)
# }
# graph specialize.double[str](v0: str='ab') -> str {
# block0(v0: str='ab'):
#     v1: str = add(v0, v0)
#     goto return(v1)
# }
# graph specialize.get_field[char='a'](v0: specialize.Pair, v1: char='a') -> int=1 {
# block0(v0: specialize.Pair, v1: char='a'):
#     v2: bool=True = eq(v1, 'a')
#     v3: bool=True = bool_(v2)
#     branch v3 [true: block2(v0), false: block1(v0)]
# block1(v4: ?):
#     ; not reached
#     v5: ? = getattr(v4, 'b')
#     goto return(v5)
# block2(v6: specialize.Pair):
#     v7: int=1 = getattr(v6, 'a')
#     goto return(v7)
# }
# graph specialize.get_field[char='b'](v0: specialize.Pair, v1: char='b') -> str='one' {
# block0(v0: specialize.Pair, v1: char='b'):
#     v2: bool=False = eq(v1, 'a')
#     v3: bool=False = bool_(v2)
#     branch v3 [true: block2(v0), false: block1(v0)]
# block1(v4: specialize.Pair):
#     v5: str='one' = getattr(v4, 'b')
#     goto return(v5)
# block2(v6: ?):
#     ; not reached
#     v7: ? = getattr(v6, 'a')
#     goto return(v7)
# }
# graph specialize.table_for[char='x'](v0: char='x') -> list(str) {
# block0(v0: char='x'):
#     v1: list(str) = newlist(v0)
#     v2: list(str) = mul(v1, 3)
#     goto return(v2)
# }
# graph specialize.table_for[char='y'](v0: char='y') -> list(str) {
# block0(v0: char='y'):
#     v1: list(str) = newlist(v0)
#     v2: list(str) = mul(v1, 3)
#     goto return(v2)
# }
# graph specialize.tag[specialize.py:41:11](v0: int=1) -> list(int) {
# block0(v0: int=1):
#     v1: list(int) = newlist(v0)
#     goto return(v1)
# }
# graph specialize.tag[specialize.py:41:19](v0: char='s') -> list(str) {
# block0(v0: char='s'):
#     v1: list(str) = newlist(v0)
#     goto return(v1)
# }
# class specialize.Pair(object) {
#     a: int=1
#     b: str='one'
# }
