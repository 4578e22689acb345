# test: flow
# functions: interpret
from kiln.jit import JitDriver, hint, promote

driver = JitDriver(greens=["pc", "code"], reds=["acc"])


def interpret(code):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc)
        op = code[pc]
        acc = hint(acc + promote(op), promote=True)
        pc += 1
        if op == 0:
            pc = 0
            driver.can_enter_jit(pc=pc, code=code, acc=acc)
            break
    return acc


def entry_point(argv):
    print(interpret([1, 2, 3]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph jit_hints.interpret(v0) {
#     ; g0 = instance 6 of kiln.jit.JitDriver
#     ; g1 = builtin kiln.jit.promote
# block0(v0):
#     goto block1(v0, 0, 0)
# block1(v1, v2, v3):
#     v4 = simple_call(len, v1)
#     v5 = lt(v2, v4)
#     v6 = bool_(v5)
#     branch v6 [true: block2(v1, v2, v3), false: return(v3)]
# block2(v7, v8, v9):
#     v10 = jit_merge_point(g0, v8, v7, v9)
#     v11 = getitem(v7, v8)
#     v12 = simple_call(g1, v11)
#     v13 = add(v9, v12)
#     v14 = hint(v13, 'promote', True)
#     v15 = inplace_add(v8, 1)
#     v16 = eq(v11, 0)
#     v17 = bool_(v16)
#     branch v17 [true: block3(v7, v14), false: block1(v7, v15, v14)]
# block3(v18, v19):
#     v20 = can_enter_jit(g0, 0, v18, v19)
#     goto return(v19)
# }
