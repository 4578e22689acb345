# test: lltype
# functions: interpret lookup norm
# JIT hints: the merge point as jit_marker (marker, driver, greens, reds), promote, hint,
# we_are_jitted, ll_assert; math functions as runtime helpers.
import math

from kiln.debug import ll_assert
from kiln.jit import JitDriver, elidable, hint, promote, we_are_jitted

driver = JitDriver(greens=["pc", "code"], reds=["acc"])


@elidable
def lookup(code, pc):
    return ord(code[pc])


def interpret(code, acc):
    pc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc)
        op = lookup(code, pc)
        ll_assert(op >= 0, "negative opcode")
        if we_are_jitted():
            acc += 1
        acc = promote(acc) + hint(op, promote=True)
        pc += 1
    return acc


def norm(x, y):
    return math.sqrt(x * x + y * y) + math.fabs(x) + math.floor(y)


def entry_point(argv):
    print(interpret("abc", len(argv)), norm(3.0, 4.0))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph hints.interpret(v0: Ptr(GcStruct str), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     goto block1(v0, v1, 0)
# block1(v2: Ptr(GcStruct str), v3: Signed, v4: Signed):
#     v5: Ptr(Array(Char)) = getsubstruct(v2, "chars")
#     v6: Signed = getarraysize(v5)
#     v7: Bool = int_lt(v4, v6)
#     branch v7 [true: block2(v2, v3, v4), false: return(v3)]
# block2(v8: Ptr(GcStruct str), v9: Signed, v10: Signed):
#     jit_marker("jit_merge_point", "kiln.jit.JitDriver#7", v10, v8, v9)
#     v11: Signed = direct_call(&hints.lookup, v8, v10)
#     v12: Bool = int_ge(v11, 0)
#     debug_assert(v12, "negative opcode")
#     v13: Bool = jit_we_are_jitted()
#     branch v13 [true: block3(v8, v9, v10, v11), false: block4(v8, v9, v10, v11)]
# block3(v14: Ptr(GcStruct str), v15: Signed, v16: Signed, v17: Signed):
#     v18: Signed = int_add(v15, 1)
#     goto block4(v14, v18, v16, v17)
# block4(v19: Ptr(GcStruct str), v20: Signed, v21: Signed, v22: Signed):
#     v23: Signed = jit_promote(v20)
#     v24: Signed = jit_hint(v22, "promote=True")
#     v25: Signed = int_add(v23, v24)
#     v26: Signed = int_add(v21, 1)
#     goto block1(v19, v25, v26)
# }
# graph hints.lookup(v0: Ptr(GcStruct str), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v3: Signed = getarraysize(v2)
#     v4: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed) -> Signed), v1, v3)
#     v5: Char = getarrayitem(v2, v4)
#     v6: Signed = cast_char_to_int(v5)
#     goto return(v6)
# }
# graph hints.norm(v0: Float, v1: Float) -> Float raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Float, v1: Float):
#     v2: Float = float_mul(v0, v0)
#     v3: Float = float_mul(v1, v1)
#     v4: Float = float_add(v2, v3)
#     v5: Float = direct_call(&kiln_math_sqrt: Ptr(Func(Float) -> Float), v4)
#     v6: Float = float_abs(v0)
#     v7: Float = float_add(v5, v6)
#     v8: Signed = direct_call(&kiln_math_floor: Ptr(Func(Float) -> Signed), v1)
#     v9: Float = cast_int_to_float(v8)
#     v10: Float = float_add(v7, v9)
#     goto return(v10)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=16 align=8 { hash: Signed @0, chars: Array(Char) @8 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
