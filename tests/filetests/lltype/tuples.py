# test: lltype
# functions: make unpack index compare order contains constant widen hashing concat holes reductions caught nones empty
# Tuples: one GcStruct per sequence of item types (tuple<N>_<types>, Void items without a
# field), getfield by constant index, selects for a variable one, unpacking without a check,
# item-wise ==/</in, constants built where used, conversion to a wider tuple, tuple_hash;
# min/max/sum/any/all and t[i] under a handler through an array of the items, Void items.
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


def reductions(t):
    return min(t), max(t), sum(t), sum(t, 10), any(t), all(t)


def caught(t, i):
    try:
        return t[i]
    except IndexError:
        return -1


def nones(i):
    t = (None, None)
    return t[i], any(t), all(t), list(reversed(t))


def empty():
    return tuple()


def entry_point(argv):
    n = len(argv)
    total = unpack(make(n, argv[0])) + index((1, 2, n), n - 1)
    total += int(compare((n, "a"), (1, "a"))[0]) + int(order((n, 2.5), (1, 0.5))[1])
    total += int(contains(n, 2)[1]) + constant()[0] + widen(n > 1)[0] + hashing((n, "a")) % 7
    total += len(concat((n, "b"), (2.5,))[0]) + holes(n)[1]
    total += reductions((n, 2, True))[0] + caught((1, n), n + 3) + len(nones(n)[3]) + len(empty())
    return total


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph tuples.caught(v0: Ptr(GcStruct tuple2_Signed_Signed), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_Signed), v1: Signed):
#     v2: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 2)
#     v3: Signed = getfield(v0, "item0")
#     setarrayitem(v2, 0, v3)
#     v4: Signed = getfield(v0, "item1")
#     setarrayitem(v2, 1, v4)
#     v5: Signed = direct_call(&kiln_list_getitem: Ptr(Func(Ptr(GcArray(Signed)), Signed, Signed) -> Signed), v2, v1, 1)
#     exits [normal: return(v5), except @vtable_Exception as (v6: Ptr(Struct object_vtable), v7: Ptr(GcStruct Exception)): block1(v6, v7)]
# block1(v8: Ptr(Struct object_vtable), v9: Ptr(GcStruct Exception)):
#     v10: Ptr(Struct Exception_vtable) = cast_pointer(v8)
#     goto block2(v10, v9)
# block2(v11: Ptr(Struct Exception_vtable), v12: Ptr(GcStruct Exception)):
#     v13: Ptr(Struct object_vtable) = cast_pointer(v11)
#     v14: Signed = getfield(v13, "subclassrange_min")
#     v15: Bool = int_between(6, v14, 7)
#     branch v15 [true: return(-1), false: block3(v11, v12)]
# block3(v16: Ptr(Struct Exception_vtable), v17: Ptr(GcStruct Exception)):
#     v18: Ptr(Struct object_vtable) = cast_pointer(v16)
#     v19: Ptr(GcStruct object) = cast_pointer(v17)
#     goto raise(v18, v19)
# }
# graph tuples.compare(v0: Ptr(GcStruct tuple2_Signed_UniChar), v1: Ptr(GcStruct tuple2_Signed_UniChar)) -> Ptr(GcStruct tuple2_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_UniChar), v1: Ptr(GcStruct tuple2_Signed_UniChar)):
#     v2: Signed = getfield(v0, "item0")
#     v3: Signed = getfield(v1, "item0")
#     v4: Bool = int_eq(v2, v3)
#     v5: UniChar = getfield(v0, "item1")
#     v6: UniChar = getfield(v1, "item1")
#     v7: Bool = unichar_eq(v5, v6)
#     v8: Bool = bool_and(v4, v7)
#     v9: Signed = getfield(v0, "item0")
#     v10: Signed = getfield(v1, "item0")
#     v11: Bool = int_eq(v9, v10)
#     v12: UniChar = getfield(v0, "item1")
#     v13: UniChar = getfield(v1, "item1")
#     v14: Bool = unichar_eq(v12, v13)
#     v15: Bool = bool_and(v11, v14)
#     v16: Bool = bool_not(v15)
#     v17: Ptr(GcStruct tuple2_Bool_Bool) = malloc(<GcStruct tuple2_Bool_Bool>)
#     setfield(v17, "item0", v8)
#     setfield(v17, "item1", v16)
#     goto return(v17)
# }
# graph tuples.concat(v0: Ptr(GcStruct tuple2_Signed_UniChar), v1: Ptr(GcStruct tuple1_Float)) -> Ptr(GcStruct tuple3_tuple3_Signed_UniChar_Float_tuple4_Signed_UniChar_Signed_UniChar_tuple1_UniChar) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_UniChar), v1: Ptr(GcStruct tuple1_Float)):
#     v2: Signed = getfield(v0, "item0")
#     v3: UniChar = getfield(v0, "item1")
#     v4: Float = getfield(v1, "item0")
#     v5: Ptr(GcStruct tuple3_Signed_UniChar_Float) = malloc(<GcStruct tuple3_Signed_UniChar_Float>)
#     setfield(v5, "item0", v2)
#     setfield(v5, "item1", v3)
#     setfield(v5, "item2", v4)
#     v6: Signed = getfield(v0, "item0")
#     v7: UniChar = getfield(v0, "item1")
#     v8: Signed = getfield(v0, "item0")
#     v9: UniChar = getfield(v0, "item1")
#     v10: Ptr(GcStruct tuple4_Signed_UniChar_Signed_UniChar) = malloc(<GcStruct tuple4_Signed_UniChar_Signed_UniChar>)
#     setfield(v10, "item0", v6)
#     setfield(v10, "item1", v7)
#     setfield(v10, "item2", v8)
#     setfield(v10, "item3", v9)
#     v11: UniChar = getfield(v0, "item1")
#     v12: Ptr(GcStruct tuple1_UniChar) = malloc(<GcStruct tuple1_UniChar>)
#     setfield(v12, "item0", v11)
#     v13: Ptr(GcStruct tuple3_tuple3_Signed_UniChar_Float_tuple4_Signed_UniChar_Signed_UniChar_tuple1_UniChar) = malloc(<GcStruct tuple3_tuple3_Signed_UniChar_Float_tuple4_Signed_UniChar_Signed_UniChar_tuple1_UniChar>)
#     setfield(v13, "item0", v5)
#     setfield(v13, "item1", v10)
#     setfield(v13, "item2", v12)
#     goto return(v13)
# }
# graph tuples.constant() -> Ptr(GcStruct tuple2_Signed_UniChar) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
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
# graph tuples.empty() -> Ptr(GcStruct tuple0) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     v0: Ptr(GcStruct tuple0) = malloc(<GcStruct tuple0>)
#     goto return(v0)
# }
# graph tuples.hashing(v0: Ptr(GcStruct tuple2_Signed_UniChar)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_UniChar)):
#     v1: Signed = direct_call(&kiln_tuple_hash: Ptr(Func(Ptr(GcStruct tuple2_Signed_UniChar)) -> Signed), v0)
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
#     v5: Signed = direct_call(&kiln_check_index_wrap: Ptr(Func(Signed, Signed, Signed) -> Signed), v1, 3, 2)
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
# graph tuples.nones(v0: Signed) -> Ptr(GcStruct tuple4_Void_Bool_Bool_list_Void) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, 2, 2)
#     v2: Ptr(GcStruct list_Void) = malloc(<GcStruct list_Void>)
#     setfield(v2, "length", 2)
#     v3: Ptr(GcStruct reversed_list_Void) = malloc(<GcStruct reversed_list_Void>)
#     setfield(v3, "list", v2)
#     setfield(v3, "index", 2)
#     v4: Ptr(GcStruct list_Void) = direct_call(&kiln_list_from_iter: Ptr(Func(Ptr(GcStruct reversed_list_Void)) -> Ptr(GcStruct list_Void)), v3)
#     v5: Ptr(GcStruct tuple4_Void_Bool_Bool_list_Void) = malloc(<GcStruct tuple4_Void_Bool_Bool_list_Void>)
#     setfield(v5, "item1", False)
#     setfield(v5, "item2", False)
#     setfield(v5, "item3", v4)
#     goto return(v5)
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
# graph tuples.reductions(v0: Ptr(GcStruct tuple3_Signed_Signed_Bool)) -> Ptr(GcStruct tuple6_Signed_Signed_Signed_Signed_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple3_Signed_Signed_Bool)):
#     v1: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 3)
#     v2: Signed = getfield(v0, "item0")
#     setarrayitem(v1, 0, v2)
#     v3: Signed = getfield(v0, "item1")
#     setarrayitem(v1, 1, v3)
#     v4: Bool = getfield(v0, "item2")
#     v5: Signed = cast_bool_to_int(v4)
#     setarrayitem(v1, 2, v5)
#     v6: Signed = direct_call(&kiln_list_min: Ptr(Func(Ptr(GcArray(Signed))) -> Signed), v1)
#     v7: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 3)
#     v8: Signed = getfield(v0, "item0")
#     setarrayitem(v7, 0, v8)
#     v9: Signed = getfield(v0, "item1")
#     setarrayitem(v7, 1, v9)
#     v10: Bool = getfield(v0, "item2")
#     v11: Signed = cast_bool_to_int(v10)
#     setarrayitem(v7, 2, v11)
#     v12: Signed = direct_call(&kiln_list_max: Ptr(Func(Ptr(GcArray(Signed))) -> Signed), v7)
#     v13: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 3)
#     v14: Signed = getfield(v0, "item0")
#     setarrayitem(v13, 0, v14)
#     v15: Signed = getfield(v0, "item1")
#     setarrayitem(v13, 1, v15)
#     v16: Bool = getfield(v0, "item2")
#     v17: Signed = cast_bool_to_int(v16)
#     setarrayitem(v13, 2, v17)
#     v18: Signed = direct_call(&kiln_list_sum: Ptr(Func(Ptr(GcArray(Signed)), Signed) -> Signed), v13, 0)
#     v19: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 3)
#     v20: Signed = getfield(v0, "item0")
#     setarrayitem(v19, 0, v20)
#     v21: Signed = getfield(v0, "item1")
#     setarrayitem(v19, 1, v21)
#     v22: Bool = getfield(v0, "item2")
#     v23: Signed = cast_bool_to_int(v22)
#     setarrayitem(v19, 2, v23)
#     v24: Signed = direct_call(&kiln_list_sum: Ptr(Func(Ptr(GcArray(Signed)), Signed) -> Signed), v19, 10)
#     v25: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 3)
#     v26: Signed = getfield(v0, "item0")
#     setarrayitem(v25, 0, v26)
#     v27: Signed = getfield(v0, "item1")
#     setarrayitem(v25, 1, v27)
#     v28: Bool = getfield(v0, "item2")
#     v29: Signed = cast_bool_to_int(v28)
#     setarrayitem(v25, 2, v29)
#     v30: Bool = direct_call(&kiln_list_any: Ptr(Func(Ptr(GcArray(Signed))) -> Bool), v25)
#     v31: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 3)
#     v32: Signed = getfield(v0, "item0")
#     setarrayitem(v31, 0, v32)
#     v33: Signed = getfield(v0, "item1")
#     setarrayitem(v31, 1, v33)
#     v34: Bool = getfield(v0, "item2")
#     v35: Signed = cast_bool_to_int(v34)
#     setarrayitem(v31, 2, v35)
#     v36: Bool = direct_call(&kiln_list_all: Ptr(Func(Ptr(GcArray(Signed))) -> Bool), v31)
#     v37: Ptr(GcStruct tuple6_Signed_Signed_Signed_Signed_Bool_Bool) = malloc(<GcStruct tuple6_Signed_Signed_Signed_Signed_Bool_Bool>)
#     setfield(v37, "item0", v6)
#     setfield(v37, "item1", v12)
#     setfield(v37, "item2", v18)
#     setfield(v37, "item3", v24)
#     setfield(v37, "item4", v30)
#     setfield(v37, "item5", v36)
#     goto return(v37)
# }
# graph tuples.unpack(v0: Ptr(GcStruct tuple2_Signed_str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple2_Signed_str)):
#     v1: Signed = getfield(v0, "item0")
#     v2: Ptr(GcStruct str) = getfield(v0, "item1")
#     v3: Signed = getfield(v2, "length")
#     v4: Signed = int_add(v1, v3)
#     goto return(v4)
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
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct tuples.Base size=8 align=8 { super: GcStruct object @0 }
# Struct tuples.Base_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct tuples.Sub size=8 align=8 { super: GcStruct tuples.Base @0 }
# Struct tuples.Sub_vtable size=24 align=8 { super: Struct tuples.Base_vtable @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct LookupError size=16 align=8 { super: GcStruct Exception @0 }
# Struct LookupError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct IndexError size=16 align=8 { super: GcStruct LookupError @0 }
# Struct IndexError_vtable size=24 align=8 { super: Struct LookupError_vtable @0 }
# GcStruct tuple2_Signed_Signed size=16 align=8 { item0: Signed @0, item1: Signed @8 }
# GcStruct tuple2_Signed_UniChar size=16 align=8 { item0: Signed @0, item1: UniChar @8 }
# GcStruct tuple2_Bool_Bool size=2 align=1 { item0: Bool @0, item1: Bool @1 }
# GcStruct tuple1_Float size=8 align=8 { item0: Float @0 }
# GcStruct tuple3_Signed_UniChar_Float size=24 align=8 { item0: Signed @0, item1: UniChar @8, item2: Float @16 }
# GcStruct tuple4_Signed_UniChar_Signed_UniChar size=32 align=8 { item0: Signed @0, item1: UniChar @8, item2: Signed @16, item3: UniChar @24 }
# GcStruct tuple1_UniChar size=4 align=4 { item0: UniChar @0 }
# GcStruct tuple3_tuple3_Signed_UniChar_Float_tuple4_Signed_UniChar_Signed_UniChar_tuple1_UniChar size=24 align=8 { item0: Ptr(GcStruct tuple3_Signed_UniChar_Float) @0, item1: Ptr(GcStruct tuple4_Signed_UniChar_Signed_UniChar) @8, item2: Ptr(GcStruct tuple1_UniChar) @16 }
# GcStruct tuple0 size=0 align=1 {}
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple2_Void_Signed size=8 align=8 { item1: Signed @0 }
# GcStruct tuple3_Signed_Signed_Signed size=24 align=8 { item0: Signed @0, item1: Signed @8, item2: Signed @16 }
# GcStruct tuple2_Signed_str size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8 }
# GcStruct list_Void size=8 align=8 { length: Signed @0 }
# GcStruct tuple4_Void_Bool_Bool_list_Void size=16 align=8 { item1: Bool @0, item2: Bool @1, item3: Ptr(GcStruct list_Void) @8 }
# GcStruct tuple2_Signed_Float size=16 align=8 { item0: Signed @0, item1: Float @8 }
# GcStruct tuple3_Signed_Signed_Bool size=24 align=8 { item0: Signed @0, item1: Signed @8, item2: Bool @16 }
# GcStruct tuple6_Signed_Signed_Signed_Signed_Bool_Bool size=40 align=8 { item0: Signed @0, item1: Signed @8, item2: Signed @16, item3: Signed @24, item4: Bool @32, item5: Bool @33 }
# GcStruct tuple2_Signed_tuples.Base size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct tuples.Base) @8 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcStruct tuple3_Signed_Void_Void size=8 align=8 { item0: Signed @0 }
# GcStruct reversed_list_Void size=16 align=8 { list: Ptr(GcStruct list_Void) @0, index: Signed @8 }
# GcStruct tuple2_Bool_tuples.Sub size=16 align=8 { item0: Bool @0, item1: Ptr(GcStruct tuples.Sub) @8 }
# prebuilt @str_Base: GcStruct str = {hash: 0, length: 4, chars: "Base"}
# prebuilt @str_Exception: GcStruct str = {hash: 0, length: 9, chars: "Exception"}
# prebuilt @str_Sub: GcStruct str = {hash: 0, length: 3, chars: "Sub"}
# prebuilt @tuple: GcStruct tuple2_Signed_UniChar = {item0: 1, item1: U'x'}
# prebuilt @vtable_Exception: Struct Exception_vtable = {super: {super: {subclassrange_min: 4, subclassrange_max: 7, name: @str_Exception}}}
# prebuilt @vtable_tuples.Base: Struct tuples.Base_vtable = {super: {subclassrange_min: 1, subclassrange_max: 3, name: @str_Base}}
# prebuilt @vtable_tuples.Sub: Struct tuples.Sub_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 3, name: @str_Sub}}}
