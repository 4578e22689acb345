# test: flow
# functions: comps nested_comp genexp genexp.<locals>.<genexpr> genexp.<locals>.<genexpr>.<generator>.__next__
def comps(xs):
    squares = [x * x for x in xs if x % 2 == 1]
    index = {x: i for i, x in enumerate(xs)}
    unique = {x % 3 for x in xs}
    return squares, index, unique


def nested_comp(n):
    return [(i, j) for i in range(n) for j in range(i) if i != j]


def genexp(xs):
    return sum(x * 2 for x in xs if x)


def entry_point(argv):
    print(comps([1, 2, 3]), nested_comp(3), genexp([0, 1, 2]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph comprehensions.comps(v0) {
# block0(v0):
#     v1 = newlist()
#     v2 = iter(v0)
#     goto block1(v0, v1, v2)
# block1(v3, v4, v5):
#     v6 = next(v5)
#     exits [normal: block9(v3, v4, v5, v6), except StopIteration as (v7, v8): block2(v3, v4)]
# block2(v9, v10):
#     v11 = simple_call(enumerate, v9)
#     v12 = newdict()
#     v13 = iter(v11)
#     goto block3(v9, v10, v12, v13)
# block3(v14, v15, v16, v17):
#     v18 = next(v17)
#     exits [normal: block8(v14, v15, v16, v17, v18), except StopIteration as (v19, v20): block4(v14, v15, v16)]
# block4(v21, v22, v23):
#     v24 = newset()
#     v25 = iter(v21)
#     goto block5(v22, v23, v24, v25)
# block5(v26, v27, v28, v29):
#     v30 = next(v29)
#     exits [normal: block7(v26, v27, v28, v29, v30), except StopIteration as (v31, v32): block6(v26, v27, v28)]
# block6(v33, v34, v35):
#     v36 = newtuple(v33, v34, v35)
#     goto return(v36)
# block7(v37, v38, v39, v40, v41):
#     v42 = getattr(v39, 'add')
#     v43 = mod(v41, 3)
#     v44 = simple_call(v42, v43)
#     goto block5(v37, v38, v39, v40)
# block8(v45, v46, v47, v48, v49):
#     v50 = unpack_check(v49, 2)
#     v51 = getitem(v49, 0)
#     v52 = getitem(v49, 1)
#     v53 = setitem(v47, v52, v51)
#     goto block3(v45, v46, v47, v48)
# block9(v54, v55, v56, v57):
#     v58 = mod(v57, 2)
#     v59 = eq(v58, 1)
#     v60 = bool_(v59)
#     branch v60 [true: block10(v54, v55, v56, v57), false: block1(v54, v55, v56)]
# block10(v61, v62, v63, v64):
#     v65 = getattr(v62, 'append')
#     v66 = mul(v64, v64)
#     v67 = simple_call(v65, v66)
#     goto block1(v61, v62, v63)
# }
# graph comprehensions.genexp(v0) {
#     ; g0 = function comprehensions.genexp.<locals>.<genexpr>
# block0(v0):
#     v1 = iter(v0)
#     v2 = make_function(g0)
#     v3 = simple_call(v2, v1)
#     v4 = simple_call(sum, v3)
#     goto return(v4)
# }
# graph comprehensions.genexp.<locals>.<genexpr>(v0) {
#     ; g0 = class comprehensions.genexp.<locals>.<genexpr>.<generator>
# block0(v0):
#     v1 = simple_call(g0)
#     v2 = setattr(v1, 'resume', 0)
#     v3 = setattr(v1, 'arg0', v0)
#     goto return(v1)
# }
# graph comprehensions.genexp.<locals>.<genexpr>.<generator>.__next__(v0) {
# block0(v0):
#     v1 = getattr(v0, 'resume')
#     switch v1 [case 0: block3(v0), case 1: block2(v0), default: block1()]
# block1():
#     v2 = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3):
#     v4 = getattr(v3, 'y1_0')
#     goto block4(v3, v4)
# block3(v5):
#     v6 = getattr(v5, 'arg0')
#     goto block4(v5, v6)
# block4(v7, v8):
#     v9 = next(v8)
#     exits [normal: block6(v7, v8, v9), except StopIteration as (v10, v11): block5(v7)]
# block5(v12):
#     v13 = setattr(v12, 'resume', -1)
#     v14 = simple_call(StopIteration)
#     goto raise(StopIteration, v14)
# block6(v15, v16, v17):
#     v18 = bool_(v17)
#     branch v18 [true: block7(v15, v17, v16), false: block4(v15, v16)]
# block7(v19, v20, v21):
#     v22 = mul(v20, 2)
#     v23 = setattr(v19, 'y1_0', v21)
#     v24 = setattr(v19, 'resume', 1)
#     goto return(v22)
# }
# graph comprehensions.nested_comp(v0) {
# block0(v0):
#     v1 = simple_call(range, v0)
#     v2 = newlist()
#     v3 = iter(v1)
#     goto block1(v2, v3)
# block1(v4, v5):
#     v6 = next(v5)
#     exits [normal: block2(v4, v5, v6), except StopIteration as (v7, v8): return(v4)]
# block2(v9, v10, v11):
#     v12 = simple_call(range, v11)
#     v13 = iter(v12)
#     goto block3(v9, v10, v11, v13)
# block3(v14, v15, v16, v17):
#     v18 = next(v17)
#     exits [normal: block4(v14, v15, v16, v17, v18), except StopIteration as (v19, v20): block1(v14, v15)]
# block4(v21, v22, v23, v24, v25):
#     v26 = ne(v23, v25)
#     v27 = bool_(v26)
#     branch v27 [true: block5(v21, v22, v23, v25, v24), false: block3(v21, v22, v23, v24)]
# block5(v28, v29, v30, v31, v32):
#     v33 = getattr(v28, 'append')
#     v34 = newtuple(v30, v31)
#     v35 = simple_call(v33, v34)
#     goto block3(v28, v29, v30, v32)
# }
