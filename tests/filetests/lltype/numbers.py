# test: lltype
# functions: arith unsigned floats mixed compare overflow overflow_pow overflow_div divide builtins loop powers divmods divmod_caught rounding min_max float_div shifts operators hashes sums
# Ints (Signed, wrapping), r_uint (Unsigned), bools, floats: arithmetic, comparisons, casts,
# ovfcheck as *_ovf operations, division with and without a zero check, min/max/abs; `**`,
# float `//` and `%`, divmod(), round() and int(float) as runtime helpers. Two generator
# expressions of one function: their graphs are `<genexpr>` and `<genexpr>.2`.
import operator

from kiln.objectmodel import compute_hash
from kiln.rarithmetic import ovfcheck, r_uint, intmask


def arith(a, b):
    return (a + b) * (a - b) ^ (a & 7) | (b << 2) >> 1


def unsigned(a):
    u = r_uint(a) * r_uint(2654435761)
    return intmask(u >> 7)


def floats(x, y):
    return -x * y + x / 3.0 - abs(y)


def mixed(n, x):
    return n * x + True


def compare(a, b, x):
    return a < b and x >= 0.5 or not a


def overflow(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return -1


def overflow_div(a, b):
    # -sys.maxsize - 1 // -1 overflows: int_floordiv_ovf_zer (also ZeroDivisionError); with a
    # known non-zero divisor, int_floordiv_ovf.
    try:
        return ovfcheck(a // b) + ovfcheck(a // -1)
    except OverflowError:
        return -1


def overflow_pow(a, b):
    # The power and its check in one block: the helper's OverflowError (and its ValueError for
    # a negative exponent) leave by the exception links of the call.
    try:
        return ovfcheck(a ** b)
    except OverflowError:
        return -1


def divide(a, b):
    return a // b + a % 10 + a // 4


def builtins(a, b, x):
    return abs(a) + min(a, b) + max(a, b), float(a) + max(x, 1.0), int(x)


def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total


def powers(a, b, x):
    return a ** b + ovfcheck(a ** 3), x ** 0.5 + x ** a


def divmods(a, b, x):
    q, r = divmod(a, b)
    return q + r, divmod(17, -5), divmod(x, 0.5)


def divmod_caught(a, b):
    try:
        return divmod(a, b)
    except ZeroDivisionError:
        return (0, 0)


def rounding(x, n):
    return round(x), round(x, 2), round(n), round(n, -1), int(x), int(2.5)


def min_max(a, b, c, x):
    return min(a, b, c), max(a, b, c, 0), min(x, a, 0.5), max(a > b, c > b)


def float_div(x, y):
    x //= 2.0
    return x // y + x % y


def shifts(a, b):
    return a << b, a >> b, a << 70


def operators(a, b, x):
    return operator.add(a, b), operator.lt(x, a), operator.neg(x), operator.pow(a, 2)


def hashes(n, x):
    return hash(n), hash(-1), hash(x), compute_hash(x), compute_hash(n), bool(x)


def sums(n):
    return sum(i * i for i in range(n)) - sum(i + 1 for i in range(n))


def entry_point(argv):
    n = len(argv)
    print(arith(n, 3), unsigned(n), floats(1.5, n * 0.5), mixed(n, 2.0))
    print(compare(n, 2, 0.25), overflow(n, 1 << 62), divide(n + 40, n), builtins(-n, 3, 2.5), loop(n + 5))
    print(overflow_pow(n + 1, 70), overflow_pow(3, n), sums(n + 3), overflow_div(-9223372036854775807 - 1, n), overflow_div(7, n + 1))
    print(powers(n + 1, 3, 2.0), divmods(-7 * n, 2, 7.5), divmod_caught(n, n - 1), rounding(2.675, 25 * n))
    print(min_max(n, 5, -n, 0.25), float_div(7.5, -2.0), shifts(n, 3 - n), operators(n, 2, 0.5), hashes(n, 1.5))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph numbers.arith(v0: Signed, v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Signed = int_add(v0, v1)
#     v3: Signed = int_sub(v0, v1)
#     v4: Signed = int_mul(v2, v3)
#     v5: Signed = int_and(v0, 7)
#     v6: Signed = int_xor(v4, v5)
#     v7: Signed = int_lshift(v1, 2)
#     v8: Signed = int_rshift(v7, 1)
#     v9: Signed = int_or(v6, v8)
#     goto return(v9)
# }
# graph numbers.builtins(v0: Signed, v1: Signed, v2: Float) -> Ptr(GcStruct tuple3_Signed_Float_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed, v2: Float):
#     v3: Signed = int_abs(v0)
#     v4: Bool = int_lt(v1, v0)
#     v5: Signed = select(v4, v1, v0)
#     v6: Signed = int_add(v3, v5)
#     v7: Bool = int_lt(v0, v1)
#     v8: Signed = select(v7, v1, v0)
#     v9: Signed = int_add(v6, v8)
#     v10: Float = cast_int_to_float(v0)
#     v11: Bool = float_gt(1.0, v2)
#     v12: Float = select(v11, 1.0, v2)
#     v13: Float = float_add(v10, v12)
#     v14: Signed = direct_call(&kiln_float_to_int: Ptr(Func(Float) -> Signed), v2)
#     v15: Ptr(GcStruct tuple3_Signed_Float_Signed) = malloc(<GcStruct tuple3_Signed_Float_Signed>)
#     setfield(v15, "item0", v9)
#     setfield(v15, "item1", v13)
#     setfield(v15, "item2", v14)
#     goto return(v15)
# }
# graph numbers.compare(v0: Signed, v1: Signed, v2: Float) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed, v2: Float):
#     v3: Bool = int_lt(v0, v1)
#     branch v3 [true: block1(v0, v2), false: block2(v0, v3)]
# block1(v4: Signed, v5: Float):
#     v6: Bool = float_ge(v5, 0.5)
#     goto block2(v4, v6)
# block2(v7: Signed, v8: Bool):
#     branch v8 [true: return(v8), false: block3(v7)]
# block3(v9: Signed):
#     v10: Bool = int_is_true(v9)
#     v11: Bool = bool_not(v10)
#     goto return(v11)
# }
# graph numbers.divide(v0: Signed, v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Signed = int_floordiv_zer(v0, v1)
#     v3: Signed = int_mod(v0, 10)
#     v4: Signed = int_add(v2, v3)
#     v5: Signed = int_floordiv(v0, 4)
#     v6: Signed = int_add(v4, v5)
#     goto return(v6)
# }
# graph numbers.divmod_caught(v0: Signed, v1: Signed) -> Ptr(GcStruct tuple2_Signed_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Ptr(GcStruct tuple2_Signed_Signed) = direct_call(&kiln_int_divmod: Ptr(Func(Signed, Signed) -> Ptr(GcStruct tuple2_Signed_Signed)), v0, v1)
#     exits [normal: return(v2), except @vtable_Exception as (v3: Ptr(Struct object_vtable), v4: Ptr(GcStruct Exception)): block1(v3, v4)]
# block1(v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct Exception)):
#     v7: Ptr(Struct Exception_vtable) = cast_pointer(v5)
#     goto block2(v7, v6)
# block2(v8: Ptr(Struct Exception_vtable), v9: Ptr(GcStruct Exception)):
#     v10: Ptr(Struct object_vtable) = cast_pointer(v8)
#     v11: Signed = getfield(v10, "subclassrange_min")
#     v12: Bool = int_between(5, v11, 6)
#     branch v12 [true: return(@tuple), false: block3(v8, v9)]
# block3(v13: Ptr(Struct Exception_vtable), v14: Ptr(GcStruct Exception)):
#     v15: Ptr(Struct object_vtable) = cast_pointer(v13)
#     v16: Ptr(GcStruct object) = cast_pointer(v14)
#     goto raise(v15, v16)
# }
# graph numbers.divmods(v0: Signed, v1: Signed, v2: Float) -> Ptr(GcStruct tuple3_Signed_tuple2_Signed_Signed_tuple2_Float_Float) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed, v2: Float):
#     v3: Signed = int_floordiv_zer(v0, v1)
#     v4: Signed = int_mod(v0, v1)
#     v5: Ptr(GcStruct tuple2_Signed_Signed) = malloc(<GcStruct tuple2_Signed_Signed>)
#     setfield(v5, "item0", v3)
#     setfield(v5, "item1", v4)
#     v6: Signed = getfield(v5, "item0")
#     v7: Signed = getfield(v5, "item1")
#     v8: Signed = int_add(v6, v7)
#     v9: Ptr(GcStruct tuple2_Signed_Signed) = malloc(<GcStruct tuple2_Signed_Signed>)
#     setfield(v9, "item0", -4)
#     setfield(v9, "item1", -3)
#     v10: Ptr(GcStruct tuple2_Float_Float) = direct_call(&kiln_float_divmod: Ptr(Func(Float, Float) -> Ptr(GcStruct tuple2_Float_Float)), v2, 0.5)
#     v11: Ptr(GcStruct tuple3_Signed_tuple2_Signed_Signed_tuple2_Float_Float) = malloc(<GcStruct tuple3_Signed_tuple2_Signed_Signed_tuple2_Float_Float>)
#     setfield(v11, "item0", v8)
#     setfield(v11, "item1", v9)
#     setfield(v11, "item2", v10)
#     goto return(v11)
# }
# graph numbers.float_div(v0: Float, v1: Float) -> Float raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Float, v1: Float):
#     v2: Float = direct_call(&kiln_float_floordiv: Ptr(Func(Float, Float) -> Float), v0, 2.0)
#     v3: Float = direct_call(&kiln_float_floordiv: Ptr(Func(Float, Float) -> Float), v2, v1)
#     v4: Float = direct_call(&kiln_float_mod: Ptr(Func(Float, Float) -> Float), v2, v1)
#     v5: Float = float_add(v3, v4)
#     goto return(v5)
# }
# graph numbers.floats(v0: Float, v1: Float) -> Float raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Float, v1: Float):
#     v2: Float = float_neg(v0)
#     v3: Float = float_mul(v2, v1)
#     v4: Float = float_truediv(v0, 3.0)
#     v5: Float = float_add(v3, v4)
#     v6: Float = float_abs(v1)
#     v7: Float = float_sub(v5, v6)
#     goto return(v7)
# }
# graph numbers.hashes(v0: Signed, v1: Float) -> Ptr(GcStruct tuple6_Signed_Signed_Signed_Signed_Signed_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Float):
#     v2: Signed = direct_call(&kiln_int_hash: Ptr(Func(Signed) -> Signed), v0)
#     v3: Signed = direct_call(&kiln_float_hash: Ptr(Func(Float) -> Signed), v1)
#     v4: Signed = direct_call(&kiln_float_compute_hash: Ptr(Func(Float) -> Signed), v1)
#     v5: Bool = float_is_true(v1)
#     v6: Ptr(GcStruct tuple6_Signed_Signed_Signed_Signed_Signed_Bool) = malloc(<GcStruct tuple6_Signed_Signed_Signed_Signed_Signed_Bool>)
#     setfield(v6, "item0", v2)
#     setfield(v6, "item1", -2)
#     setfield(v6, "item2", v3)
#     setfield(v6, "item3", v4)
#     setfield(v6, "item4", v0)
#     setfield(v6, "item5", v5)
#     goto return(v6)
# }
# graph numbers.loop(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     goto block1(v0, 0, 0)
# block1(v1: Signed, v2: Signed, v3: Signed):
#     v4: Bool = int_lt(v3, v1)
#     branch v4 [true: block2(v1, v2, v3), false: return(v2)]
# block2(v5: Signed, v6: Signed, v7: Signed):
#     v8: Signed = int_add(v6, v7)
#     v9: Signed = int_add(v7, 1)
#     goto block1(v5, v8, v9)
# }
# graph numbers.min_max(v0: Signed, v1: Signed, v2: Signed, v3: Float) -> Ptr(GcStruct tuple4_Signed_Signed_Float_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed, v2: Signed, v3: Float):
#     v4: Bool = int_lt(v1, v0)
#     v5: Signed = select(v4, v1, v0)
#     v6: Bool = int_lt(v2, v5)
#     v7: Signed = select(v6, v2, v5)
#     v8: Bool = int_lt(v0, v1)
#     v9: Signed = select(v8, v1, v0)
#     v10: Bool = int_lt(v9, v2)
#     v11: Signed = select(v10, v2, v9)
#     v12: Bool = int_lt(v11, 0)
#     v13: Signed = select(v12, 0, v11)
#     v14: Float = cast_int_to_float(v0)
#     v15: Bool = float_lt(v14, v3)
#     v16: Float = select(v15, v14, v3)
#     v17: Bool = float_lt(0.5, v16)
#     v18: Float = select(v17, 0.5, v16)
#     v19: Bool = int_gt(v0, v1)
#     v20: Bool = int_gt(v2, v1)
#     v21: Signed = cast_bool_to_int(v19)
#     v22: Signed = cast_bool_to_int(v20)
#     v23: Bool = int_lt(v21, v22)
#     v24: Bool = select(v23, v20, v19)
#     v25: Ptr(GcStruct tuple4_Signed_Signed_Float_Bool) = malloc(<GcStruct tuple4_Signed_Signed_Float_Bool>)
#     setfield(v25, "item0", v7)
#     setfield(v25, "item1", v13)
#     setfield(v25, "item2", v18)
#     setfield(v25, "item3", v24)
#     goto return(v25)
# }
# graph numbers.mixed(v0: Signed, v1: Float) -> Float raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Float):
#     v2: Float = cast_int_to_float(v0)
#     v3: Float = float_mul(v2, v1)
#     v4: Float = float_add(v3, 1.0)
#     goto return(v4)
# }
# graph numbers.operators(v0: Signed, v1: Signed, v2: Float) -> Ptr(GcStruct tuple4_Signed_Bool_Float_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed, v2: Float):
#     v3: Signed = int_add(v0, v1)
#     v4: Float = cast_int_to_float(v0)
#     v5: Bool = float_lt(v2, v4)
#     v6: Float = float_neg(v2)
#     v7: Signed = direct_call(&kiln_int_pow: Ptr(Func(Signed, Signed) -> Signed), v0, 2)
#     v8: Ptr(GcStruct tuple4_Signed_Bool_Float_Signed) = malloc(<GcStruct tuple4_Signed_Bool_Float_Signed>)
#     setfield(v8, "item0", v3)
#     setfield(v8, "item1", v5)
#     setfield(v8, "item2", v6)
#     setfield(v8, "item3", v7)
#     goto return(v8)
# }
# graph numbers.overflow(v0: Signed, v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Signed = int_mul_ovf(v0, v1)
#     exits [normal: return(v2), except @vtable_Exception as (v3: Ptr(Struct object_vtable), v4: Ptr(GcStruct Exception)): block1(v3, v4)]
# block1(v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct Exception)):
#     v7: Ptr(Struct Exception_vtable) = cast_pointer(v5)
#     goto block2(v7, v6)
# block2(v8: Ptr(Struct Exception_vtable), v9: Ptr(GcStruct Exception)):
#     v10: Ptr(Struct object_vtable) = cast_pointer(v8)
#     v11: Signed = getfield(v10, "subclassrange_min")
#     v12: Bool = int_between(4, v11, 5)
#     branch v12 [true: return(-1), false: block3(v8, v9)]
# block3(v13: Ptr(Struct Exception_vtable), v14: Ptr(GcStruct Exception)):
#     v15: Ptr(Struct object_vtable) = cast_pointer(v13)
#     v16: Ptr(GcStruct object) = cast_pointer(v14)
#     goto raise(v15, v16)
# }
# graph numbers.overflow_div(v0: Signed, v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Signed = int_floordiv_ovf_zer(v0, v1)
#     exits [normal: block2(v0, v2), except @vtable_Exception as (v3: Ptr(Struct object_vtable), v4: Ptr(GcStruct Exception)): block1(v3, v4)]
# block1(v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct Exception)):
#     v7: Ptr(Struct Exception_vtable) = cast_pointer(v5)
#     goto block4(v7, v6)
# block2(v8: Signed, v9: Signed):
#     v10: Signed = int_floordiv_ovf(v8, -1)
#     exits [normal: block6(v9, v10), except @vtable_Exception as (v11: Ptr(Struct object_vtable), v12: Ptr(GcStruct Exception)): block3(v11, v12)]
# block3(v13: Ptr(Struct object_vtable), v14: Ptr(GcStruct Exception)):
#     v15: Ptr(Struct Exception_vtable) = cast_pointer(v13)
#     goto block4(v15, v14)
# block4(v16: Ptr(Struct Exception_vtable), v17: Ptr(GcStruct Exception)):
#     v18: Ptr(Struct object_vtable) = cast_pointer(v16)
#     v19: Signed = getfield(v18, "subclassrange_min")
#     v20: Bool = int_between(4, v19, 5)
#     branch v20 [true: return(-1), false: block5(v16, v17)]
# block5(v21: Ptr(Struct Exception_vtable), v22: Ptr(GcStruct Exception)):
#     v23: Ptr(Struct object_vtable) = cast_pointer(v21)
#     v24: Ptr(GcStruct object) = cast_pointer(v22)
#     goto raise(v23, v24)
# block6(v25: Signed, v26: Signed):
#     v27: Signed = int_add(v25, v26)
#     goto return(v27)
# }
# graph numbers.overflow_pow(v0: Signed, v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Signed = direct_call(&kiln_int_pow_ovf: Ptr(Func(Signed, Signed) -> Signed), v0, v1)
#     exits [normal: return(v2), except @vtable_Exception as (v3: Ptr(Struct object_vtable), v4: Ptr(GcStruct Exception)): block1(v3, v4)]
# block1(v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct Exception)):
#     v7: Ptr(Struct Exception_vtable) = cast_pointer(v5)
#     goto block2(v7, v6)
# block2(v8: Ptr(Struct Exception_vtable), v9: Ptr(GcStruct Exception)):
#     v10: Ptr(Struct object_vtable) = cast_pointer(v8)
#     v11: Signed = getfield(v10, "subclassrange_min")
#     v12: Bool = int_between(4, v11, 5)
#     branch v12 [true: return(-1), false: block3(v8, v9)]
# block3(v13: Ptr(Struct Exception_vtable), v14: Ptr(GcStruct Exception)):
#     v15: Ptr(Struct object_vtable) = cast_pointer(v13)
#     v16: Ptr(GcStruct object) = cast_pointer(v14)
#     goto raise(v15, v16)
# }
# graph numbers.powers(v0: Signed, v1: Signed, v2: Float) -> Ptr(GcStruct tuple2_Signed_Float) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed, v2: Float):
#     v3: Signed = direct_call(&kiln_int_pow: Ptr(Func(Signed, Signed) -> Signed), v0, v1)
#     v4: Signed = direct_call(&kiln_int_pow_ovf: Ptr(Func(Signed, Signed) -> Signed), v0, 3)
#     v5: Signed = int_add(v3, v4)
#     v6: Float = direct_call(&kiln_float_pow: Ptr(Func(Float, Float) -> Float), v2, 0.5)
#     v7: Float = cast_int_to_float(v0)
#     v8: Float = direct_call(&kiln_float_pow: Ptr(Func(Float, Float) -> Float), v2, v7)
#     v9: Float = float_add(v6, v8)
#     v10: Ptr(GcStruct tuple2_Signed_Float) = malloc(<GcStruct tuple2_Signed_Float>)
#     setfield(v10, "item0", v5)
#     setfield(v10, "item1", v9)
#     goto return(v10)
# }
# graph numbers.rounding(v0: Float, v1: Signed) -> Ptr(GcStruct tuple6_Signed_Float_Signed_Signed_Signed_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Float, v1: Signed):
#     v2: Signed = direct_call(&kiln_float_round: Ptr(Func(Float) -> Signed), v0)
#     v3: Float = direct_call(&kiln_float_round_digits: Ptr(Func(Float, Signed) -> Float), v0, 2)
#     v4: Signed = direct_call(&kiln_int_round_digits: Ptr(Func(Signed, Signed) -> Signed), v1, -1)
#     v5: Signed = direct_call(&kiln_float_to_int: Ptr(Func(Float) -> Signed), v0)
#     v6: Ptr(GcStruct tuple6_Signed_Float_Signed_Signed_Signed_Signed) = malloc(<GcStruct tuple6_Signed_Float_Signed_Signed_Signed_Signed>)
#     setfield(v6, "item0", v2)
#     setfield(v6, "item1", v3)
#     setfield(v6, "item2", v1)
#     setfield(v6, "item3", v4)
#     setfield(v6, "item4", v5)
#     setfield(v6, "item5", 2)
#     goto return(v6)
# }
# graph numbers.shifts(v0: Signed, v1: Signed) -> Ptr(GcStruct tuple3_Signed_Signed_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Bool = int_lt(v1, 64)
#     v3: Signed = int_and(v1, 63)
#     v4: Signed = int_lshift(v0, v3)
#     v5: Signed = select(v2, v4, 0)
#     v6: Void = direct_call(&kiln_check_shift_count: Ptr(Func(Signed) -> Void), v1)
#     v7: Signed = int_rshift(v0, v1)
#     v8: Void = direct_call(&kiln_check_shift_count: Ptr(Func(Signed) -> Void), v1)
#     v9: Ptr(GcStruct tuple3_Signed_Signed_Signed) = malloc(<GcStruct tuple3_Signed_Signed_Signed>)
#     setfield(v9, "item0", v5)
#     setfield(v9, "item1", v7)
#     setfield(v9, "item2", 0)
#     goto return(v9)
# }
# graph numbers.sums(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct rangeiter) = malloc(<GcStruct rangeiter>)
#     setfield(v1, "next", 0)
#     setfield(v1, "stop", v0)
#     setfield(v1, "step", 1)
#     v2: Ptr(GcStruct numbers.sums.<locals>.<genexpr>.<generator>) = direct_call(&numbers.sums.<locals>.<genexpr>: Ptr(Func(Ptr(GcStruct rangeiter)) -> Ptr(GcStruct numbers.sums.<locals>.<genexpr>.<generator>)), v1)
#     v3: Ptr(GcStruct numbers.sums.<locals>.<genexpr>.<generator>) = direct_call(&numbers.sums.<locals>.<genexpr>.<generator>.__iter__: Ptr(Func(Ptr(GcStruct numbers.sums.<locals>.<genexpr>.<generator>)) -> Ptr(GcStruct numbers.sums.<locals>.<genexpr>.<generator>)), v2)
#     v4: Signed = direct_call(&kiln_sum_from_next: Ptr(Func(Ptr(Func(Ptr(GcStruct numbers.sums.<locals>.<genexpr>.<generator>)) -> Signed), Ptr(GcStruct numbers.sums.<locals>.<genexpr>.<generator>), Signed) -> Signed), &numbers.sums.<locals>.<genexpr>.<generator>.__next__: Ptr(Func(Ptr(GcStruct numbers.sums.<locals>.<genexpr>.<generator>)) -> Signed), v3, 0)
#     v5: Ptr(GcStruct rangeiter) = malloc(<GcStruct rangeiter>)
#     setfield(v5, "next", 0)
#     setfield(v5, "stop", v0)
#     setfield(v5, "step", 1)
#     v6: Ptr(GcStruct numbers.sums.<locals>.<genexpr>.2.<generator>) = direct_call(&numbers.sums.<locals>.<genexpr>.2: Ptr(Func(Ptr(GcStruct rangeiter)) -> Ptr(GcStruct numbers.sums.<locals>.<genexpr>.2.<generator>)), v5)
#     v7: Ptr(GcStruct numbers.sums.<locals>.<genexpr>.2.<generator>) = direct_call(&numbers.sums.<locals>.<genexpr>.2.<generator>.__iter__: Ptr(Func(Ptr(GcStruct numbers.sums.<locals>.<genexpr>.2.<generator>)) -> Ptr(GcStruct numbers.sums.<locals>.<genexpr>.2.<generator>)), v6)
#     v8: Signed = direct_call(&kiln_sum_from_next: Ptr(Func(Ptr(Func(Ptr(GcStruct numbers.sums.<locals>.<genexpr>.2.<generator>)) -> Signed), Ptr(GcStruct numbers.sums.<locals>.<genexpr>.2.<generator>), Signed) -> Signed), &numbers.sums.<locals>.<genexpr>.2.<generator>.__next__: Ptr(Func(Ptr(GcStruct numbers.sums.<locals>.<genexpr>.2.<generator>)) -> Signed), v7, 0)
#     v9: Signed = int_sub(v4, v8)
#     goto return(v9)
# }
# graph numbers.unsigned(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Unsigned = cast_int_to_uint(v0)
#     v2: Unsigned = uint_mul(v1, 2654435761u)
#     v3: Unsigned = uint_rshift(v2, 7)
#     v4: Signed = cast_uint_to_int(v3)
#     goto return(v4)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct ArithmeticError size=16 align=8 { super: GcStruct Exception @0 }
# Struct ArithmeticError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct OverflowError size=16 align=8 { super: GcStruct ArithmeticError @0 }
# Struct OverflowError_vtable size=24 align=8 { super: Struct ArithmeticError_vtable @0 }
# GcStruct numbers.sums.<locals>.<genexpr>.<generator> size=32 align=8 { super: GcStruct object @0, inst_resume: Signed @8, inst_arg0: Ptr(GcStruct rangeiter) @16, inst_y1_0: Ptr(GcStruct rangeiter) @24 }
# Struct numbers.sums.<locals>.<genexpr>.<generator>_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct numbers.sums.<locals>.<genexpr>.2.<generator> size=32 align=8 { super: GcStruct object @0, inst_resume: Signed @8, inst_arg0: Ptr(GcStruct rangeiter) @16, inst_y1_0: Ptr(GcStruct rangeiter) @24 }
# Struct numbers.sums.<locals>.<genexpr>.2.<generator>_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct StopIteration size=16 align=8 { super: GcStruct Exception @0 }
# Struct StopIteration_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct ZeroDivisionError size=16 align=8 { super: GcStruct ArithmeticError @0 }
# Struct ZeroDivisionError_vtable size=24 align=8 { super: Struct ArithmeticError_vtable @0 }
# GcStruct tuple3_Signed_Float_Signed size=24 align=8 { item0: Signed @0, item1: Float @8, item2: Signed @16 }
# GcStruct tuple2_Signed_Signed size=16 align=8 { item0: Signed @0, item1: Signed @8 }
# GcStruct tuple2_Float_Float size=16 align=8 { item0: Float @0, item1: Float @8 }
# GcStruct tuple3_Signed_tuple2_Signed_Signed_tuple2_Float_Float size=24 align=8 { item0: Signed @0, item1: Ptr(GcStruct tuple2_Signed_Signed) @8, item2: Ptr(GcStruct tuple2_Float_Float) @16 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple6_Signed_Signed_Signed_Signed_Signed_Bool size=48 align=8 { item0: Signed @0, item1: Signed @8, item2: Signed @16, item3: Signed @24, item4: Signed @32, item5: Bool @40 }
# GcStruct tuple4_Signed_Signed_Float_Bool size=32 align=8 { item0: Signed @0, item1: Signed @8, item2: Float @16, item3: Bool @24 }
# GcStruct tuple4_Signed_Bool_Float_Signed size=32 align=8 { item0: Signed @0, item1: Bool @8, item2: Float @16, item3: Signed @24 }
# GcStruct tuple2_Signed_Float size=16 align=8 { item0: Signed @0, item1: Float @8 }
# GcStruct tuple6_Signed_Float_Signed_Signed_Signed_Signed size=48 align=8 { item0: Signed @0, item1: Float @8, item2: Signed @16, item3: Signed @24, item4: Signed @32, item5: Signed @40 }
# GcStruct tuple3_Signed_Signed_Signed size=24 align=8 { item0: Signed @0, item1: Signed @8, item2: Signed @16 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcStruct rangeiter size=32 align=8 { next: Signed @0, stop: Signed @8, step: Signed @16, list: Ptr(GcArray(Signed)) @24 }
# prebuilt @str_Exception: GcStruct str = {hash: 0, length: 9, chars: "Exception"}
# prebuilt @tuple: GcStruct tuple2_Signed_Signed = {item0: 0, item1: 0}
# prebuilt @vtable_Exception: Struct Exception_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 7, name: @str_Exception}}}
