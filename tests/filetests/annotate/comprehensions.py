# test: annotate
# functions: squares evens index pairs total <genexpr> __next__
# List, dict and generator comprehensions (their own graphs), with conditions and nesting.
def squares(n):
    return [i * i for i in range(n)]


def evens(xs):
    return [x for x in xs if x % 2 == 0]


def index(words):
    return {w: len(w) for w in words}


def pairs(n):
    return [(i, j) for i in range(n) for j in range(i)]


def total(xs):
    return sum(x * 2 for x in xs)


def entry_point(argv):
    sq = squares(len(argv) + 3)
    print(sq, evens(sq), index(["ab", "c"]), pairs(3), total(sq))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph comprehensions.evens(v0: list(int)) -> list(int) {
# block0(v0: list(int)):
#     v1: list(int) = newlist()
#     v2: iter(list(int)) = iter(v0)
#     goto block1(v1, v2)
# block1(v3: list(int), v4: iter(list(int))):
#     v5: int>=0 = next(v4)
#     exits [normal: block2(v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): return(v3)]
# block2(v8: list(int), v9: iter(list(int)), v10: int>=0):
#     v11: int>=0 = mod(v10, 2)
#     v12: bool = eq(v11, 0)
#     v13: bool = bool_(v12)
#     branch v13 [true: block3(v8, v9, v10), false: block1(v8, v9)]
# block3(v14: list(int), v15: iter(list(int)), v16: int>=0):
#     v17: method(list.append) = getattr(v14, 'append')
#     v18: None = simple_call(v17, v16)
#     goto block1(v14, v15)
# }
# graph comprehensions.index(v0: list(str)) -> dict(str, int) {
# block0(v0: list(str)):
#     v1: dict(str, int) = newdict()
#     v2: iter(list(str)) = iter(v0)
#     goto block1(v1, v2)
# block1(v3: dict(str, int), v4: iter(list(str))):
#     v5: str = next(v4)
#     exits [normal: block2(v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): return(v3)]
# block2(v8: dict(str, int), v9: iter(list(str)), v10: str):
#     v11: int>=0 = simple_call(len, v10)
#     v12: None = setitem(v8, v10, v11)
#     goto block1(v8, v9)
# }
# graph comprehensions.pairs(v0: int=3) -> list((int, int)) {
# block0(v0: int=3):
#     v1: list(int) = simple_call(range, v0)
#     v2: list((int, int)) = newlist()
#     v3: iter(list(int)) = iter(v1)
#     goto block1(v2, v3)
# block1(v4: list((int, int)), v5: iter(list(int))):
#     v6: int>=0 = next(v5)
#     exits [normal: block2(v4, v5, v6), except StopIteration as (v7: type(StopIteration), v8: StopIteration): return(v4)]
# block2(v9: list((int, int)), v10: iter(list(int)), v11: int>=0):
#     v12: list(int) = simple_call(range, v11)
#     v13: iter(list(int)) = iter(v12)
#     goto block3(v9, v10, v11, v13)
# block3(v14: list((int, int)), v15: iter(list(int)), v16: int>=0, v17: iter(list(int))):
#     v18: int>=0 = next(v17)
#     exits [normal: block4(v14, v15, v16, v17, v18), except StopIteration as (v19: type(StopIteration), v20: StopIteration): block1(v14, v15)]
# block4(v21: list((int, int)), v22: iter(list(int)), v23: int>=0, v24: iter(list(int)), v25: int>=0):
#     v26: method(list.append) = getattr(v21, 'append')
#     v27: (int>=0, int>=0) = newtuple(v23, v25)
#     v28: None = simple_call(v26, v27)
#     goto block3(v21, v22, v23, v24)
# }
# graph comprehensions.squares(v0: int>=0) -> list(int) {
# block0(v0: int>=0):
#     v1: list(int) = simple_call(range, v0)
#     v2: list(int) = newlist()
#     v3: iter(list(int)) = iter(v1)
#     goto block1(v2, v3)
# block1(v4: list(int), v5: iter(list(int))):
#     v6: int>=0 = next(v5)
#     exits [normal: block2(v4, v5, v6), except StopIteration as (v7: type(StopIteration), v8: StopIteration): return(v4)]
# block2(v9: list(int), v10: iter(list(int)), v11: int>=0):
#     v12: method(list.append) = getattr(v9, 'append')
#     v13: int>=0 = mul(v11, v11)
#     v14: None = simple_call(v12, v13)
#     goto block1(v9, v10)
# }
# graph comprehensions.total(v0: list(int)) -> int {
#     ; g0 = function comprehensions.total.<locals>.<genexpr>
# block0(v0: list(int)):
#     v1: iter(list(int)) = iter(v0)
#     v2: func(comprehensions.total.<locals>.<genexpr>) = make_function(g0)
#     v3: comprehensions.total.<locals>.<genexpr>.<generator> = simple_call(v2, v1)
#     v4: int = simple_call(sum, v3)
#     goto return(v4)
# }
# graph comprehensions.total.<locals>.<genexpr>(v0: iter(list(int))) -> comprehensions.total.<locals>.<genexpr>.<generator> {
#     ; g0 = class comprehensions.total.<locals>.<genexpr>.<generator>
# block0(v0: iter(list(int))):
#     v1: comprehensions.total.<locals>.<genexpr>.<generator> = simple_call(g0)
#     v2: None = setattr(v1, 'resume', 0)
#     v3: None = setattr(v1, 'arg0', v0)
#     goto return(v1)
# }
# graph comprehensions.total.<locals>.<genexpr>.<generator>.__next__(v0: comprehensions.total.<locals>.<genexpr>.<generator>) -> int>=0 {
# block0(v0: comprehensions.total.<locals>.<genexpr>.<generator>):
#     v1: int = getattr(v0, 'resume')
#     switch v1 [case 0: block3(v0), case 1: block2(v0), default: block1()]
# block1():
#     v2: StopIteration = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3: comprehensions.total.<locals>.<genexpr>.<generator>):
#     v4: iter(list(int)) = getattr(v3, 'y1_0')
#     goto block4(v3, v4)
# block3(v5: comprehensions.total.<locals>.<genexpr>.<generator>):
#     v6: iter(list(int)) = getattr(v5, 'arg0')
#     goto block4(v5, v6)
# block4(v7: comprehensions.total.<locals>.<genexpr>.<generator>, v8: iter(list(int))):
#     v9: int>=0 = next(v8)
#     exits [normal: block6(v7, v8, v9), except StopIteration as (v10: type(StopIteration), v11: StopIteration): block5(v7)]
# block5(v12: comprehensions.total.<locals>.<genexpr>.<generator>):
#     v13: None = setattr(v12, 'resume', -1)
#     v14: StopIteration = simple_call(StopIteration)
#     goto raise(StopIteration, v14)
# block6(v15: comprehensions.total.<locals>.<genexpr>.<generator>, v16: iter(list(int)), v17: int>=0):
#     v18: int>=0 = mul(v17, 2)
#     v19: None = setattr(v15, 'y1_0', v16)
#     v20: None = setattr(v15, 'resume', 1)
#     goto return(v18)
# }
# class StopIteration(Exception) {
# }
# class comprehensions.total.<locals>.<genexpr>.<generator>(object) {
#     arg0: iter(list(int))
#     resume: int
#     y1_0: iter(list(int))
# }
