# test: annotate
# Functions, classes and bound methods as values (PBCs): a call site whose possible targets
# have compatible signatures (a call family), dispatch tables of functions, classes called
# through a variable, `is` on function constants.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


OPS = {"+": add, "-": sub}


class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


def pick(flag):
    if flag:
        return add
    return sub


def make(flag):
    cls = Cat if flag else Dog
    return cls()


def run(op, x, y):
    f = OPS[op]
    return f(x, y)


def call_method(c):
    m = c.speak
    return m()


def entry_point(argv):
    f = pick(len(argv) > 1)
    print(f(5, 3), run("+", 2, 2), f is add)
    c = Cat()
    print(call_method(c), make(True) is None)
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph pbcs.Cat.speak(v0: pbcs.Cat) -> str='meow' {
# block0(v0: pbcs.Cat):
#     goto return('meow')
# }
# graph pbcs.add(v0: int>=0, v1: int>=0) -> int>=0 {
# block0(v0: int>=0, v1: int>=0):
#     v2: int>=0 = add(v0, v1)
#     goto return(v2)
# }
# graph pbcs.call_method(v0: pbcs.Cat) -> str='meow' {
# block0(v0: pbcs.Cat):
#     v1: method(pbcs.Cat.speak) = getattr(v0, 'speak')
#     v2: str='meow' = simple_call(v1)
#     goto return(v2)
# }
# graph pbcs.entry_point(v0: list(str)) -> int=0 {
#     ; g0 = function pbcs.pick
#     ; g1 = function pbcs.run
#     ; g2 = function pbcs.add
#     ; g3 = class pbcs.Cat
#     ; g4 = function pbcs.call_method
#     ; g5 = function pbcs.make
# block0(v0: list(str)):
#     v1: int>=0 = simple_call(len, v0)
#     v2: bool = gt(v1, 1)
#     v3: func(pbcs.add | pbcs.sub) = simple_call(g0, v2)
#     v4: int = simple_call(v3, 5, 3)
#     v5: int = simple_call(g1, '+', 2, 2)
#     v6: bool = is_(v3, g2)
#     v7: None = simple_call(print, v4, v5, v6)
#     v8: pbcs.Cat = simple_call(g3)
#     v9: str='meow' = simple_call(g4, v8)
#     v10: pbcs.Cat = simple_call(g5, True)
#     v11: bool=False = is_(v10, None)
#     v12: None = simple_call(print, v9, v11)
#     goto return(0)
# }
# graph pbcs.make(v0: bool=True) -> pbcs.Cat {
#     ; g0 = class pbcs.Cat
#     ; g1 = class pbcs.Dog
# block0(v0: bool=True):
#     v1: bool=True = bool_(v0)
#     branch v1 [true: block1(g0), false: block1(g1)]
# block1(v2: class(pbcs.Cat)):
#     v3: pbcs.Cat = simple_call(v2)
#     goto return(v3)
# }
# graph pbcs.pick(v0: bool) -> func(pbcs.add | pbcs.sub) {
#     ; g0 = function pbcs.add
#     ; g1 = function pbcs.sub
# block0(v0: bool):
#     v1: bool = bool_(v0)
#     branch v1 [true: return(g0), false: return(g1)]
# }
# graph pbcs.run(v0: char='+', v1: int=2, v2: int=2) -> int {
#     ; g0 = dict 12
# block0(v0: char='+', v1: int=2, v2: int=2):
#     v3: func(pbcs.add | pbcs.sub) = getitem(g0, v0)
#     v4: int = simple_call(v3, v1, v2)
#     goto return(v4)
# }
# graph pbcs.sub(v0: int>=0, v1: int>=0) -> int {
# block0(v0: int>=0, v1: int>=0):
#     v2: int = sub(v0, v1)
#     goto return(v2)
# }
# class pbcs.Cat(object) {
# }
# family pbcs.add | pbcs.sub
