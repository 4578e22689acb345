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
#     v5: Signed = getfield(v2, "length")
#     v6: Bool = int_lt(v4, v5)
#     branch v6 [true: block2(v2, v3, v4), false: return(v3)]
# block2(v7: Ptr(GcStruct str), v8: Signed, v9: Signed):
#     jit_marker("jit_merge_point", "kiln.jit.JitDriver#7", v9, v7, v8)
#     v10: Signed = direct_call(&hints.lookup, v7, v9)
#     v11: Bool = int_ge(v10, 0)
#     debug_assert(v11, "negative opcode")
#     v12: Bool = jit_we_are_jitted()
#     branch v12 [true: block3(v7, v8, v9, v10), false: block4(v7, v8, v9, v10)]
# block3(v13: Ptr(GcStruct str), v14: Signed, v15: Signed, v16: Signed):
#     v17: Signed = int_add(v14, 1)
#     goto block4(v13, v17, v15, v16)
# block4(v18: Ptr(GcStruct str), v19: Signed, v20: Signed, v21: Signed):
#     v22: Signed = jit_promote(v19)
#     v23: Signed = jit_hint(v21, "promote=True")
#     v24: Signed = int_add(v22, v23)
#     v25: Signed = int_add(v20, 1)
#     goto block1(v18, v24, v25)
# }
# graph hints.lookup(v0: Ptr(GcStruct str), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Signed = getfield(v0, "length")
#     v3: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v1, v2, 3)
#     v4: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v0, v3)
#     v5: Signed = cast_unichar_to_int(v4)
#     goto return(v5)
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
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
