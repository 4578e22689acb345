# test: annotate
# functions: arith nonneg bools floats unsigned
# Ints, bools and floats: arithmetic, nonneg tracking, unsigned (r_uint), mixing rules.
from kiln.rarithmetic import r_uint, intmask


def arith(a, b):
    s = a + b
    d = a - b
    p = a * b
    q = a // b
    m = a % b
    return s, d, p, q, m


def nonneg(n):
    k = n * 2
    j = k % 7
    sh = k >> 1
    return k, j, sh


def bools(x, y):
    both = x and y
    either = x | y
    count = x + y
    return both, either, count


def floats(x, n):
    f = x * 2.5
    g = f / n
    h = float(n) + f
    return f, g, h, int(h)


def unsigned(n):
    u = r_uint(n)
    v = u * r_uint(3) + 1
    w = v >> 2
    return intmask(w), u < v


def entry_point(argv):
    print(arith(len(argv), 3))
    print(nonneg(len(argv)))
    print(bools(len(argv) > 0, len(argv) > 1))
    print(floats(1.5, len(argv) + 1))
    print(unsigned(len(argv)))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph arith.arith(v0: int>=0, v1: int=3) -> (int>=0, int, int>=0, int>=0, int>=0) {
# block0(v0: int>=0, v1: int=3):
#     v2: int>=0 = add(v0, v1)
#     v3: int = sub(v0, v1)
#     v4: int>=0 = mul(v0, v1)
#     v5: int>=0 = floordiv(v0, v1)
#     v6: int>=0 = mod(v0, v1)
#     v7: (int>=0, int, int>=0, int>=0, int>=0) = newtuple(v2, v3, v4, v5, v6)
#     goto return(v7)
# }
# graph arith.bools(v0: bool, v1: bool) -> (bool, bool, int>=0) {
# block0(v0: bool, v1: bool):
#     v2: bool = bool_(v0)
#     branch v2 [true: block1(v0, v1, v1), false: block1(v0, v1, v0)]
# block1(v3: bool, v4: bool, v5: bool):
#     v6: bool = or_(v3, v4)
#     v7: int>=0 = add(v3, v4)
#     v8: (bool, bool, int>=0) = newtuple(v5, v6, v7)
#     goto return(v8)
# }
# graph arith.floats(v0: float=1.5, v1: int>=0) -> (float, float, float, int) {
# block0(v0: float=1.5, v1: int>=0):
#     v2: float = mul(v0, 2.5)
#     v3: float = truediv(v2, v1)
#     v4: float = simple_call(float, v1)
#     v5: float = add(v4, v2)
#     v6: int = simple_call(int, v5)
#     v7: (float, float, float, int) = newtuple(v2, v3, v5, v6)
#     goto return(v7)
# }
# graph arith.nonneg(v0: int>=0) -> (int>=0, int>=0, int>=0) {
# block0(v0: int>=0):
#     v1: int>=0 = mul(v0, 2)
#     v2: int>=0 = mod(v1, 7)
#     v3: int>=0 = rshift(v1, 1)
#     v4: (int>=0, int>=0, int>=0) = newtuple(v1, v2, v3)
#     goto return(v4)
# }
# graph arith.unsigned(v0: int>=0) -> (int, bool) {
#     ; g0 = class kiln.rarithmetic.r_uint
#     ; g1 = builtin kiln.rarithmetic.intmask
# block0(v0: int>=0):
#     v1: uint = simple_call(g0, v0)
#     v2: uint = simple_call(g0, 3)
#     v3: uint = mul(v1, v2)
#     v4: uint = add(v3, 1)
#     v5: uint = rshift(v4, 2)
#     v6: int = simple_call(g1, v5)
#     v7: bool = lt(v1, v4)
#     v8: (int, bool) = newtuple(v6, v7)
#     goto return(v8)
# }
