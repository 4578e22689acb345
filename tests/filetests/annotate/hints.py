# test: annotate
# functions: interpret opcode_at checked_add hashes modes
# The kiln.* hints: a JitDriver with jit_merge_point in an interpreter loop, promote,
# we_are_jitted, elidable; ovfcheck/intmask/r_uint; we_are_translated, compute_hash.
from kiln.jit import JitDriver, promote, we_are_jitted, elidable, hint
from kiln.objectmodel import we_are_translated, compute_hash, compute_identity_hash
from kiln.rarithmetic import ovfcheck, intmask, r_uint

driver = JitDriver(greens=["pc", "code"], reds=["acc"])


@elidable
def opcode_at(code, pc):
    return code[pc]


def interpret(code):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc)
        op = opcode_at(code, pc)
        if op == "+":
            acc += 1
        elif op == "d":
            acc *= 2
        pc += 1
    return acc


def checked_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return -1


def hashes(s):
    h = compute_hash(s)
    u = r_uint(h) >> 3
    return intmask(u), compute_identity_hash(s) != 0


def modes(x):
    x = promote(x)
    if we_are_jitted():
        return x + 1
    if we_are_translated():
        return x
    return hint(x, promote=True)


def entry_point(argv):
    print(interpret("++d+"), checked_add(len(argv), 2), modes(3))
    print(hashes("abc")[1])
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph hints.checked_add(v0: int>=0, v1: int=2) -> int {
#     ; g0 = builtin kiln.rarithmetic.ovfcheck
# block0(v0: int>=0, v1: int=2):
#     v2: int>=0 = add(v0, v1)
#     v3: int>=0 = simple_call(g0, v2)
#     exits [normal: return(v3), except Exception as (v4: type(Exception), v5: Exception): block1(v4, v5)]
# block1(v6: type(Exception), v7: Exception):
#     v8: bool = issubtype(v6, OverflowError)
#     branch v8 [true: return(-1), false: raise(v6, v7)]
# }
# graph hints.hashes(v0: str='abc') -> (int, bool) {
#     ; g0 = builtin kiln.objectmodel.compute_hash
#     ; g1 = class kiln.rarithmetic.r_uint
#     ; g2 = builtin kiln.rarithmetic.intmask
#     ; g3 = builtin kiln.objectmodel.compute_identity_hash
# block0(v0: str='abc'):
#     v1: int = simple_call(g0, v0)
#     v2: uint = simple_call(g1, v1)
#     v3: uint = rshift(v2, 3)
#     v4: int = simple_call(g2, v3)
#     v5: int = simple_call(g3, v0)
#     v6: bool = ne(v5, 0)
#     v7: (int, bool) = newtuple(v4, v6)
#     goto return(v7)
# }
# graph hints.interpret(v0: str='++d+') -> int>=0 {
#     ; g0 = instance 9 of kiln.jit.JitDriver
#     ; g1 = function hints.opcode_at
# block0(v0: str='++d+'):
#     goto block1(v0, 0, 0)
# block1(v1: str='++d+', v2: int>=0, v3: int>=0):
#     v4: int>=0 = simple_call(len, v1)
#     v5: bool = lt(v2, v4)
#     v6: bool = bool_(v5)
#     branch v6 [true: block2(v1, v2, v3), false: return(v3)]
# block2(v7: str='++d+', v8: int>=0, v9: int>=0):
#     v10: None = jit_merge_point(g0, v8, v7, v9)
#     v11: char = simple_call(g1, v7, v8)
#     v12: bool = eq(v11, '+')
#     v13: bool = bool_(v12)
#     branch v13 [true: block5(v7, v8, v9), false: block3(v7, v8, v9, v11)]
# block3(v14: str='++d+', v15: int>=0, v16: int>=0, v17: char):
#     v18: bool = eq(v17, 'd')
#     v19: bool = bool_(v18)
#     branch v19 [true: block4(v14, v15, v16), false: block6(v14, v15, v16)]
# block4(v20: str='++d+', v21: int>=0, v22: int>=0):
#     v23: int>=0 = inplace_mul(v22, 2)
#     goto block6(v20, v21, v23)
# block5(v24: str='++d+', v25: int>=0, v26: int>=0):
#     v27: int>=0 = inplace_add(v26, 1)
#     goto block6(v24, v25, v27)
# block6(v28: str='++d+', v29: int>=0, v30: int>=0):
#     v31: int>=0 = inplace_add(v29, 1)
#     goto block1(v28, v31, v30)
# }
# graph hints.modes(v0: int=3) -> int>=0 {
#     ; g0 = builtin kiln.jit.promote
#     ; g1 = builtin kiln.jit.we_are_jitted
#     ; g2 = builtin kiln.objectmodel.we_are_translated
# block0(v0: int=3):
#     v1: int=3 = simple_call(g0, v0)
#     v2: bool = simple_call(g1)
#     v3: bool = bool_(v2)
#     branch v3 [true: block3(v1), false: block1(v1)]
# block1(v4: int=3):
#     v5: bool=True = simple_call(g2)
#     v6: bool=True = bool_(v5)
#     branch v6 [true: return(v4), false: block2(v4)]
# block2(v7: ?):
#     ; not reached
#     v8: ? = hint(v7, 'promote', True)
#     goto return(v8)
# block3(v9: int=3):
#     v10: int>=0 = add(v9, 1)
#     goto return(v10)
# }
# graph hints.opcode_at(v0: str='++d+', v1: int>=0) -> char {
# block0(v0: str='++d+', v1: int>=0):
#     v2: char = getitem(v0, v1)
#     goto return(v2)
# }
