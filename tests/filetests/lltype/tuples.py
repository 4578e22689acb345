# test: lltype
# functions: make unpack index compare order contains constant widen hashing concat holes
# Tuples: one GcStruct per sequence of item types (tuple<N>_<types>, Void items without a
# field), getfield by constant index, selects for a variable one, unpacking without a check,
# item-wise ==/</in, constants built where used, conversion to a wider tuple, tuple_hash.
class Base(object):
    pass


class Sub(Base):
    pass


def make(n, s):
    return (n, s)


def unpack(t):
    a, b = t
    return a + len(b)


def index(t, i):
    return t[0] + t[-1] + t[i]


def compare(a, b):
    return a == b, a != b


def order(a, b):
    return a < b, a >= b


def contains(x, y):
    return x in (1, 2, 3), x in (y, 5)


def constant():
    return (1, "x")


def widen(flag):
    t = (True, Sub())
    if flag:
        t = (2, Base())
    return t


def hashing(t):
    return hash(t)


def concat(t, u):
    return t + u, t * 2, t[1:]


def holes(x):
    t = (x, None, len)
    return t[1], t[0]


def entry_point(argv):
    n = len(argv)
    total = unpack(make(n, argv[0])) + index((1, 2, n), n - 1)
    total += int(compare((n, "a"), (1, "a"))[0]) + int(order((n, 2.5), (1, 0.5))[1])
    total += int(contains(n, 2)[1]) + constant()[0] + widen(n > 1)[0] + hashing((n, "a")) % 7
    total += len(concat((n, "b"), (2.5,))[0]) + holes(n)[1]
    return total


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph tuples.compare(v0: Ptr(GcStruct tuple2_Signed_Char), v1: Ptr(GcStruct tuple2_Signed_Char)) -> Ptr(GcStruct tuple2_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_Char), v1: Ptr(GcStruct tuple2_Signed_Char)):
#     v2: Signed = getfield(v0, "item0")
#     v3: Signed = getfield(v1, "item0")
#     v4: Bool = int_eq(v2, v3)
#     v5: Char = getfield(v0, "item1")
#     v6: Char = getfield(v1, "item1")
#     v7: Bool = char_eq(v5, v6)
#     v8: Bool = bool_and(v4, v7)
#     v9: Signed = getfield(v0, "item0")
#     v10: Signed = getfield(v1, "item0")
#     v11: Bool = int_eq(v9, v10)
#     v12: Char = getfield(v0, "item1")
#     v13: Char = getfield(v1, "item1")
#     v14: Bool = char_eq(v12, v13)
#     v15: Bool = bool_and(v11, v14)
#     v16: Bool = bool_not(v15)
#     v17: Ptr(GcStruct tuple2_Bool_Bool) = malloc(<GcStruct tuple2_Bool_Bool>)
#     setfield(v17, "item0", v8)
#     setfield(v17, "item1", v16)
#     goto return(v17)
# }
# graph tuples.concat(v0: Ptr(GcStruct tuple2_Signed_Char), v1: Ptr(GcStruct tuple1_Float)) -> Ptr(GcStruct tuple3_tuple3_Signed_Char_Float_tuple4_Signed_Char_Signed_Char_tuple1_Char) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_Char), v1: Ptr(GcStruct tuple1_Float)):
#     v2: Signed = getfield(v0, "item0")
#     v3: Char = getfield(v0, "item1")
#     v4: Float = getfield(v1, "item0")
#     v5: Ptr(GcStruct tuple3_Signed_Char_Float) = malloc(<GcStruct tuple3_Signed_Char_Float>)
#     setfield(v5, "item0", v2)
#     setfield(v5, "item1", v3)
#     setfield(v5, "item2", v4)
#     v6: Signed = getfield(v0, "item0")
#     v7: Char = getfield(v0, "item1")
#     v8: Signed = getfield(v0, "item0")
#     v9: Char = getfield(v0, "item1")
#     v10: Ptr(GcStruct tuple4_Signed_Char_Signed_Char) = malloc(<GcStruct tuple4_Signed_Char_Signed_Char>)
#     setfield(v10, "item0", v6)
#     setfield(v10, "item1", v7)
#     setfield(v10, "item2", v8)
#     setfield(v10, "item3", v9)
#     v11: Char = getfield(v0, "item1")
#     v12: Ptr(GcStruct tuple1_Char) = malloc(<GcStruct tuple1_Char>)
#     setfield(v12, "item0", v11)
#     v13: Ptr(GcStruct tuple3_tuple3_Signed_Char_Float_tuple4_Signed_Char_Signed_Char_tuple1_Char) = malloc(<GcStruct tuple3_tuple3_Signed_Char_Float_tuple4_Signed_Char_Signed_Char_tuple1_Char>)
#     setfield(v13, "item0", v5)
#     setfield(v13, "item1", v10)
#     setfield(v13, "item2", v12)
#     goto return(v13)
# }
# graph tuples.constant() -> Ptr(GcStruct tuple2_Signed_Char) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     goto return(@tuple)
# }
# graph tuples.contains(v0: Signed, v1: Signed) -> Ptr(GcStruct tuple2_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Bool = int_eq(v0, 1)
#     v3: Bool = int_eq(v0, 2)
#     v4: Bool = bool_or(v2, v3)
#     v5: Bool = int_eq(v0, 3)
#     v6: Bool = bool_or(v4, v5)
#     v7: Bool = int_eq(v0, v1)
#     v8: Bool = int_eq(v0, 5)
#     v9: Bool = bool_or(v7, v8)
#     v10: Ptr(GcStruct tuple2_Bool_Bool) = malloc(<GcStruct tuple2_Bool_Bool>)
#     setfield(v10, "item0", v6)
#     setfield(v10, "item1", v9)
#     goto return(v10)
# }
# graph tuples.hashing(v0: Ptr(GcStruct tuple2_Signed_Char)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_Char)):
#     v1: Signed = direct_call(&kiln_tuple_hash: Ptr(Func(Ptr(GcStruct tuple2_Signed_Char)) -> Signed), v0)
#     goto return(v1)
# }
# graph tuples.holes(v0: Signed) -> Ptr(GcStruct tuple2_Void_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct tuple3_Signed_Void_Void) = malloc(<GcStruct tuple3_Signed_Void_Void>)
#     setfield(v1, "item0", v0)
#     v2: Signed = getfield(v1, "item0")
#     v3: Ptr(GcStruct tuple2_Void_Signed) = malloc(<GcStruct tuple2_Void_Signed>)
#     setfield(v3, "item1", v2)
#     goto return(v3)
# }
# graph tuples.index(v0: Ptr(GcStruct tuple3_Signed_Signed_Signed), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple3_Signed_Signed_Signed), v1: Signed):
#     v2: Signed = getfield(v0, "item0")
#     v3: Signed = getfield(v0, "item2")
#     v4: Signed = int_add(v2, v3)
#     v5: Signed = direct_call(&kiln_check_index_wrap: Ptr(Func(Signed, Signed) -> Signed), v1, 3)
#     v6: Signed = getfield(v0, "item2")
#     v7: Bool = int_eq(v5, 1)
#     v8: Signed = getfield(v0, "item1")
#     v9: Signed = select(v7, v8, v6)
#     v10: Bool = int_eq(v5, 0)
#     v11: Signed = getfield(v0, "item0")
#     v12: Signed = select(v10, v11, v9)
#     v13: Signed = int_add(v4, v12)
#     goto return(v13)
# }
# graph tuples.make(v0: Signed, v1: Ptr(GcStruct str)) -> Ptr(GcStruct tuple2_Signed_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcStruct str)):
#     v2: Ptr(GcStruct tuple2_Signed_str) = malloc(<GcStruct tuple2_Signed_str>)
#     setfield(v2, "item0", v0)
#     setfield(v2, "item1", v1)
#     goto return(v2)
# }
# graph tuples.order(v0: Ptr(GcStruct tuple2_Signed_Float), v1: Ptr(GcStruct tuple2_Signed_Float)) -> Ptr(GcStruct tuple2_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_Float), v1: Ptr(GcStruct tuple2_Signed_Float)):
#     v2: Float = getfield(v0, "item1")
#     v3: Float = getfield(v1, "item1")
#     v4: Bool = float_lt(v2, v3)
#     v5: Signed = getfield(v0, "item0")
#     v6: Signed = getfield(v1, "item0")
#     v7: Bool = int_lt(v5, v6)
#     v8: Bool = int_eq(v5, v6)
#     v9: Bool = bool_and(v8, v4)
#     v10: Bool = bool_or(v7, v9)
#     v11: Float = getfield(v1, "item1")
#     v12: Float = getfield(v0, "item1")
#     v13: Bool = float_le(v11, v12)
#     v14: Signed = getfield(v1, "item0")
#     v15: Signed = getfield(v0, "item0")
#     v16: Bool = int_lt(v14, v15)
#     v17: Bool = int_eq(v14, v15)
#     v18: Bool = bool_and(v17, v13)
#     v19: Bool = bool_or(v16, v18)
#     v20: Ptr(GcStruct tuple2_Bool_Bool) = malloc(<GcStruct tuple2_Bool_Bool>)
#     setfield(v20, "item0", v10)
#     setfield(v20, "item1", v19)
#     goto return(v20)
# }
# graph tuples.unpack(v0: Ptr(GcStruct tuple2_Signed_str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_str)):
#     v1: Signed = getfield(v0, "item0")
#     v2: Ptr(GcStruct str) = getfield(v0, "item1")
#     v3: Ptr(Array(Char)) = getsubstruct(v2, "chars")
#     v4: Signed = getarraysize(v3)
#     v5: Signed = int_add(v1, v4)
#     goto return(v5)
# }
# graph tuples.widen(v0: Bool) -> Ptr(GcStruct tuple2_Signed_tuples.Base) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Bool):
#     v1: Ptr(GcStruct tuples.Sub) = malloc(<GcStruct tuples.Sub>)
#     v2: Ptr(GcStruct object) = cast_pointer(v1)
#     v3: Ptr(Struct object_vtable) = cast_pointer(@vtable_tuples.Sub)
#     setfield(v2, "typeptr", v3)
#     v4: Ptr(GcStruct tuple2_Bool_tuples.Sub) = malloc(<GcStruct tuple2_Bool_tuples.Sub>)
#     setfield(v4, "item0", True)
#     setfield(v4, "item1", v1)
#     branch v0 [true: block2(), false: block1(v4)]
# block1(v5: Ptr(GcStruct tuple2_Bool_tuples.Sub)):
#     v6: Bool = getfield(v5, "item0")
#     v7: Signed = cast_bool_to_int(v6)
#     v8: Ptr(GcStruct tuples.Sub) = getfield(v5, "item1")
#     v9: Ptr(GcStruct tuples.Base) = cast_pointer(v8)
#     v10: Ptr(GcStruct tuple2_Signed_tuples.Base) = malloc(<GcStruct tuple2_Signed_tuples.Base>)
#     setfield(v10, "item0", v7)
#     setfield(v10, "item1", v9)
#     goto return(v10)
# block2():
#     v11: Ptr(GcStruct tuples.Base) = malloc(<GcStruct tuples.Base>)
#     v12: Ptr(GcStruct object) = cast_pointer(v11)
#     v13: Ptr(Struct object_vtable) = cast_pointer(@vtable_tuples.Base)
#     setfield(v12, "typeptr", v13)
#     v14: Ptr(GcStruct tuple2_Signed_tuples.Base) = malloc(<GcStruct tuple2_Signed_tuples.Base>)
#     setfield(v14, "item0", 2)
#     setfield(v14, "item1", v11)
#     goto return(v14)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=16 align=8 { hash: Signed @0, chars: Array(Char) @8 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct tuples.Base size=8 align=8 { super: GcStruct object @0 }
# Struct tuples.Base_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct tuples.Sub size=8 align=8 { super: GcStruct tuples.Base @0 }
# Struct tuples.Sub_vtable size=24 align=8 { super: Struct tuples.Base_vtable @0 }
# GcStruct tuple2_Signed_Char size=16 align=8 { item0: Signed @0, item1: Char @8 }
# GcStruct tuple2_Bool_Bool size=2 align=1 { item0: Bool @0, item1: Bool @1 }
# GcStruct tuple1_Float size=8 align=8 { item0: Float @0 }
# GcStruct tuple3_Signed_Char_Float size=24 align=8 { item0: Signed @0, item1: Char @8, item2: Float @16 }
# GcStruct tuple4_Signed_Char_Signed_Char size=32 align=8 { item0: Signed @0, item1: Char @8, item2: Signed @16, item3: Char @24 }
# GcStruct tuple1_Char size=1 align=1 { item0: Char @0 }
# GcStruct tuple3_tuple3_Signed_Char_Float_tuple4_Signed_Char_Signed_Char_tuple1_Char size=24 align=8 { item0: Ptr(GcStruct tuple3_Signed_Char_Float) @0, item1: Ptr(GcStruct tuple4_Signed_Char_Signed_Char) @8, item2: Ptr(GcStruct tuple1_Char) @16 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple2_Void_Signed size=8 align=8 { item1: Signed @0 }
# GcStruct tuple3_Signed_Signed_Signed size=24 align=8 { item0: Signed @0, item1: Signed @8, item2: Signed @16 }
# GcStruct tuple2_Signed_str size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8 }
# GcStruct tuple2_Signed_Float size=16 align=8 { item0: Signed @0, item1: Float @8 }
# GcStruct tuple2_Signed_tuples.Base size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct tuples.Base) @8 }
# GcStruct tuple3_Signed_Void_Void size=8 align=8 { item0: Signed @0 }
# GcStruct tuple2_Bool_tuples.Sub size=16 align=8 { item0: Bool @0, item1: Ptr(GcStruct tuples.Sub) @8 }
# prebuilt @str_Base: GcStruct str = {hash: 0, chars: "Base"}
# prebuilt @str_Sub: GcStruct str = {hash: 0, chars: "Sub"}
# prebuilt @tuple: GcStruct tuple2_Signed_Char = {item0: 1, item1: 'x'}
# prebuilt @vtable_tuples.Base: Struct tuples.Base_vtable = {super: {subclassrange_min: 1, subclassrange_max: 3, name: @str_Base}}
# prebuilt @vtable_tuples.Sub: Struct tuples.Sub_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 3, name: @str_Sub}}}
