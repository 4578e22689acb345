# test: lltype
# functions: location opcode_name interpret toggle
# A JitDriver's get_printable_location gets a low-level graph although the program never calls
# it: the JIT calls it with the greens of the driver's jit_marker. `opcode_name` returns one
# character, which the graph returns as a str. `location` serves two drivers; the `pc` green of
# `flags` is a bool, so its jit_marker passes it converted to the int the parameter takes.
from kiln.jit import JitDriver


def location(pc, code):
    return "%d: %s" % (pc, code[pc])


def opcode_name(pc, code):
    return code[pc]


loop = JitDriver(greens=["pc", "code"], reds=["acc"], get_printable_location=location, name="loop")
flags = JitDriver(greens=["pc", "code"], reds=["n"], get_printable_location=location, name="flags")
chars = JitDriver(greens=["pc", "code"], reds=["acc"], get_printable_location=opcode_name, name="chars")


def interpret(code):
    pc = 0
    acc = 0
    while pc < len(code):
        loop.jit_merge_point(pc=pc, code=code, acc=acc)
        if code[pc] == "+":
            acc += 1
        pc += 1
    return acc


def toggle(code, n):
    first = True
    while n > 0:
        flags.jit_merge_point(pc=first, code=code, n=n)
        first = not first
        n -= 1
    return n


def count(code):
    pc = 0
    acc = 0
    while pc < len(code):
        chars.jit_merge_point(pc=pc, code=code, acc=acc)
        acc += ord(code[pc])
        pc += 1
    return acc


def entry_point(argv):
    print(interpret("++-+"), toggle("ab", len(argv)), count("abc"))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph jit_printable_location.interpret(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     goto block1(v0, 0, 0)
# block1(v1: Ptr(GcStruct str), v2: Signed, v3: Signed):
#     v4: Signed = getfield(v1, "length")
#     v5: Bool = int_lt(v2, v4)
#     branch v5 [true: block2(v1, v2, v3), false: return(v3)]
# block2(v6: Ptr(GcStruct str), v7: Signed, v8: Signed):
#     jit_marker("jit_merge_point", "kiln.jit.JitDriver#8", v7, v6, v8)
#     v9: Signed = getfield(v6, "length")
#     v10: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v7, v9, 3)
#     v11: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v6, v10)
#     v12: Bool = unichar_eq(v11, U'+')
#     branch v12 [true: block3(v6, v7, v8), false: block4(v6, v7, v8)]
# block3(v13: Ptr(GcStruct str), v14: Signed, v15: Signed):
#     v16: Signed = int_add(v15, 1)
#     goto block4(v13, v14, v16)
# block4(v17: Ptr(GcStruct str), v18: Signed, v19: Signed):
#     v20: Signed = int_add(v18, 1)
#     goto block1(v17, v20, v19)
# }
# graph jit_printable_location.location(v0: Signed, v1: Ptr(GcStruct str)) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcStruct str)):
#     v2: Signed = getfield(v1, "length")
#     v3: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, v2, 3)
#     v4: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v1, v3)
#     v5: Ptr(GcStruct tuple2_Signed_UniChar) = malloc(<GcStruct tuple2_Signed_UniChar>)
#     setfield(v5, "item0", v0)
#     setfield(v5, "item1", v4)
#     v6: Signed = getfield(v5, "item0")
#     v7: UniChar = getfield(v5, "item1")
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v6)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v7)
#     v10: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v8, @str.4, v9)
#     goto return(v10)
# }
# graph jit_printable_location.opcode_name(v0: Signed, v1: Ptr(GcStruct str)) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcStruct str)):
#     v2: Signed = getfield(v1, "length")
#     v3: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, v2, 3)
#     v4: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v1, v3)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v4)
#     goto return(v5)
# }
# graph jit_printable_location.toggle(v0: Ptr(GcStruct str), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     goto block1(v0, v1, True)
# block1(v2: Ptr(GcStruct str), v3: Signed, v4: Bool):
#     v5: Bool = int_gt(v3, 0)
#     branch v5 [true: block2(v2, v3, v4), false: return(v3)]
# block2(v6: Ptr(GcStruct str), v7: Signed, v8: Bool):
#     v9: Signed = cast_bool_to_int(v8)
#     jit_marker("jit_merge_point", "kiln.jit.JitDriver#9", v9, v6, v7)
#     v10: Bool = bool_not(v8)
#     v11: Signed = int_sub(v7, 1)
#     goto block1(v6, v11, v10)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple2_Signed_UniChar size=16 align=8 { item0: Signed @0, item1: UniChar @8 }
# prebuilt @str.4: GcStruct str = {hash: 0, length: 2, chars: ": "}
