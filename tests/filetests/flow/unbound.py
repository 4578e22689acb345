# test: flow
# functions: maybe delete too_early
# A local assigned on some paths only is read through check_bound, as CPython raises
# UnboundLocalError exactly when the path that did not assign it is taken. A read on a path
# where the local is never assigned raises at once, with CPython 3.11's message.
def maybe(flag, items):
    if flag:
        found = 1
    for x in items:
        last = x
    return found + last


def delete(x):
    y = x + 1
    del x
    return y


def too_early(n):
    total = n + later  # unbound on every path: kiln warns, and the graph raises
    later = 1
    return total


def entry_point(argv):
    print(maybe(True, [1]), delete(2))
    try:
        too_early(1)
    except UnboundLocalError as e:
        print(e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph unbound.delete(v0) {
# block0(v0):
#     v1 = add(v0, 1)
#     goto return(v1)
# }
# graph unbound.maybe(v0, v1) {
# block0(v0, v1):
#     v2 = bool_(v0)
#     branch v2 [true: block1(v1, 1), false: block1(v1, undefined)]
# block1(v3, v4):
#     v5 = iter(v3)
#     goto block2(v4, undefined, v5)
# block2(v6, v7, v8):
#     v9 = next(v8)
#     exits [normal: block2(v6, v9, v8), except StopIteration as (v10, v11): block3(v6, v7)]
# block3(v12, v13):
#     v14 = check_bound(v12, 'found')
#     v15 = check_bound(v13, 'last')
#     v16 = add(v14, v15)
#     goto return(v16)
# }
# graph unbound.too_early(v0) {
# block0(v0):
#     v1 = simple_call(UnboundLocalError, "cannot access local variable 'later' where it is not associated with a value")
#     goto raise(UnboundLocalError, v1)
# }
