# test: flow
# functions: while_else range_forms iterate nested
def while_else(n):
    i = 0
    while i < n:
        if i == 7:
            break
        i += 1
    else:
        return -1
    return i


def range_forms(n, step):
    total = 0
    for i in range(n):
        total += i
    for i in range(2, n):
        total -= i
    for i in range(n, 0, -2):
        total += i
    for i in range(0, n, step):
        total += 1
    return total


def iterate(items, text, table):
    count = 0
    for x in items:
        if x < 0:
            continue
        count += x
    for ch in text:
        count += len(ch)
    for key, value in table.items():
        count += value
    return count


def nested(n):
    found = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                found += 1
                break
        else:
            found -= 1
    return found


def entry_point(argv):
    print(while_else(3), while_else(10), range_forms(6, 2), iterate([1, -2, 3], "ab", {"x": 1}), nested(5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph loops.iterate(v0, v1, v2) {
# block0(v0, v1, v2):
#     v3 = iter(v0)
#     goto block1(v1, v2, 0, v3)
# block1(v4, v5, v6, v7):
#     v8 = next(v7)
#     exits [normal: block8(v4, v5, v6, v7, v8), except StopIteration as (v9, v10): block2(v4, v5, v6)]
# block2(v11, v12, v13):
#     v14 = iter(v11)
#     goto block3(v12, v13, v14)
# block3(v15, v16, v17):
#     v18 = next(v17)
#     exits [normal: block7(v15, v16, v17, v18), except StopIteration as (v19, v20): block4(v15, v16)]
# block4(v21, v22):
#     v23 = getattr(v21, 'items')
#     v24 = simple_call(v23)
#     v25 = iter(v24)
#     goto block5(v22, v25)
# block5(v26, v27):
#     v28 = next(v27)
#     exits [normal: block6(v26, v27, v28), except StopIteration as (v29, v30): return(v26)]
# block6(v31, v32, v33):
#     v34 = unpack_check(v33, 2)
#     v35 = getitem(v33, 0)
#     v36 = getitem(v33, 1)
#     v37 = inplace_add(v31, v36)
#     goto block5(v37, v32)
# block7(v38, v39, v40, v41):
#     v42 = simple_call(len, v41)
#     v43 = inplace_add(v39, v42)
#     goto block3(v38, v43, v40)
# block8(v44, v45, v46, v47, v48):
#     v49 = lt(v48, 0)
#     v50 = bool_(v49)
#     branch v50 [true: block1(v44, v45, v46, v47), false: block9(v44, v45, v46, v48, v47)]
# block9(v51, v52, v53, v54, v55):
#     v56 = inplace_add(v53, v54)
#     goto block1(v51, v52, v56, v55)
# }
# graph loops.nested(v0) {
# block0(v0):
#     goto block1(0, 0, v0)
# block1(v1, v2, v3):
#     v4 = lt(v2, v3)
#     branch v4 [true: block2(v1, v2, v3), false: return(v1)]
# block2(v5, v6, v7):
#     v8 = add(v6, 1)
#     goto block3(v5, v6, v8, v7, 0, v6)
# block3(v9, v10, v11, v12, v13, v14):
#     v15 = lt(v13, v14)
#     branch v15 [true: block5(v9, v10, v11, v12, v13, v14), false: block4(v9, v11, v12)]
# block4(v16, v17, v18):
#     v19 = inplace_sub(v16, 1)
#     goto block1(v19, v17, v18)
# block5(v20, v21, v22, v23, v24, v25):
#     v26 = add(v24, 1)
#     v27 = add(v21, v24)
#     v28 = mod(v27, 3)
#     v29 = eq(v28, 0)
#     v30 = bool_(v29)
#     branch v30 [true: block6(v20, v22, v23), false: block3(v20, v21, v22, v23, v26, v25)]
# block6(v31, v32, v33):
#     v34 = inplace_add(v31, 1)
#     goto block1(v34, v32, v33)
# }
# graph loops.range_forms(v0, v1) {
# block0(v0, v1):
#     goto block1(v0, v1, 0, 0, v0)
# block1(v2, v3, v4, v5, v6):
#     v7 = lt(v5, v6)
#     branch v7 [true: block9(v2, v3, v4, v5, v6), false: block2(v2, v3, v4, 2, v2)]
# block2(v8, v9, v10, v11, v12):
#     v13 = lt(v11, v12)
#     branch v13 [true: block8(v8, v9, v10, v11, v12), false: block3(v8, v9, v10, v8, 0)]
# block3(v14, v15, v16, v17, v18):
#     v19 = gt(v17, v18)
#     branch v19 [true: block7(v14, v15, v16, v17, v18), false: block4(v14, v15, v16)]
# block4(v20, v21, v22):
#     v23 = simple_call(range, 0, v20, v21)
#     v24 = iter(v23)
#     goto block5(v22, v24)
# block5(v25, v26):
#     v27 = next(v26)
#     exits [normal: block6(v25, v26), except StopIteration as (v28, v29): return(v25)]
# block6(v30, v31):
#     v32 = inplace_add(v30, 1)
#     goto block5(v32, v31)
# block7(v33, v34, v35, v36, v37):
#     v38 = add(v36, -2)
#     v39 = inplace_add(v35, v36)
#     goto block3(v33, v34, v39, v38, v37)
# block8(v40, v41, v42, v43, v44):
#     v45 = add(v43, 1)
#     v46 = inplace_sub(v42, v43)
#     goto block2(v40, v41, v46, v45, v44)
# block9(v47, v48, v49, v50, v51):
#     v52 = add(v50, 1)
#     v53 = inplace_add(v49, v50)
#     goto block1(v47, v48, v53, v52, v51)
# }
# graph loops.while_else(v0) {
# block0(v0):
#     goto block1(v0, 0)
# block1(v1, v2):
#     v3 = lt(v2, v1)
#     v4 = bool_(v3)
#     branch v4 [true: block2(v1, v2), false: return(-1)]
# block2(v5, v6):
#     v7 = eq(v6, 7)
#     v8 = bool_(v7)
#     branch v8 [true: return(v6), false: block3(v5, v6)]
# block3(v9, v10):
#     v11 = inplace_add(v10, 1)
#     goto block1(v9, v11)
# }
