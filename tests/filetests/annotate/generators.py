# test: annotate
# Generators: a generator function becomes a class with __iter__/__next__; its locals that
# live across a yield become attributes; iterating it and next() on it.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def words(text):
    for part in text.split(" "):
        if part:
            yield part.upper()


def entry_point(argv):
    total = 0
    for i in countdown(len(argv) + 3):
        total += i
    gen = words("a bc")
    first = next(gen)
    print(total, first, [w for w in words("x y")])
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph generators.countdown(v0: int>=0) -> generators.countdown.<generator> {
#     ; g0 = class generators.countdown.<generator>
# block0(v0: int>=0):
#     v1: generators.countdown.<generator> = simple_call(g0)
#     v2: None = setattr(v1, 'resume', 0)
#     v3: None = setattr(v1, 'arg0', v0)
#     goto return(v1)
# }
# graph generators.countdown.<generator>.__iter__(v0: generators.countdown.<generator>) -> generators.countdown.<generator> {
# block0(v0: generators.countdown.<generator>):
#     goto return(v0)
# }
# graph generators.countdown.<generator>.__next__(v0: generators.countdown.<generator>) -> int {
# block0(v0: generators.countdown.<generator>):
#     v1: int = getattr(v0, 'resume')
#     switch v1 [case 0: block3(v0), case 1: block2(v0), default: block1()]
# block1():
#     v2: StopIteration = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3: generators.countdown.<generator>):
#     v4: int = getattr(v3, 'y1_0')
#     v5: int = inplace_sub(v4, 1)
#     goto block4(v3, v5)
# block3(v6: generators.countdown.<generator>):
#     v7: int>=0 = getattr(v6, 'arg0')
#     goto block4(v6, v7)
# block4(v8: generators.countdown.<generator>, v9: int):
#     v10: bool = gt(v9, 0)
#     v11: bool = bool_(v10)
#     branch v11 [true: block6(v8, v9), false: block5(v8)]
# block5(v12: generators.countdown.<generator>):
#     v13: None = setattr(v12, 'resume', -1)
#     v14: StopIteration = simple_call(StopIteration)
#     goto raise(StopIteration, v14)
# block6(v15: generators.countdown.<generator>, v16: int):
#     v17: None = setattr(v15, 'y1_0', v16)
#     v18: None = setattr(v15, 'resume', 1)
#     goto return(v16)
# }
# graph generators.entry_point(v0: list(str)) -> int=0 {
#     ; g0 = function generators.countdown
#     ; g1 = function generators.words
# block0(v0: list(str)):
#     v1: int>=0 = simple_call(len, v0)
#     v2: int>=0 = add(v1, 3)
#     v3: generators.countdown.<generator> = simple_call(g0, v2)
#     v4: generators.countdown.<generator> = iter(v3)
#     goto block1(0, v4)
# block1(v5: int, v6: generators.countdown.<generator>):
#     v7: int = next(v6)
#     exits [normal: block6(v5, v6, v7), except StopIteration as (v8: type(StopIteration), v9: StopIteration): block2(v5)]
# block2(v10: int):
#     v11: generators.words.<generator> = simple_call(g1, 'a bc')
#     v12: str = simple_call(next, v11)
#     v13: generators.words.<generator> = simple_call(g1, 'x y')
#     v14: list(str) = newlist()
#     v15: generators.words.<generator> = iter(v13)
#     goto block3(v14, v15, print, v10, v12)
# block3(v16: list(str), v17: generators.words.<generator>, v18: builtin(print), v19: int, v20: str):
#     v21: str = next(v17)
#     exits [normal: block5(v16, v17, v18, v19, v20, v21), except StopIteration as (v22: type(StopIteration), v23: StopIteration): block4(v16, v18, v19, v20)]
# block4(v24: list(str), v25: builtin(print), v26: int, v27: str):
#     v28: None = simple_call(v25, v26, v27, v24)
#     goto return(0)
# block5(v29: list(str), v30: generators.words.<generator>, v31: builtin(print), v32: int, v33: str, v34: str):
#     v35: method(list.append) = getattr(v29, 'append')
#     v36: None = simple_call(v35, v34)
#     goto block3(v29, v30, v31, v32, v33)
# block6(v37: int, v38: generators.countdown.<generator>, v39: int):
#     v40: int = inplace_add(v37, v39)
#     goto block1(v40, v38)
# }
# graph generators.words(v0: str) -> generators.words.<generator> {
#     ; g0 = class generators.words.<generator>
# block0(v0: str):
#     v1: generators.words.<generator> = simple_call(g0)
#     v2: None = setattr(v1, 'resume', 0)
#     v3: None = setattr(v1, 'arg0', v0)
#     goto return(v1)
# }
# graph generators.words.<generator>.__iter__(v0: generators.words.<generator>) -> generators.words.<generator> {
# block0(v0: generators.words.<generator>):
#     goto return(v0)
# }
# graph generators.words.<generator>.__next__(v0: generators.words.<generator>) -> str {
# block0(v0: generators.words.<generator>):
#     v1: int = getattr(v0, 'resume')
#     switch v1 [case 0: block3(v0), case 1: block2(v0), default: block1()]
# block1():
#     v2: StopIteration = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3: generators.words.<generator>):
#     v4: iter(list(str)) = getattr(v3, 'y1_0')
#     goto block4(v3, v4)
# block3(v5: generators.words.<generator>):
#     v6: str = getattr(v5, 'arg0')
#     v7: method(str.split) = getattr(v6, 'split')
#     v8: list(str) = simple_call(v7, ' ')
#     v9: iter(list(str)) = iter(v8)
#     goto block4(v5, v9)
# block4(v10: generators.words.<generator>, v11: iter(list(str))):
#     v12: str = next(v11)
#     exits [normal: block6(v10, v11, v12), except StopIteration as (v13: type(StopIteration), v14: StopIteration): block5(v10)]
# block5(v15: generators.words.<generator>):
#     v16: None = setattr(v15, 'resume', -1)
#     v17: StopIteration = simple_call(StopIteration)
#     goto raise(StopIteration, v17)
# block6(v18: generators.words.<generator>, v19: iter(list(str)), v20: str):
#     v21: bool = bool_(v20)
#     branch v21 [true: block7(v18, v20, v19), false: block4(v18, v19)]
# block7(v22: generators.words.<generator>, v23: str, v24: iter(list(str))):
#     v25: method(str.upper) = getattr(v23, 'upper')
#     v26: str = simple_call(v25)
#     v27: None = setattr(v22, 'y1_0', v24)
#     v28: None = setattr(v22, 'resume', 1)
#     goto return(v26)
# }
# class StopIteration(Exception) {
# }
# class generators.countdown.<generator>(object) {
#     arg0: int>=0
#     resume: int
#     y1_0: int
# }
# class generators.words.<generator>(object) {
#     arg0: str
#     resume: int
#     y1_0: iter(list(str))
# }
