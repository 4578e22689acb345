# test: annotate
# functions: describe interpret
# A JitDriver's get_printable_location is annotated as a call that each jit_merge_point of the
# driver makes with its greens, though the program never calls it: `describe` gets a graph
# whose parameters are the greens' annotations (pc: a non-negative int, code: a Code), and its
# one-character result is widened to the str the JIT wants.
from kiln.jit import JitDriver


class Code:
    def __init__(self, text):
        self.text = text


def describe(pc, code):
    return code.text[pc]


driver = JitDriver(greens=["pc", "code"], reds=["acc"], get_printable_location=describe)


def interpret(code):
    pc = 0
    acc = 0
    while pc < len(code.text):
        driver.jit_merge_point(pc=pc, code=code, acc=acc)
        acc += ord(code.text[pc])
        pc += 1
    return acc


def entry_point(argv):
    print(interpret(Code("abc")))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph jit_printable_location.describe(v0: int>=0, v1: jit_printable_location.Code) -> str {
# block0(v0: int>=0, v1: jit_printable_location.Code):
#     v2: str='abc' = getattr(v1, 'text')
#     v3: char = getitem(v2, v0)
#     goto return(v3)
# }
# graph jit_printable_location.interpret(v0: jit_printable_location.Code) -> int>=0 {
#     ; g0 = instance 7 of kiln.jit.JitDriver
# block0(v0: jit_printable_location.Code):
#     goto block1(v0, 0, 0)
# block1(v1: jit_printable_location.Code, v2: int>=0, v3: int>=0):
#     v4: str='abc' = getattr(v1, 'text')
#     v5: int>=0 = simple_call(len, v4)
#     v6: bool = lt(v2, v5)
#     v7: bool = bool_(v6)
#     branch v7 [true: block2(v1, v2, v3), false: return(v3)]
# block2(v8: jit_printable_location.Code, v9: int>=0, v10: int>=0):
#     v11: None = jit_merge_point(g0, v9, v8, v10)
#     v12: str='abc' = getattr(v8, 'text')
#     v13: char = getitem(v12, v9)
#     v14: int>=0 = simple_call(ord, v13)
#     v15: int>=0 = inplace_add(v10, v14)
#     v16: int>=0 = inplace_add(v9, 1)
#     goto block1(v8, v16, v15)
# }
# class jit_printable_location.Code(object) {
#     text: str='abc'
# }
