# test: flow
# functions: countdown countdown.<generator>.__next__ pairs.<generator>.__next__
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def pairs(items):
    yield 0
    for x in items:
        yield x
        yield -x


def entry_point(argv):
    total = 0
    for x in countdown(3):
        total += x
    for y in pairs([1, 2]):
        total += y
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph generators.countdown(v0) {
#     ; g0 = class generators.countdown.<generator>
# block0(v0):
#     v1 = simple_call(g0)
#     v2 = setattr(v1, 'resume', 0)
#     v3 = setattr(v1, 'arg0', v0)
#     goto return(v1)
# }
# graph generators.countdown.<generator>.__next__(v0) {
# block0(v0):
#     v1 = getattr(v0, 'resume')
#     switch v1 [case 0: block3(v0), case 1: block2(v0), default: block1()]
# block1():
#     v2 = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3):
#     v4 = getattr(v3, 'y1_0')
#     v5 = inplace_sub(v4, 1)
#     goto block4(v3, v5)
# block3(v6):
#     v7 = getattr(v6, 'arg0')
#     goto block4(v6, v7)
# block4(v8, v9):
#     v10 = gt(v9, 0)
#     v11 = bool_(v10)
#     branch v11 [true: block6(v8, v9), false: block5(v8)]
# block5(v12):
#     v13 = setattr(v12, 'resume', -1)
#     v14 = simple_call(StopIteration)
#     goto raise(StopIteration, v14)
# block6(v15, v16):
#     v17 = setattr(v15, 'y1_0', v16)
#     v18 = setattr(v15, 'resume', 1)
#     goto return(v16)
# }
# graph generators.pairs.<generator>.__next__(v0) {
# block0(v0):
#     v1 = getattr(v0, 'resume')
#     switch v1 [case 0: block8(v0), case 1: block7(v0), case 2: block3(v0), case 3: block2(v0), default: block1()]
# block1():
#     v2 = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3):
#     v4 = getattr(v3, 'y3_0')
#     v5 = iter(v4)
#     goto block4(v3, v5)
# block3(v6):
#     v7 = getattr(v6, 'y2_0')
#     goto block4(v6, v7)
# block4(v8, v9):
#     v10 = next(v9)
#     exits [normal: block6(v8, v9, v10), except StopIteration as (v11, v12): block5(v8)]
# block5(v13):
#     v14 = setattr(v13, 'resume', -1)
#     v15 = simple_call(StopIteration)
#     goto raise(StopIteration, v15)
# block6(v16, v17, v18):
#     v19 = setattr(v16, 'y1_0', v18)
#     v20 = setattr(v16, 'y1_1', v17)
#     v21 = setattr(v16, 'resume', 1)
#     goto return(v18)
# block7(v22):
#     v23 = getattr(v22, 'y1_0')
#     v24 = getattr(v22, 'y1_1')
#     v25 = neg(v23)
#     v26 = setattr(v22, 'y2_0', v24)
#     v27 = setattr(v22, 'resume', 2)
#     goto return(v25)
# block8(v28):
#     v29 = getattr(v28, 'arg0')
#     v30 = setattr(v28, 'y3_0', v29)
#     v31 = setattr(v28, 'resume', 3)
#     goto return(0)
# }
