# test: flow
# functions: swap unpack starred loop_targets
def swap(a, b):
    a, b = b, a
    return a - b


def unpack(point):
    x, y = point
    (p, q), r = (x, y), x
    return x + y + p + q + r


def starred(items):
    first, *middle, last = items
    return first, middle, last


def loop_targets(pairs):
    total = 0
    for i, (a, b) in enumerate(pairs):
        total += i * a + b
    return total


def entry_point(argv):
    print(swap(1, 2), unpack((3, 4)), starred([1, 2, 3, 4]), loop_targets([(1, 2), (3, 4)]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph unpacking.loop_targets(v0) {
# block0(v0):
#     v1 = simple_call(enumerate, v0)
#     v2 = iter(v1)
#     goto block1(0, v2)
# block1(v3, v4):
#     v5 = next(v4)
#     exits [normal: block2(v3, v4, v5), except StopIteration as (v6, v7): return(v3)]
# block2(v8, v9, v10):
#     v11 = unpack_check(v10, 2)
#     v12 = getitem(v10, 0)
#     v13 = getitem(v10, 1)
#     v14 = unpack_check(v13, 2)
#     v15 = getitem(v13, 0)
#     v16 = getitem(v13, 1)
#     v17 = mul(v12, v15)
#     v18 = add(v17, v16)
#     v19 = inplace_add(v8, v18)
#     goto block1(v19, v9)
# }
# graph unpacking.starred(v0) {
# block0(v0):
#     v1 = getitem(v0, 0)
#     v2 = getslice(v0, 1, -1, None)
#     v3 = simple_call(list, v2)
#     v4 = getitem(v0, -1)
#     v5 = newtuple(v1, v3, v4)
#     goto return(v5)
# }
# graph unpacking.swap(v0, v1) {
# block0(v0, v1):
#     v2 = sub(v1, v0)
#     goto return(v2)
# }
# graph unpacking.unpack(v0) {
# block0(v0):
#     v1 = unpack_check(v0, 2)
#     v2 = getitem(v0, 0)
#     v3 = getitem(v0, 1)
#     v4 = newtuple(v2, v3)
#     v5 = unpack_check(v4, 2)
#     v6 = getitem(v4, 0)
#     v7 = getitem(v4, 1)
#     v8 = add(v2, v3)
#     v9 = add(v8, v6)
#     v10 = add(v9, v7)
#     v11 = add(v10, v2)
#     goto return(v11)
# }
