# test: lltype
# functions: literal lookup catch_missing mutate methods nullable_values iterate truth str_keys tuple_keys instance_keys float_keys custom char_keys wide_defaults equality with_defaults reductions views
# Dicts (rtype_dict.cpp): GcStruct dict_<k>_<v> {num_items, num_used, indexes, entries}; every
# lookup is a kiln_dict_* helper; len and bool read num_items; iterators are {dict, index};
# == is dict_eq (dicts of two types, an r_dict's functions for the lookups in it); next(it, d),
# min/sum/any of a dict or a view are the generic iter_* helpers.
from kiln.objectmodel import r_dict


class Node(object):
    def __init__(self, n):
        self.n = n


def literal(n):
    d = {1: n, 2: n + 1}
    d[3] = 30
    return d


def lookup(d, k):
    x = d[k]
    y = d.get(k, -1)
    if 5 in d:
        x += 1
    return x + y + len(d)


def catch_missing(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def mutate(d):
    del d[1]
    a = d.pop(2)
    b = d.pop(9, 0)
    c = d.setdefault(4, 40)
    return a + b + c


def methods(d):
    e = d.copy()
    e.clear()
    e.update(d)
    f = dict(e)
    return len(f)


def nullable_values(key):
    d = {"one": "uno"}
    d["two"] = "dos"
    return d.get(key)


def iterate(d):
    total = 0
    for k in d:
        total += k
    for v in d.values():
        total += v
    for k, v in d.items():
        total += k * v
    return total


def truth(d):
    if d:
        return not d
    return d is None


def str_keys(word):
    counts = {}
    counts[word] = counts.get(word, 0) + 1
    counts["c"] = 3
    return counts


def tuple_keys():
    grid = {(0, 0): "origin"}
    grid[(1, 2)] = "point"
    return grid.get((1, 2), "none")


def instance_keys(a, b):
    seen = {a: True}
    return b in seen


def float_keys(x):
    d = {1.5: 1}
    d[x] = 2
    return d[1.5]


def same_mod_10(a, b):
    return a % 10 == b % 10


def hash_mod_10(a):
    return a % 10


def custom(k):
    d = r_dict(same_mod_10, hash_mod_10)
    d[13] = 1
    return d[k]


def char_keys(word):
    seen = {}
    seen["a"] = True
    if word in seen:
        del seen[word]
    return seen.get(word, False)


def wide_defaults(d, k):
    nodes = {1: Node(1)}
    lists = {"x": [1]}
    return d.get(k, True), nodes.get(k, None), lists.get("y", []), nodes.get(k, Node(0)).n


def equality(d, e, f):
    return d == e, d != f, bool(d), custom_dict() == custom_dict(), e == custom_dict()


def custom_dict():
    d = r_dict(same_mod_10, hash_mod_10)
    d[1] = 1
    return d


def with_defaults(d):
    keys = iter(d)
    items = iter(d.items())
    return next(keys, -1), next(items, (0, 0))


def reductions(d):
    return min(d), sum(d.values()), any(d), max(d.items())


def views(d):
    # A view stored and used twice: each use copies it at its start (freshViews).
    ks = d.keys()
    n = 0
    for k in ks:
        n += k
    return n + len(list(ks))


def entry_point(argv):
    d = literal(len(argv))
    print(views(d))
    total = lookup(d, 1) + catch_missing(d, 8) + mutate(d) + methods(d) + iterate(d)
    if truth(d) or truth(None):
        total += 1
    total += str_keys("ab")["ab"] + custom(23) + float_keys(2.5)
    if nullable_values("three") is None and tuple_keys() == "point":
        total += 1
    if char_keys("ab") or wide_defaults(d, 1)[3] > 0:
        total += 1
    if equality(d, {1: 1.5}, d)[0] or with_defaults(d)[0] > 0 or reductions(d)[1] > 0:
        total += 1
    a = Node(1)
    if instance_keys(a, Node(2)):
        total += 1
    return 0 if total > 0 else 1


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph dicts.catch_missing(v0: Ptr(GcStruct dict_int_int), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int), v1: Signed):
#     v2: Signed = direct_call(&kiln_dict_getitem: Ptr(Func(Ptr(GcStruct dict_int_int), Signed) -> Signed), v0, v1)
#     exits [normal: return(v2), except @vtable_Exception as (v3: Ptr(Struct object_vtable), v4: Ptr(GcStruct Exception)): block1(v3, v4)]
# block1(v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct Exception)):
#     v7: Ptr(Struct Exception_vtable) = cast_pointer(v5)
#     goto block2(v7, v6)
# block2(v8: Ptr(Struct Exception_vtable), v9: Ptr(GcStruct Exception)):
#     v10: Ptr(Struct object_vtable) = cast_pointer(v8)
#     v11: Signed = getfield(v10, "subclassrange_min")
#     v12: Bool = int_between(5, v11, 6)
#     branch v12 [true: return(-1), false: block3(v8, v9)]
# block3(v13: Ptr(Struct Exception_vtable), v14: Ptr(GcStruct Exception)):
#     v15: Ptr(Struct object_vtable) = cast_pointer(v13)
#     v16: Ptr(GcStruct object) = cast_pointer(v14)
#     goto raise(v15, v16)
# }
# graph dicts.char_keys(v0: Ptr(GcStruct str)) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct dict_unichar_bool) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_unichar_bool)))
#     v2: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_unichar_bool), UniChar, Bool) -> Void), v1, U'a', True)
#     v3: Bool = direct_call(&kiln_dict_contains: Ptr(Func(Ptr(GcStruct dict_unichar_bool), Ptr(GcStruct str)) -> Bool), v1, v0)
#     branch v3 [true: block1(v0, v1), false: block2(v0, v1)]
# block1(v4: Ptr(GcStruct str), v5: Ptr(GcStruct dict_unichar_bool)):
#     v6: Void = direct_call(&kiln_dict_delitem: Ptr(Func(Ptr(GcStruct dict_unichar_bool), Ptr(GcStruct str)) -> Void), v5, v4)
#     goto block2(v4, v5)
# block2(v7: Ptr(GcStruct str), v8: Ptr(GcStruct dict_unichar_bool)):
#     v9: Bool = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct dict_unichar_bool), Ptr(GcStruct str), Bool) -> Bool), v8, v7, False)
#     goto return(v9)
# }
# graph dicts.custom(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct rdict_int_int) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct rdict_int_int)))
#     v2: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct rdict_int_int), Signed, Signed, Ptr(Func(Signed, Signed) -> Bool), Ptr(Func(Signed) -> Signed)) -> Void), v1, 13, 1, &dicts.same_mod_10: Ptr(Func(Signed, Signed) -> Bool), &dicts.hash_mod_10: Ptr(Func(Signed) -> Signed))
#     v3: Signed = direct_call(&kiln_dict_getitem: Ptr(Func(Ptr(GcStruct rdict_int_int), Signed, Ptr(Func(Signed, Signed) -> Bool), Ptr(Func(Signed) -> Signed)) -> Signed), v1, v0, &dicts.same_mod_10: Ptr(Func(Signed, Signed) -> Bool), &dicts.hash_mod_10: Ptr(Func(Signed) -> Signed))
#     goto return(v3)
# }
# graph dicts.equality(v0: Ptr(GcStruct dict_int_int), v1: Ptr(GcStruct dict_int_float), v2: Ptr(GcStruct dict_int_int)) -> Ptr(GcStruct tuple5_Bool_Bool_Bool_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int), v1: Ptr(GcStruct dict_int_float), v2: Ptr(GcStruct dict_int_int)):
#     v3: Bool = direct_call(&kiln_dict_eq: Ptr(Func(Ptr(GcStruct dict_int_int), Ptr(GcStruct dict_int_float)) -> Bool), v0, v1)
#     v4: Bool = direct_call(&kiln_dict_eq: Ptr(Func(Ptr(GcStruct dict_int_int), Ptr(GcStruct dict_int_int)) -> Bool), v0, v2)
#     v5: Bool = bool_not(v4)
#     v6: Signed = getfield(v0, "num_items")
#     v7: Bool = int_is_true(v6)
#     v8: Ptr(GcStruct rdict_int_int) = direct_call(&dicts.custom_dict: Ptr(Func() -> Ptr(GcStruct rdict_int_int)))
#     v9: Ptr(GcStruct rdict_int_int) = direct_call(&dicts.custom_dict: Ptr(Func() -> Ptr(GcStruct rdict_int_int)))
#     v10: Bool = direct_call(&kiln_dict_eq: Ptr(Func(Ptr(GcStruct rdict_int_int), Ptr(GcStruct rdict_int_int), Ptr(Func(Signed, Signed) -> Bool), Ptr(Func(Signed) -> Signed)) -> Bool), v8, v9, &dicts.same_mod_10: Ptr(Func(Signed, Signed) -> Bool), &dicts.hash_mod_10: Ptr(Func(Signed) -> Signed))
#     v11: Ptr(GcStruct rdict_int_int) = direct_call(&dicts.custom_dict: Ptr(Func() -> Ptr(GcStruct rdict_int_int)))
#     v12: Ptr(GcStruct tuple5_Bool_Bool_Bool_Bool_Bool) = malloc(<GcStruct tuple5_Bool_Bool_Bool_Bool_Bool>)
#     setfield(v12, "item0", v3)
#     setfield(v12, "item1", v5)
#     setfield(v12, "item2", v7)
#     setfield(v12, "item3", v10)
#     setfield(v12, "item4", False)
#     goto return(v12)
# }
# graph dicts.float_keys(v0: Float) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Float):
#     v1: Ptr(GcStruct dict_float_int) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_float_int)))
#     v2: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_float_int), Float, Signed) -> Void), v1, 1.5, 1)
#     v3: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_float_int), Float, Signed) -> Void), v1, v0, 2)
#     v4: Signed = direct_call(&kiln_dict_getitem: Ptr(Func(Ptr(GcStruct dict_float_int), Float) -> Signed), v1, 1.5)
#     goto return(v4)
# }
# graph dicts.instance_keys(v0: Ptr(GcStruct dicts.Node), v1: Ptr(GcStruct dicts.Node)) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dicts.Node), v1: Ptr(GcStruct dicts.Node)):
#     v2: Ptr(GcStruct dict_dicts.Node_bool) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_dicts.Node_bool)))
#     v3: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_dicts.Node_bool), Ptr(GcStruct dicts.Node), Bool) -> Void), v2, v0, True)
#     v4: Bool = direct_call(&kiln_dict_contains: Ptr(Func(Ptr(GcStruct dict_dicts.Node_bool), Ptr(GcStruct dicts.Node)) -> Bool), v2, v1)
#     goto return(v4)
# }
# graph dicts.iterate(v0: Ptr(GcStruct dict_int_int)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int)):
#     v1: Ptr(GcStruct dictkeyiter_int_int) = malloc(<GcStruct dictkeyiter_int_int>)
#     setfield(v1, "dict", v0)
#     goto block1(v0, 0, v1)
# block1(v2: Ptr(GcStruct dict_int_int), v3: Signed, v4: Ptr(GcStruct dictkeyiter_int_int)):
#     v5: Signed = direct_call(&kiln_dict_next_key: Ptr(Func(Ptr(GcStruct dictkeyiter_int_int)) -> Signed), v4)
#     exits [normal: block8(v2, v3, v4, v5), except @vtable_StopIteration as (v6: Ptr(Struct object_vtable), v7: Ptr(GcStruct StopIteration)): block2(v2, v3)]
# block2(v8: Ptr(GcStruct dict_int_int), v9: Signed):
#     v10: Ptr(GcStruct dictvalueiter_int_int) = malloc(<GcStruct dictvalueiter_int_int>)
#     setfield(v10, "dict", v8)
#     goto block3(v8, v9, v10)
# block3(v11: Ptr(GcStruct dict_int_int), v12: Signed, v13: Ptr(GcStruct dictvalueiter_int_int)):
#     v14: Signed = direct_call(&kiln_dict_next_value: Ptr(Func(Ptr(GcStruct dictvalueiter_int_int)) -> Signed), v13)
#     exits [normal: block7(v11, v12, v13, v14), except @vtable_StopIteration as (v15: Ptr(Struct object_vtable), v16: Ptr(GcStruct StopIteration)): block4(v11, v12)]
# block4(v17: Ptr(GcStruct dict_int_int), v18: Signed):
#     v19: Ptr(GcStruct dictitemiter_int_int) = malloc(<GcStruct dictitemiter_int_int>)
#     setfield(v19, "dict", v17)
#     goto block5(v18, v19)
# block5(v20: Signed, v21: Ptr(GcStruct dictitemiter_int_int)):
#     v22: Ptr(GcStruct tuple2_Signed_Signed) = direct_call(&kiln_dict_next_item: Ptr(Func(Ptr(GcStruct dictitemiter_int_int)) -> Ptr(GcStruct tuple2_Signed_Signed)), v21)
#     exits [normal: block6(v20, v21, v22), except @vtable_StopIteration as (v23: Ptr(Struct object_vtable), v24: Ptr(GcStruct StopIteration)): return(v20)]
# block6(v25: Signed, v26: Ptr(GcStruct dictitemiter_int_int), v27: Ptr(GcStruct tuple2_Signed_Signed)):
#     v28: Signed = getfield(v27, "item0")
#     v29: Signed = getfield(v27, "item1")
#     v30: Signed = int_mul(v28, v29)
#     v31: Signed = int_add(v25, v30)
#     goto block5(v31, v26)
# block7(v32: Ptr(GcStruct dict_int_int), v33: Signed, v34: Ptr(GcStruct dictvalueiter_int_int), v35: Signed):
#     v36: Signed = int_add(v33, v35)
#     goto block3(v32, v36, v34)
# block8(v37: Ptr(GcStruct dict_int_int), v38: Signed, v39: Ptr(GcStruct dictkeyiter_int_int), v40: Signed):
#     v41: Signed = int_add(v38, v40)
#     goto block1(v37, v41, v39)
# }
# graph dicts.literal(v0: Signed) -> Ptr(GcStruct dict_int_int) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = int_add(v0, 1)
#     v2: Ptr(GcStruct dict_int_int) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_int_int)))
#     v3: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_int_int), Signed, Signed) -> Void), v2, 1, v0)
#     v4: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_int_int), Signed, Signed) -> Void), v2, 2, v1)
#     v5: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_int_int), Signed, Signed) -> Void), v2, 3, 30)
#     goto return(v2)
# }
# graph dicts.lookup(v0: Ptr(GcStruct dict_int_int), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int), v1: Signed):
#     v2: Signed = direct_call(&kiln_dict_getitem: Ptr(Func(Ptr(GcStruct dict_int_int), Signed) -> Signed), v0, v1)
#     v3: Signed = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct dict_int_int), Signed, Signed) -> Signed), v0, v1, -1)
#     v4: Bool = direct_call(&kiln_dict_contains: Ptr(Func(Ptr(GcStruct dict_int_int), Signed) -> Bool), v0, 5)
#     branch v4 [true: block1(v0, v2, v3), false: block2(v0, v2, v3)]
# block1(v5: Ptr(GcStruct dict_int_int), v6: Signed, v7: Signed):
#     v8: Signed = int_add(v6, 1)
#     goto block2(v5, v8, v7)
# block2(v9: Ptr(GcStruct dict_int_int), v10: Signed, v11: Signed):
#     v12: Signed = int_add(v10, v11)
#     v13: Signed = getfield(v9, "num_items")
#     v14: Signed = int_add(v12, v13)
#     goto return(v14)
# }
# graph dicts.methods(v0: Ptr(GcStruct dict_int_int)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int)):
#     v1: Ptr(GcStruct dict_int_int) = direct_call(&kiln_dict_copy: Ptr(Func(Ptr(GcStruct dict_int_int)) -> Ptr(GcStruct dict_int_int)), v0)
#     v2: Void = direct_call(&kiln_dict_clear: Ptr(Func(Ptr(GcStruct dict_int_int)) -> Void), v1)
#     v3: Void = direct_call(&kiln_dict_update: Ptr(Func(Ptr(GcStruct dict_int_int), Ptr(GcStruct dict_int_int)) -> Void), v1, v0)
#     v4: Ptr(GcStruct dict_int_int) = direct_call(&kiln_dict_copy: Ptr(Func(Ptr(GcStruct dict_int_int)) -> Ptr(GcStruct dict_int_int)), v1)
#     v5: Signed = getfield(v4, "num_items")
#     goto return(v5)
# }
# graph dicts.mutate(v0: Ptr(GcStruct dict_int_int)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int)):
#     v1: Void = direct_call(&kiln_dict_delitem: Ptr(Func(Ptr(GcStruct dict_int_int), Signed) -> Void), v0, 1)
#     v2: Signed = direct_call(&kiln_dict_pop: Ptr(Func(Ptr(GcStruct dict_int_int), Signed) -> Signed), v0, 2)
#     v3: Signed = direct_call(&kiln_dict_pop_default: Ptr(Func(Ptr(GcStruct dict_int_int), Signed, Signed) -> Signed), v0, 9, 0)
#     v4: Signed = direct_call(&kiln_dict_setdefault: Ptr(Func(Ptr(GcStruct dict_int_int), Signed, Signed) -> Signed), v0, 4, 40)
#     v5: Signed = int_add(v2, v3)
#     v6: Signed = int_add(v5, v4)
#     goto return(v6)
# }
# graph dicts.nullable_values(v0: Ptr(GcStruct str)) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct dict_str_str) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_str_str)))
#     v2: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_str_str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Void), v1, @str_one, @str_uno)
#     v3: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_str_str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Void), v1, @str_two, @str_dos)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct dict_str_str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v1, v0, null: Ptr(GcStruct str))
#     goto return(v4)
# }
# graph dicts.reductions(v0: Ptr(GcStruct dict_int_int)) -> Ptr(GcStruct tuple4_Signed_Signed_Bool_tuple2_Signed_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int)):
#     v1: Ptr(GcStruct dictkeyiter_int_int) = malloc(<GcStruct dictkeyiter_int_int>)
#     setfield(v1, "dict", v0)
#     v2: Signed = direct_call(&kiln_iter_min: Ptr(Func(Ptr(GcStruct dictkeyiter_int_int)) -> Signed), v1)
#     v3: Ptr(GcStruct dictvalueiter_int_int) = malloc(<GcStruct dictvalueiter_int_int>)
#     setfield(v3, "dict", v0)
#     v4: Signed = direct_call(&kiln_iter_sum: Ptr(Func(Ptr(GcStruct dictvalueiter_int_int), Signed) -> Signed), v3, 0)
#     v5: Ptr(GcStruct dictkeyiter_int_int) = malloc(<GcStruct dictkeyiter_int_int>)
#     setfield(v5, "dict", v0)
#     v6: Bool = direct_call(&kiln_iter_any: Ptr(Func(Ptr(GcStruct dictkeyiter_int_int)) -> Bool), v5)
#     v7: Ptr(GcStruct dictitemiter_int_int) = malloc(<GcStruct dictitemiter_int_int>)
#     setfield(v7, "dict", v0)
#     v8: Ptr(GcStruct tuple2_Signed_Signed) = direct_call(&kiln_iter_max: Ptr(Func(Ptr(GcStruct dictitemiter_int_int)) -> Ptr(GcStruct tuple2_Signed_Signed)), v7)
#     v9: Ptr(GcStruct tuple4_Signed_Signed_Bool_tuple2_Signed_Signed) = malloc(<GcStruct tuple4_Signed_Signed_Bool_tuple2_Signed_Signed>)
#     setfield(v9, "item0", v2)
#     setfield(v9, "item1", v4)
#     setfield(v9, "item2", v6)
#     setfield(v9, "item3", v8)
#     goto return(v9)
# }
# graph dicts.str_keys(v0: Ptr(GcStruct str)) -> Ptr(GcStruct dict_str_int) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct dict_str_int) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_str_int)))
#     v2: Signed = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct dict_str_int), Ptr(GcStruct str), Signed) -> Signed), v1, v0, 0)
#     v3: Signed = int_add(v2, 1)
#     v4: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_str_int), Ptr(GcStruct str), Signed) -> Void), v1, v0, v3)
#     v5: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_str_int), Ptr(GcStruct str), Signed) -> Void), v1, @str_c, 3)
#     goto return(v1)
# }
# graph dicts.truth(v0: Ptr(GcStruct dict_int_int)) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int)):
#     v1: Bool = direct_call(&kiln_dict_is_true: Ptr(Func(Ptr(GcStruct dict_int_int)) -> Bool), v0)
#     branch v1 [true: block2(v0), false: block1(v0)]
# block1(v2: Ptr(GcStruct dict_int_int)):
#     v3: Bool = ptr_eq(v2, null: Ptr(GcStruct dict_int_int))
#     goto return(v3)
# block2(v4: Ptr(GcStruct dict_int_int)):
#     v5: Signed = getfield(v4, "num_items")
#     v6: Bool = int_is_true(v5)
#     v7: Bool = bool_not(v6)
#     goto return(v7)
# }
# graph dicts.tuple_keys() -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     v0: Ptr(GcStruct dict_tuple2_Signed_Signed_str) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_tuple2_Signed_Signed_str)))
#     v1: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_tuple2_Signed_Signed_str), Ptr(GcStruct tuple2_Signed_Signed), Ptr(GcStruct str)) -> Void), v0, @tuple, @str_origin)
#     v2: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_tuple2_Signed_Signed_str), Ptr(GcStruct tuple2_Signed_Signed), Ptr(GcStruct str)) -> Void), v0, @tuple_2, @str_point)
#     v3: Ptr(GcStruct str) = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct dict_tuple2_Signed_Signed_str), Ptr(GcStruct tuple2_Signed_Signed), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @tuple_3, @str_none)
#     goto return(v3)
# }
# graph dicts.views(v0: Ptr(GcStruct dict_int_int)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int)):
#     v1: Ptr(GcStruct dictkeyiter_int_int) = malloc(<GcStruct dictkeyiter_int_int>)
#     setfield(v1, "dict", v0)
#     v2: Ptr(GcStruct dictkeyiter_int_int) = malloc(<GcStruct dictkeyiter_int_int>)
#     v3: Ptr(GcStruct dict_int_int) = getfield(v1, "dict")
#     setfield(v2, "dict", v3)
#     setfield(v2, "index", 0)
#     goto block1(v1, 0, v2)
# block1(v4: Ptr(GcStruct dictkeyiter_int_int), v5: Signed, v6: Ptr(GcStruct dictkeyiter_int_int)):
#     v7: Signed = direct_call(&kiln_dict_next_key: Ptr(Func(Ptr(GcStruct dictkeyiter_int_int)) -> Signed), v6)
#     exits [normal: block3(v4, v5, v6, v7), except @vtable_StopIteration as (v8: Ptr(Struct object_vtable), v9: Ptr(GcStruct StopIteration)): block2(v4, v5)]
# block2(v10: Ptr(GcStruct dictkeyiter_int_int), v11: Signed):
#     v12: Ptr(GcStruct dictkeyiter_int_int) = malloc(<GcStruct dictkeyiter_int_int>)
#     v13: Ptr(GcStruct dict_int_int) = getfield(v10, "dict")
#     setfield(v12, "dict", v13)
#     setfield(v12, "index", 0)
#     v14: Ptr(GcArray(Signed)) = direct_call(&kiln_list_from_iter: Ptr(Func(Ptr(GcStruct dictkeyiter_int_int)) -> Ptr(GcArray(Signed))), v12)
#     v15: Signed = getarraysize(v14)
#     v16: Signed = int_add(v11, v15)
#     goto return(v16)
# block3(v17: Ptr(GcStruct dictkeyiter_int_int), v18: Signed, v19: Ptr(GcStruct dictkeyiter_int_int), v20: Signed):
#     v21: Signed = int_add(v18, v20)
#     goto block1(v17, v21, v19)
# }
# graph dicts.wide_defaults(v0: Ptr(GcStruct dict_int_int), v1: Signed) -> Ptr(GcStruct tuple4_Signed_dicts.Node_array_Signed_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int), v1: Signed):
#     v2: Ptr(GcStruct dicts.Node) = malloc(<GcStruct dicts.Node>)
#     v3: Ptr(GcStruct object) = cast_pointer(v2)
#     v4: Ptr(Struct object_vtable) = cast_pointer(@vtable_dicts.Node)
#     setfield(v3, "typeptr", v4)
#     v5: Void = direct_call(&dicts.Node.__init__: Ptr(Func(Ptr(GcStruct dicts.Node), Signed) -> Void), v2, 1)
#     v6: Ptr(GcStruct dict_int_dicts.Node) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_int_dicts.Node)))
#     v7: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_int_dicts.Node), Signed, Ptr(GcStruct dicts.Node)) -> Void), v6, 1, v2)
#     v8: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 1)
#     setarrayitem(v8, 0, 1)
#     v9: Ptr(GcStruct dict_unichar_array_int) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_unichar_array_int)))
#     v10: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_unichar_array_int), UniChar, Ptr(GcArray(Signed))) -> Void), v9, U'x', v8)
#     v11: Signed = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct dict_int_int), Signed, Signed) -> Signed), v0, v1, 1)
#     v12: Ptr(GcStruct dicts.Node) = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct dict_int_dicts.Node), Signed, Ptr(GcStruct dicts.Node)) -> Ptr(GcStruct dicts.Node)), v6, v1, null: Ptr(GcStruct dicts.Node))
#     v13: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 0)
#     v14: Ptr(GcArray(Signed)) = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct dict_unichar_array_int), UniChar, Ptr(GcArray(Signed))) -> Ptr(GcArray(Signed))), v9, U'y', v13)
#     v15: Ptr(GcStruct dicts.Node) = malloc(<GcStruct dicts.Node>)
#     v16: Ptr(GcStruct object) = cast_pointer(v15)
#     v17: Ptr(Struct object_vtable) = cast_pointer(@vtable_dicts.Node)
#     setfield(v16, "typeptr", v17)
#     v18: Void = direct_call(&dicts.Node.__init__: Ptr(Func(Ptr(GcStruct dicts.Node), Signed) -> Void), v15, 0)
#     v19: Ptr(GcStruct dicts.Node) = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct dict_int_dicts.Node), Signed, Ptr(GcStruct dicts.Node)) -> Ptr(GcStruct dicts.Node)), v6, v1, v15)
#     v20: Signed = getfield(v19, "inst_n")
#     v21: Ptr(GcStruct tuple4_Signed_dicts.Node_array_Signed_Signed) = malloc(<GcStruct tuple4_Signed_dicts.Node_array_Signed_Signed>)
#     setfield(v21, "item0", v11)
#     setfield(v21, "item1", v12)
#     setfield(v21, "item2", v14)
#     setfield(v21, "item3", v20)
#     goto return(v21)
# }
# graph dicts.with_defaults(v0: Ptr(GcStruct dict_int_int)) -> Ptr(GcStruct tuple2_Signed_tuple2_Signed_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_int_int)):
#     v1: Ptr(GcStruct dictkeyiter_int_int) = malloc(<GcStruct dictkeyiter_int_int>)
#     setfield(v1, "dict", v0)
#     v2: Ptr(GcStruct dictitemiter_int_int) = malloc(<GcStruct dictitemiter_int_int>)
#     setfield(v2, "dict", v0)
#     v3: Signed = direct_call(&kiln_iter_next_default: Ptr(Func(Ptr(GcStruct dictkeyiter_int_int), Signed) -> Signed), v1, -1)
#     v4: Ptr(GcStruct tuple2_Signed_Signed) = direct_call(&kiln_iter_next_default: Ptr(Func(Ptr(GcStruct dictitemiter_int_int), Ptr(GcStruct tuple2_Signed_Signed)) -> Ptr(GcStruct tuple2_Signed_Signed)), v2, @tuple_4)
#     v5: Ptr(GcStruct tuple2_Signed_tuple2_Signed_Signed) = malloc(<GcStruct tuple2_Signed_tuple2_Signed_Signed>)
#     setfield(v5, "item0", v3)
#     setfield(v5, "item1", v4)
#     goto return(v5)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct StopIteration size=16 align=8 { super: GcStruct Exception @0 }
# Struct StopIteration_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct LookupError size=16 align=8 { super: GcStruct Exception @0 }
# Struct LookupError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct KeyError size=16 align=8 { super: GcStruct LookupError @0 }
# Struct KeyError_vtable size=24 align=8 { super: Struct LookupError_vtable @0 }
# GcStruct dicts.Node size=16 align=8 { super: GcStruct object @0, inst_n: Signed @8 }
# Struct dicts.Node_vtable size=24 align=8 { super: Struct object_vtable @0 }
# Struct dictentry_int_int size=24 align=8 { key: Signed @0, value: Signed @8, valid: Bool @16 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcArray(Struct dictentry_int_int) size=8 align=8 items@8 stride=24
# GcStruct dict_int_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_int_int)) @24 }
# Struct rdictentry_int_int size=32 align=8 { key: Signed @0, value: Signed @8, hash: Signed @16, valid: Bool @24 }
# GcArray(Struct rdictentry_int_int) size=8 align=8 items@8 stride=32
# GcStruct rdict_int_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct rdictentry_int_int)) @24 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# Struct dictentry_int_float size=24 align=8 { key: Signed @0, value: Float @8, valid: Bool @16 }
# GcArray(Struct dictentry_int_float) size=8 align=8 items@8 stride=24
# GcStruct dict_int_float size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_int_float)) @24 }
# GcStruct tuple5_Bool_Bool_Bool_Bool_Bool size=5 align=1 { item0: Bool @0, item1: Bool @1, item2: Bool @2, item3: Bool @3, item4: Bool @4 }
# GcStruct tuple2_Signed_Signed size=16 align=8 { item0: Signed @0, item1: Signed @8 }
# GcStruct tuple4_Signed_Signed_Bool_tuple2_Signed_Signed size=32 align=8 { item0: Signed @0, item1: Signed @8, item2: Bool @16, item3: Ptr(GcStruct tuple2_Signed_Signed) @24 }
# Struct dictentry_str_int size=16 align=8 { key: Ptr(GcStruct str) @0, value: Signed @8 }
# GcArray(Struct dictentry_str_int) size=8 align=8 items@8 stride=16
# GcStruct dict_str_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_str_int)) @24 }
# GcStruct tuple4_Signed_dicts.Node_array_Signed_Signed size=32 align=8 { item0: Signed @0, item1: Ptr(GcStruct dicts.Node) @8, item2: Ptr(GcArray(Signed)) @16, item3: Signed @24 }
# GcStruct tuple2_Signed_tuple2_Signed_Signed size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct tuple2_Signed_Signed) @8 }
# Struct dictentry_unichar_bool size=8 align=4 { key: UniChar @0, value: Bool @4, valid: Bool @5 }
# GcArray(Struct dictentry_unichar_bool) size=8 align=8 items@8 stride=8
# GcStruct dict_unichar_bool size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_unichar_bool)) @24 }
# Struct dictentry_float_int size=32 align=8 { key: Float @0, value: Signed @8, hash: Signed @16, valid: Bool @24 }
# GcArray(Struct dictentry_float_int) size=8 align=8 items@8 stride=32
# GcStruct dict_float_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_float_int)) @24 }
# Struct dictentry_dicts.Node_bool size=24 align=8 { key: Ptr(GcStruct dicts.Node) @0, value: Bool @8, hash: Signed @16 }
# GcArray(Struct dictentry_dicts.Node_bool) size=8 align=8 items@8 stride=24
# GcStruct dict_dicts.Node_bool size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_dicts.Node_bool)) @24 }
# GcStruct dictkeyiter_int_int size=24 align=8 { dict: Ptr(GcStruct dict_int_int) @0, index: Signed @8, used: Signed @16 }
# GcStruct dictvalueiter_int_int size=24 align=8 { dict: Ptr(GcStruct dict_int_int) @0, index: Signed @8, used: Signed @16 }
# GcStruct dictitemiter_int_int size=24 align=8 { dict: Ptr(GcStruct dict_int_int) @0, index: Signed @8, used: Signed @16 }
# Struct dictentry_str_str size=16 align=8 { key: Ptr(GcStruct str) @0, value: Ptr(GcStruct str) @8 }
# GcArray(Struct dictentry_str_str) size=8 align=8 items@8 stride=16
# GcStruct dict_str_str size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_str_str)) @24 }
# Struct dictentry_tuple2_Signed_Signed_str size=24 align=8 { key: Ptr(GcStruct tuple2_Signed_Signed) @0, value: Ptr(GcStruct str) @8, hash: Signed @16 }
# GcArray(Struct dictentry_tuple2_Signed_Signed_str) size=8 align=8 items@8 stride=24
# GcStruct dict_tuple2_Signed_Signed_str size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_tuple2_Signed_Signed_str)) @24 }
# Struct dictentry_int_dicts.Node size=24 align=8 { key: Signed @0, value: Ptr(GcStruct dicts.Node) @8, valid: Bool @16 }
# GcArray(Struct dictentry_int_dicts.Node) size=8 align=8 items@8 stride=24
# GcStruct dict_int_dicts.Node size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_int_dicts.Node)) @24 }
# Struct dictentry_unichar_array_int size=24 align=8 { key: UniChar @0, value: Ptr(GcArray(Signed)) @8, valid: Bool @16 }
# GcArray(Struct dictentry_unichar_array_int) size=8 align=8 items@8 stride=24
# GcStruct dict_unichar_array_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_unichar_array_int)) @24 }
# prebuilt @str_Exception: GcStruct str = {hash: 0, length: 9, chars: "Exception"}
# prebuilt @str_Node: GcStruct str = {hash: 0, length: 4, chars: "Node"}
# prebuilt @str_StopIteration: GcStruct str = {hash: 0, length: 13, chars: "StopIteration"}
# prebuilt @str_c: GcStruct str = {hash: 0, length: 1, chars: "c"}
# prebuilt @str_dos: GcStruct str = {hash: 0, length: 3, chars: "dos"}
# prebuilt @str_none: GcStruct str = {hash: 0, length: 4, chars: "none"}
# prebuilt @str_one: GcStruct str = {hash: 0, length: 3, chars: "one"}
# prebuilt @str_origin: GcStruct str = {hash: 0, length: 6, chars: "origin"}
# prebuilt @str_point: GcStruct str = {hash: 0, length: 5, chars: "point"}
# prebuilt @str_two: GcStruct str = {hash: 0, length: 3, chars: "two"}
# prebuilt @str_uno: GcStruct str = {hash: 0, length: 3, chars: "uno"}
# prebuilt @tuple: GcStruct tuple2_Signed_Signed = {item0: 0, item1: 0}
# prebuilt @tuple_2: GcStruct tuple2_Signed_Signed = {item0: 1, item1: 2}
# prebuilt @tuple_3: GcStruct tuple2_Signed_Signed = {item0: 1, item1: 2}
# prebuilt @tuple_4: GcStruct tuple2_Signed_Signed = {item0: 0, item1: 0}
# prebuilt @vtable_Exception: Struct Exception_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 6, name: @str_Exception}}}
# prebuilt @vtable_StopIteration: Struct StopIteration_vtable = {super: {super: {super: {subclassrange_min: 3, subclassrange_max: 4, name: @str_StopIteration}}}}
# prebuilt @vtable_dicts.Node: Struct dicts.Node_vtable = {super: {subclassrange_min: 6, subclassrange_max: 7, name: @str_Node}}
