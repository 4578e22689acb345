# test: flow
# functions: classify logic conditional compare
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    else:
        kind = "positive"
    return kind


def logic(a, b, c):
    return a and b, a or b or c, not a


def conditional(x):
    return "big" if x > 100 else "small"


def compare(a, b, c, d):
    return a < b <= c, a is None, b is not None, a in d, b not in d


def entry_point(argv):
    print(classify(-1), classify(0), classify(5), logic(1, 0, 2), conditional(7))
    print(compare(1, 2, 3, [3]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph branches.classify(v0) {
# block0(v0):
#     v1 = lt(v0, 0)
#     v2 = bool_(v1)
#     branch v2 [true: return('negative'), false: block1(v0)]
# block1(v3):
#     v4 = eq(v3, 0)
#     v5 = bool_(v4)
#     branch v5 [true: return('zero'), false: return('positive')]
# }
# graph branches.compare(v0, v1, v2, v3) {
# block0(v0, v1, v2, v3):
#     v4 = lt(v0, v1)
#     v5 = bool_(v4)
#     branch v5 [true: block1(v0, v1, v2, v3), false: block2(v0, v1, v3, v4)]
# block1(v6, v7, v8, v9):
#     v10 = le(v7, v8)
#     goto block2(v6, v7, v9, v10)
# block2(v11, v12, v13, v14):
#     v15 = is_(v11, None)
#     v16 = is_(v12, None)
#     v17 = not_(v16)
#     v18 = contains(v13, v11)
#     v19 = contains(v13, v12)
#     v20 = not_(v19)
#     v21 = newtuple(v14, v15, v17, v18, v20)
#     goto return(v21)
# }
# graph branches.conditional(v0) {
# block0(v0):
#     v1 = gt(v0, 100)
#     v2 = bool_(v1)
#     branch v2 [true: return('big'), false: return('small')]
# }
# graph branches.logic(v0, v1, v2) {
# block0(v0, v1, v2):
#     v3 = bool_(v0)
#     branch v3 [true: block1(v0, v1, v2, v1), false: block1(v0, v1, v2, v0)]
# block1(v4, v5, v6, v7):
#     v8 = bool_(v4)
#     branch v8 [true: block3(v4, v4, v7), false: block2(v4, v5, v6, v7)]
# block2(v9, v10, v11, v12):
#     v13 = bool_(v10)
#     branch v13 [true: block3(v9, v10, v12), false: block3(v9, v11, v12)]
# block3(v14, v15, v16):
#     v17 = not_(v14)
#     v18 = newtuple(v16, v15, v17)
#     goto return(v18)
# }
