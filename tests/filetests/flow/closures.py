# test: flow
# functions: counter apply make_scaler.<locals>.scale decorated
# Run-time closures (cells, nonlocal, lambdas) and load-time closures (constant cells).
def make_scaler(k):
    def scale(x):
        return x * k
    return scale


TRIPLE = make_scaler(3)


def counter(start):
    n = start
    def bump(step):
        nonlocal n
        n += step
        return n
    return bump(1) + bump(2), lambda y: y + n


def apply(xs):
    return [TRIPLE(x) for x in xs]


def trace(f):
    return f


def decorated(a):
    @trace
    def inner(b=a + 1):
        return b * 2
    return inner()


def entry_point(argv):
    total, add = counter(10)
    print(total, add(1), apply([1, 2]), decorated(3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph closures.apply(v0) {
#     ; g0 = function closures.make_scaler.<locals>.scale
# block0(v0):
#     v1 = newlist()
#     v2 = iter(v0)
#     goto block1(v1, v2)
# block1(v3, v4):
#     v5 = next(v4)
#     exits [normal: block2(v3, v4, v5), except StopIteration as (v6, v7): return(v3)]
# block2(v8, v9, v10):
#     v11 = getattr(v8, 'append')
#     v12 = simple_call(g0, v10)
#     v13 = simple_call(v11, v12)
#     goto block1(v8, v9)
# }
# graph closures.counter(v0) {
#     ; g0 = function closures.counter.<locals>.bump
#     ; g1 = function closures.counter.<locals>.<lambda>
# block0(v0):
#     v1 = newcell(<empty cell>)
#     v2 = cell_set(v1, v0)
#     v3 = make_function(g0, v1)
#     v4 = simple_call(v3, 1)
#     v5 = simple_call(v3, 2)
#     v6 = add(v4, v5)
#     v7 = make_function(g1, v1)
#     v8 = newtuple(v6, v7)
#     goto return(v8)
# }
# graph closures.decorated(v0) {
#     ; g0 = function closures.decorated.<locals>.inner
#     ; g1 = function closures.trace
# block0(v0):
#     v1 = add(v0, 1)
#     v2 = make_function(g0, v1)
#     v3 = simple_call(g1, v2)
#     v4 = simple_call(v3)
#     goto return(v4)
# }
# graph closures.make_scaler.<locals>.scale(v0) {
# block0(v0):
#     v1 = mul(v0, 3)
#     goto return(v1)
# }
