# test: flow
# functions: loop_with_finally nested_finally return_through
# Nested try/finally with break, continue and return: each way out copies the finally body.
def log(msg):
    pass


def loop_with_finally(items):
    total = 0
    for x in items:
        try:
            if x == 0:
                continue
            if x < 0:
                break
            total += 100 // x
        finally:
            log("step")
    return total


def nested_finally(n):
    i = 0
    while i < n:
        try:
            try:
                i += 1
                if i == 3:
                    break
                if i == 2:
                    continue
            finally:
                log("inner")
        finally:
            log("outer")
    return i


def return_through(x):
    try:
        try:
            if x:
                return x
        finally:
            log("a")
        return -1
    finally:
        log("b")


def entry_point(argv):
    print(loop_with_finally([1, 0, 5, -1, 4]), nested_finally(5), return_through(7), return_through(0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph finally.loop_with_finally(v0) {
#     ; g0 = function finally.log
# block0(v0):
#     v1 = iter(v0)
#     goto block1(0, v1)
# block1(v2, v3):
#     v4 = next(v3)
#     exits [normal: block2(v2, v3, v4), except StopIteration as (v5, v6): return(v2)]
# block2(v7, v8, v9):
#     v10 = eq(v9, 0)
#     exits [normal: block3(v7, v9, v8, v10), except BaseException as (v11, v12): block10(v11, v12)]
# block3(v13, v14, v15, v16):
#     v17 = bool_(v16)
#     exits [normal: block4(v13, v14, v15, v17), except BaseException as (v18, v19): block10(v18, v19)]
# block4(v20, v21, v22, v23):
#     branch v23 [true: block13(v20, v22), false: block5(v20, v21, v22)]
# block5(v24, v25, v26):
#     v27 = lt(v25, 0)
#     exits [normal: block6(v24, v25, v26, v27), except BaseException as (v28, v29): block10(v28, v29)]
# block6(v30, v31, v32, v33):
#     v34 = bool_(v33)
#     exits [normal: block7(v30, v31, v32, v34), except BaseException as (v35, v36): block10(v35, v36)]
# block7(v37, v38, v39, v40):
#     branch v40 [true: block12(v37), false: block8(v37, v38, v39)]
# block8(v41, v42, v43):
#     v44 = floordiv(100, v42)
#     exits [normal: block9(v41, v43, v44), except BaseException as (v45, v46): block10(v45, v46)]
# block9(v47, v48, v49):
#     v50 = inplace_add(v47, v49)
#     exits [normal: block11(v48, v50), except BaseException as (v51, v52): block10(v51, v52)]
# block10(v53, v54):
#     v55 = simple_call(g0, 'step')
#     goto raise(v53, v54)
# block11(v56, v57):
#     v58 = simple_call(g0, 'step')
#     goto block1(v57, v56)
# block12(v59):
#     v60 = simple_call(g0, 'step')
#     goto return(v59)
# block13(v61, v62):
#     v63 = simple_call(g0, 'step')
#     goto block1(v61, v62)
# }
# graph finally.nested_finally(v0) {
#     ; g0 = function finally.log
# block0(v0):
#     goto block1(v0, 0)
# block1(v1, v2):
#     v3 = lt(v2, v1)
#     v4 = bool_(v3)
#     branch v4 [true: block2(v1, v2), false: return(v2)]
# block2(v5, v6):
#     v7 = inplace_add(v6, 1)
#     exits [normal: block3(v5, v7), except BaseException as (v8, v9): block8(v8, v9)]
# block3(v10, v11):
#     v12 = eq(v11, 3)
#     exits [normal: block4(v10, v11, v12), except BaseException as (v13, v14): block8(v13, v14)]
# block4(v15, v16, v17):
#     v18 = bool_(v17)
#     exits [normal: block5(v15, v16, v18), except BaseException as (v19, v20): block8(v19, v20)]
# block5(v21, v22, v23):
#     branch v23 [true: block14(v22), false: block6(v21, v22)]
# block6(v24, v25):
#     v26 = eq(v25, 2)
#     exits [normal: block7(v24, v25, v26), except BaseException as (v27, v28): block8(v27, v28)]
# block7(v29, v30, v31):
#     v32 = bool_(v31)
#     exits [normal: block9(v29, v30, v32), except BaseException as (v33, v34): block8(v33, v34)]
# block8(v35, v36):
#     v37 = simple_call(g0, 'inner')
#     exits [normal: block15(v35, v36), except BaseException as (v38, v39): block15(v38, v39)]
# block9(v40, v41, v42):
#     branch v42 [true: block12(v40, v41), false: block10(v40, v41)]
# block10(v43, v44):
#     v45 = simple_call(g0, 'inner')
#     exits [normal: block11(v43, v44), except BaseException as (v46, v47): block15(v46, v47)]
# block11(v48, v49):
#     v50 = simple_call(g0, 'outer')
#     goto block1(v48, v49)
# block12(v51, v52):
#     v53 = simple_call(g0, 'inner')
#     exits [normal: block13(v51, v52), except BaseException as (v54, v55): block15(v54, v55)]
# block13(v56, v57):
#     v58 = simple_call(g0, 'outer')
#     goto block1(v56, v57)
# block14(v59):
#     v60 = simple_call(g0, 'inner')
#     exits [normal: block16(v59), except BaseException as (v61, v62): block15(v61, v62)]
# block15(v63, v64):
#     v65 = simple_call(g0, 'outer')
#     goto raise(v63, v64)
# block16(v66):
#     v67 = simple_call(g0, 'outer')
#     goto return(v66)
# }
# graph finally.return_through(v0) {
#     ; g0 = function finally.log
# block0(v0):
#     v1 = bool_(v0)
#     exits [normal: block2(v0, v1), except BaseException as (v2, v3): block1(v2, v3)]
# block1(v4, v5):
#     v6 = simple_call(g0, 'a')
#     exits [normal: block6(v4, v5), except BaseException as (v7, v8): block6(v7, v8)]
# block2(v9, v10):
#     branch v10 [true: block5(v9), false: block3()]
# block3():
#     v11 = simple_call(g0, 'a')
#     exits [normal: block4(), except BaseException as (v12, v13): block6(v12, v13)]
# block4():
#     v14 = simple_call(g0, 'b')
#     goto return(-1)
# block5(v15):
#     v16 = simple_call(g0, 'a')
#     exits [normal: block7(v15), except BaseException as (v17, v18): block6(v17, v18)]
# block6(v19, v20):
#     v21 = simple_call(g0, 'b')
#     goto raise(v19, v20)
# block7(v22):
#     v23 = simple_call(g0, 'b')
#     goto return(v22)
# }
