# test: flow
# functions: arith folding globals_and_builtins attributes
# Constant folding, globals and builtins as constants, module and class attributes.
import math

LIMIT = 10
NAMES = ("a", "b")


class Config:
    scale = 3

    @staticmethod
    def twice(x):
        return 2 * x


def arith(a, b):
    c = a * b + a // b - a % b
    return -c, ~a, +b, a ** 2, a / b, a << 1 | b >> 1 & a ^ b


def folding():
    x = 2 * 3 + 4
    y = x - LIMIT
    return "ab" + "cd", y, 7 // 2, -7 // 2, -7 % 3, 1 < 2 < 3, not None


def globals_and_builtins(n):
    return len(NAMES) + n + LIMIT, abs(n), NAMES[1]


def attributes(x):
    return math.pi * x + Config.scale + Config.twice(x)


def entry_point(argv):
    print(arith(7, 2), folding(), globals_and_builtins(1), attributes(2.0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph basics.arith(v0, v1) {
# block0(v0, v1):
#     v2 = mul(v0, v1)
#     v3 = floordiv(v0, v1)
#     v4 = add(v2, v3)
#     v5 = mod(v0, v1)
#     v6 = sub(v4, v5)
#     v7 = neg(v6)
#     v8 = invert(v0)
#     v9 = pos(v1)
#     v10 = pow(v0, 2)
#     v11 = truediv(v0, v1)
#     v12 = lshift(v0, 1)
#     v13 = rshift(v1, 1)
#     v14 = and_(v13, v0)
#     v15 = xor_(v14, v1)
#     v16 = or_(v12, v15)
#     v17 = newtuple(v7, v8, v9, v10, v11, v16)
#     goto return(v17)
# }
# graph basics.attributes(v0) {
#     ; g0 = function basics.Config.twice
# block0(v0):
#     v1 = mul(3.141592653589793, v0)
#     v2 = add(v1, 3)
#     v3 = simple_call(g0, v0)
#     v4 = add(v2, v3)
#     goto return(v4)
# }
# graph basics.folding() {
# block0():
#     goto return(('abcd', 0, 3, -4, 2, True, True))
# }
# graph basics.globals_and_builtins(v0) {
# block0(v0):
#     v1 = simple_call(len, ('a', 'b'))
#     v2 = add(v1, v0)
#     v3 = add(v2, 10)
#     v4 = simple_call(abs, v0)
#     v5 = newtuple(v3, v4, 'b')
#     goto return(v5)
# }
