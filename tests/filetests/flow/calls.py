# test: flow
# functions: shapes methods checks
class Box:
    def __init__(self, v):
        self.v = v

    def get(self, default=0):
        return self.v or default


def f(*args, **kwargs):
    return len(args) + len(kwargs)


def shapes(a, rest, opts):
    return f(a, 2), f(a, sep=1), f(*rest), f(a, *rest), f(**opts), f(a, *rest, key=a, **opts)


def methods(b):
    box = Box(b)
    box.v += 1
    return box.get(), box.get(default=5)


def checks(x):
    return isinstance(x, Box), type(x) is Box, isinstance(x, (int, str))


def entry_point(argv):
    print(shapes(1, [2], {"k": 3}), methods(4), checks(Box(1)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph calls.checks(v0) {
#     ; g0 = class calls.Box
# block0(v0):
#     v1 = isinstance(v0, g0)
#     v2 = type(v0)
#     v3 = is_(v2, g0)
#     v4 = isinstance(v0, (int, str))
#     v5 = newtuple(v1, v3, v4)
#     goto return(v5)
# }
# graph calls.methods(v0) {
#     ; g0 = class calls.Box
# block0(v0):
#     v1 = simple_call(g0, v0)
#     v2 = getattr(v1, 'v')
#     v3 = inplace_add(v2, 1)
#     v4 = setattr(v1, 'v', v3)
#     v5 = getattr(v1, 'get')
#     v6 = simple_call(v5)
#     v7 = getattr(v1, 'get')
#     v8 = call_args(v7, '0 default', 5)
#     v9 = newtuple(v6, v8)
#     goto return(v9)
# }
# graph calls.shapes(v0, v1, v2) {
#     ; g0 = function calls.f
# block0(v0, v1, v2):
#     v3 = simple_call(g0, v0, 2)
#     v4 = call_args(g0, '1 sep', v0, 1)
#     v5 = call_args(g0, '0 *', v1)
#     v6 = call_args(g0, '1 *', v0, v1)
#     v7 = call_args(g0, '0 **', v2)
#     v8 = call_args(g0, '1 key * **', v0, v1, v0, v2)
#     v9 = newtuple(v3, v4, v5, v6, v7, v8)
#     goto return(v9)
# }
