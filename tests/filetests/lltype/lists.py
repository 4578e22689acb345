# test: lltype
# functions: build fixed index negative store caught methods slices operators repeat search reductions maybe prebuilt stepped from_iterators sorting nested
# Lists: resizable list_<item> structs and fixed GcArrays (never resized), index checks (inline
# after check_index/check_index_wrap; one list_getitem call where IndexError is caught), [x] * n
# as one allocation, the helpers of methods and operators, argv, a prebuilt list; slices with a
# step, extending from iterators and dicts, sort(reverse=...), searching a list of lists.
TABLE = [10, 20, 30]


def build(n):
    xs = [1, 2]
    xs.append(n)
    return xs


def fixed(n):
    return [n, n + 1, 3]


def index(xs, i):
    return xs[i] + xs[0]


def negative(xs, i):
    return xs[i] + xs[-1]


def store(xs, i, v):
    xs[i] = v
    xs[-1] = True


def caught(xs, i):
    try:
        return xs[i]
    except IndexError:
        return -1


def methods(xs):
    xs.append(len(xs))
    xs.insert(0, 7)
    xs.extend([1, 2])
    last = xs.pop()
    first = xs.pop(0)
    xs.remove(5)
    xs.reverse()
    xs.sort()
    return first + last + xs.index(1) + xs.count(2)


def slices(xs):
    head = xs[:2]
    tail = xs[1:]
    xs[0:1] = [9, 9]
    del xs[0]
    del xs[1:2]
    return head + tail


def operators(xs, ys):
    both = xs + ys
    xs += ys
    return len(both), 3 in xs, xs == ys, not xs, bool(ys)


def repeat(n, x):
    zeros = [0] * n
    nones = [None] * 3
    items = [x] * n
    twice = items * 2
    return len(zeros) + len(nones) + len(items) + len(twice)


def search(names, name):
    return name in names, names.index(name), "a" in names


def reductions(xs):
    return min(xs), max(xs), sum(xs), any(xs), all(xs), sorted(xs), list(xs)


def maybe(flag):
    xs = None
    if flag:
        xs = [flag]
    if xs:
        return len(xs)
    return int(xs is None)


def prebuilt(i):
    return TABLE[i]


def stepped(xs, k):
    evens = xs[::2]
    back = xs[::-1]
    some = xs[1:k:k]
    xs[::2] = back[: len(evens)]
    del xs[::k]
    return evens + back + some


def from_iterators(xs, counts):
    xs.extend(iter([5, 6]))
    xs += counts
    xs[0:1] = counts.values()
    return len(xs)


def sorting(xs, flag):
    xs.sort(reverse=True)
    return sorted(xs, reverse=flag)


def nested(rows):
    return [1] in rows, rows.index([2, 3]), rows.count([])


def entry_point(argv):
    n = len(argv)
    xs = build(n)
    total = index(fixed(n), 1) + negative(xs, n - 2) + caught(xs, n + 5)
    store(xs, 0, 5)
    total += methods(xs) + len(slices(xs))
    total += operators(xs, [4])[0] + repeat(n, 2.5) + search([argv[0], "a"], "a")[1]
    total += reductions([3, 1, 2])[0] + maybe(n > 5) + prebuilt(n)
    total += len(stepped([1, 2, 3, 4, 5], n + 1)) + from_iterators([1], {7: 8})
    total += len(sorting([2, 1, 3], n > 0)) + nested([[1], [2, n + 2]])[1]
    return total


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph lists.build(v0: Signed) -> Ptr(GcStruct list_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 2)
#     setarrayitem(v1, 0, 1)
#     setarrayitem(v1, 1, 2)
#     v2: Ptr(GcStruct list_Signed) = malloc(<GcStruct list_Signed>)
#     setfield(v2, "length", 2)
#     setfield(v2, "items", v1)
#     v3: Void = direct_call(&kiln_list_append: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Void), v2, v0)
#     goto return(v2)
# }
# graph lists.caught(v0: Ptr(GcStruct list_Signed), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed), v1: Signed):
#     v2: Signed = direct_call(&kiln_list_getitem: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Signed), v0, v1)
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
# graph lists.fixed(v0: Signed) -> Ptr(GcArray(Signed)) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = int_add(v0, 1)
#     v2: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 3)
#     setarrayitem(v2, 0, v0)
#     setarrayitem(v2, 1, v1)
#     setarrayitem(v2, 2, 3)
#     goto return(v2)
# }
# graph lists.from_iterators(v0: Ptr(GcStruct list_Signed), v1: Ptr(GcStruct dict_int_int)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed), v1: Ptr(GcStruct dict_int_int)):
#     v2: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 2)
#     setarrayitem(v2, 0, 5)
#     setarrayitem(v2, 1, 6)
#     v3: Ptr(GcStruct arrayiter_Signed) = malloc(<GcStruct arrayiter_Signed>)
#     setfield(v3, "list", v2)
#     v4: Void = direct_call(&kiln_list_extend_iter: Ptr(Func(Ptr(GcStruct list_Signed), Ptr(GcStruct arrayiter_Signed)) -> Void), v0, v3)
#     v5: Ptr(GcStruct dictkeyiter_int_int) = malloc(<GcStruct dictkeyiter_int_int>)
#     setfield(v5, "dict", v1)
#     v6: Void = direct_call(&kiln_list_extend_iter: Ptr(Func(Ptr(GcStruct list_Signed), Ptr(GcStruct dictkeyiter_int_int)) -> Void), v0, v5)
#     v7: Ptr(GcStruct dictvalueiter_int_int) = malloc(<GcStruct dictvalueiter_int_int>)
#     setfield(v7, "dict", v1)
#     v8: Ptr(GcStruct list_Signed) = direct_call(&kiln_list_from_iter: Ptr(Func(Ptr(GcStruct dictvalueiter_int_int)) -> Ptr(GcStruct list_Signed)), v7)
#     v9: Void = direct_call(&kiln_list_setslice: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed, Ptr(GcStruct list_Signed)) -> Void), v0, 0, 1, v8)
#     v10: Signed = getfield(v0, "length")
#     goto return(v10)
# }
# graph lists.index(v0: Ptr(GcArray(Signed)), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Signed)), v1: Signed):
#     v2: Signed = getarraysize(v0)
#     v3: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), 1, v2, 0)
#     v4: Signed = getarrayitem(v0, v3)
#     v5: Signed = getarraysize(v0)
#     v6: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), 0, v5, 0)
#     v7: Signed = getarrayitem(v0, v6)
#     v8: Signed = int_add(v4, v7)
#     goto return(v8)
# }
# graph lists.maybe(v0: Bool) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Bool):
#     branch v0 [true: block1(v0), false: block2(null: Ptr(GcArray(Bool)))]
# block1(v1: Bool):
#     v2: Ptr(GcArray(Bool)) = malloc_varsize(<GcArray(Bool)>, 1)
#     setarrayitem(v2, 0, v1)
#     goto block2(v2)
# block2(v3: Ptr(GcArray(Bool))):
#     v4: Bool = direct_call(&kiln_list_is_true: Ptr(Func(Ptr(GcArray(Bool))) -> Bool), v3)
#     branch v4 [true: block4(v3), false: block3(v3)]
# block3(v5: Ptr(GcArray(Bool))):
#     v6: Bool = ptr_iszero(v5)
#     v7: Signed = cast_bool_to_int(v6)
#     goto return(v7)
# block4(v8: Ptr(GcArray(Bool))):
#     v9: Signed = getarraysize(v8)
#     goto return(v9)
# }
# graph lists.methods(v0: Ptr(GcStruct list_Signed)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed)):
#     v1: Signed = getfield(v0, "length")
#     v2: Void = direct_call(&kiln_list_append: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Void), v0, v1)
#     v3: Void = direct_call(&kiln_list_insert: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed) -> Void), v0, 0, 7)
#     v4: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 2)
#     setarrayitem(v4, 0, 1)
#     setarrayitem(v4, 1, 2)
#     v5: Void = direct_call(&kiln_list_extend: Ptr(Func(Ptr(GcStruct list_Signed), Ptr(GcArray(Signed))) -> Void), v0, v4)
#     v6: Signed = direct_call(&kiln_list_pop: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Signed), v0, -1)
#     v7: Signed = direct_call(&kiln_list_pop: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Signed), v0, 0)
#     v8: Void = direct_call(&kiln_list_remove: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Void), v0, 5)
#     v9: Void = direct_call(&kiln_list_reverse: Ptr(Func(Ptr(GcStruct list_Signed)) -> Void), v0)
#     v10: Void = direct_call(&kiln_list_sort: Ptr(Func(Ptr(GcStruct list_Signed)) -> Void), v0)
#     v11: Signed = int_add(v7, v6)
#     v12: Signed = direct_call(&kiln_list_index: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Signed), v0, 1)
#     v13: Signed = int_add(v11, v12)
#     v14: Signed = direct_call(&kiln_list_count: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Signed), v0, 2)
#     v15: Signed = int_add(v13, v14)
#     goto return(v15)
# }
# graph lists.negative(v0: Ptr(GcStruct list_Signed), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed), v1: Signed):
#     v2: Signed = getfield(v0, "length")
#     v3: Signed = direct_call(&kiln_check_index_wrap: Ptr(Func(Signed, Signed, Signed) -> Signed), v1, v2, 0)
#     v4: Ptr(GcArray(Signed)) = getfield(v0, "items")
#     v5: Signed = getarrayitem(v4, v3)
#     v6: Signed = getfield(v0, "length")
#     v7: Signed = int_add(v6, -1)
#     v8: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v7, v6, 0)
#     v9: Ptr(GcArray(Signed)) = getfield(v0, "items")
#     v10: Signed = getarrayitem(v9, v8)
#     v11: Signed = int_add(v5, v10)
#     goto return(v11)
# }
# graph lists.nested(v0: Ptr(GcArray(Ptr(GcArray(Signed))))) -> Ptr(GcStruct tuple3_Bool_Signed_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Ptr(GcArray(Signed))))):
#     v1: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 1)
#     setarrayitem(v1, 0, 1)
#     v2: Bool = direct_call(&kiln_list_contains: Ptr(Func(Ptr(GcArray(Ptr(GcArray(Signed)))), Ptr(GcArray(Signed))) -> Bool), v0, v1)
#     v3: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 2)
#     setarrayitem(v3, 0, 2)
#     setarrayitem(v3, 1, 3)
#     v4: Signed = direct_call(&kiln_list_index: Ptr(Func(Ptr(GcArray(Ptr(GcArray(Signed)))), Ptr(GcArray(Signed))) -> Signed), v0, v3)
#     v5: Ptr(GcStruct list_Void) = malloc(<GcStruct list_Void>)
#     setfield(v5, "length", 0)
#     v6: Signed = direct_call(&kiln_list_count: Ptr(Func(Ptr(GcArray(Ptr(GcArray(Signed)))), Ptr(GcStruct list_Void)) -> Signed), v0, v5)
#     v7: Ptr(GcStruct tuple3_Bool_Signed_Signed) = malloc(<GcStruct tuple3_Bool_Signed_Signed>)
#     setfield(v7, "item0", v2)
#     setfield(v7, "item1", v4)
#     setfield(v7, "item2", v6)
#     goto return(v7)
# }
# graph lists.operators(v0: Ptr(GcStruct list_Signed), v1: Ptr(GcStruct list_Signed)) -> Ptr(GcStruct tuple5_Signed_Bool_Bool_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed), v1: Ptr(GcStruct list_Signed)):
#     v2: Ptr(GcStruct list_Signed) = direct_call(&kiln_list_concat: Ptr(Func(Ptr(GcStruct list_Signed), Ptr(GcStruct list_Signed)) -> Ptr(GcStruct list_Signed)), v0, v1)
#     v3: Void = direct_call(&kiln_list_extend: Ptr(Func(Ptr(GcStruct list_Signed), Ptr(GcStruct list_Signed)) -> Void), v0, v1)
#     v4: Signed = getfield(v2, "length")
#     v5: Bool = direct_call(&kiln_list_contains: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Bool), v0, 3)
#     v6: Bool = direct_call(&kiln_list_eq: Ptr(Func(Ptr(GcStruct list_Signed), Ptr(GcStruct list_Signed)) -> Bool), v0, v1)
#     v7: Signed = getfield(v0, "length")
#     v8: Bool = int_is_true(v7)
#     v9: Bool = bool_not(v8)
#     v10: Signed = getfield(v1, "length")
#     v11: Bool = int_is_true(v10)
#     v12: Ptr(GcStruct tuple5_Signed_Bool_Bool_Bool_Bool) = malloc(<GcStruct tuple5_Signed_Bool_Bool_Bool_Bool>)
#     setfield(v12, "item0", v4)
#     setfield(v12, "item1", v5)
#     setfield(v12, "item2", v6)
#     setfield(v12, "item3", v9)
#     setfield(v12, "item4", v11)
#     goto return(v12)
# }
# graph lists.prebuilt(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = getarraysize(@lists.TABLE)
#     v2: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, v1, 0)
#     v3: Signed = getarrayitem(@lists.TABLE, v2)
#     goto return(v3)
# }
# graph lists.reductions(v0: Ptr(GcArray(Signed))) -> Ptr(GcStruct tuple7_Signed_Signed_Signed_Bool_Bool_array_Signed_array_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Signed))):
#     v1: Signed = direct_call(&kiln_list_min: Ptr(Func(Ptr(GcArray(Signed))) -> Signed), v0)
#     v2: Signed = direct_call(&kiln_list_max: Ptr(Func(Ptr(GcArray(Signed))) -> Signed), v0)
#     v3: Signed = direct_call(&kiln_list_sum: Ptr(Func(Ptr(GcArray(Signed)), Signed) -> Signed), v0, 0)
#     v4: Bool = direct_call(&kiln_list_any: Ptr(Func(Ptr(GcArray(Signed))) -> Bool), v0)
#     v5: Bool = direct_call(&kiln_list_all: Ptr(Func(Ptr(GcArray(Signed))) -> Bool), v0)
#     v6: Ptr(GcArray(Signed)) = direct_call(&kiln_list_from: Ptr(Func(Ptr(GcArray(Signed))) -> Ptr(GcArray(Signed))), v0)
#     v7: Void = direct_call(&kiln_list_sort: Ptr(Func(Ptr(GcArray(Signed))) -> Void), v6)
#     v8: Ptr(GcArray(Signed)) = direct_call(&kiln_list_from: Ptr(Func(Ptr(GcArray(Signed))) -> Ptr(GcArray(Signed))), v0)
#     v9: Ptr(GcStruct tuple7_Signed_Signed_Signed_Bool_Bool_array_Signed_array_Signed) = malloc(<GcStruct tuple7_Signed_Signed_Signed_Bool_Bool_array_Signed_array_Signed>)
#     setfield(v9, "item0", v1)
#     setfield(v9, "item1", v2)
#     setfield(v9, "item2", v3)
#     setfield(v9, "item3", v4)
#     setfield(v9, "item4", v5)
#     setfield(v9, "item5", v6)
#     setfield(v9, "item6", v8)
#     goto return(v9)
# }
# graph lists.repeat(v0: Signed, v1: Float) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Float):
#     v2: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, v0)
#     v3: Ptr(GcStruct list_Void) = malloc(<GcStruct list_Void>)
#     setfield(v3, "length", 3)
#     v4: Ptr(GcArray(Float)) = direct_call(&kiln_list_alloc_and_set: Ptr(Func(Signed, Float) -> Ptr(GcArray(Float))), v0, v1)
#     v5: Ptr(GcArray(Float)) = direct_call(&kiln_list_mul: Ptr(Func(Ptr(GcArray(Float)), Signed) -> Ptr(GcArray(Float))), v4, 2)
#     v6: Signed = getarraysize(v2)
#     v7: Signed = getfield(v3, "length")
#     v8: Signed = int_add(v6, v7)
#     v9: Signed = getarraysize(v4)
#     v10: Signed = int_add(v8, v9)
#     v11: Signed = getarraysize(v5)
#     v12: Signed = int_add(v10, v11)
#     goto return(v12)
# }
# graph lists.search(v0: Ptr(GcArray(Ptr(GcStruct str))), v1: UniChar) -> Ptr(GcStruct tuple3_Bool_Signed_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Ptr(GcStruct str))), v1: UniChar):
#     v2: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v1)
#     v3: Bool = direct_call(&kiln_list_contains: Ptr(Func(Ptr(GcArray(Ptr(GcStruct str))), Ptr(GcStruct str)) -> Bool), v0, v2)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v1)
#     v5: Signed = direct_call(&kiln_list_index: Ptr(Func(Ptr(GcArray(Ptr(GcStruct str))), Ptr(GcStruct str)) -> Signed), v0, v4)
#     v6: Bool = direct_call(&kiln_list_contains: Ptr(Func(Ptr(GcArray(Ptr(GcStruct str))), Ptr(GcStruct str)) -> Bool), v0, @str_a)
#     v7: Ptr(GcStruct tuple3_Bool_Signed_Bool) = malloc(<GcStruct tuple3_Bool_Signed_Bool>)
#     setfield(v7, "item0", v3)
#     setfield(v7, "item1", v5)
#     setfield(v7, "item2", v6)
#     goto return(v7)
# }
# graph lists.slices(v0: Ptr(GcStruct list_Signed)) -> Ptr(GcArray(Signed)) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed)):
#     v1: Ptr(GcArray(Signed)) = direct_call(&kiln_list_slice: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed) -> Ptr(GcArray(Signed))), v0, 0, 2)
#     v2: Signed = getfield(v0, "length")
#     v3: Ptr(GcArray(Signed)) = direct_call(&kiln_list_slice: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed) -> Ptr(GcArray(Signed))), v0, 1, v2)
#     v4: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 2)
#     setarrayitem(v4, 0, 9)
#     setarrayitem(v4, 1, 9)
#     v5: Void = direct_call(&kiln_list_setslice: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed, Ptr(GcArray(Signed))) -> Void), v0, 0, 1, v4)
#     v6: Void = direct_call(&kiln_list_delitem: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Void), v0, 0)
#     v7: Void = direct_call(&kiln_list_delslice: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed) -> Void), v0, 1, 2)
#     v8: Ptr(GcArray(Signed)) = direct_call(&kiln_list_concat: Ptr(Func(Ptr(GcArray(Signed)), Ptr(GcArray(Signed))) -> Ptr(GcArray(Signed))), v1, v3)
#     goto return(v8)
# }
# graph lists.sorting(v0: Ptr(GcArray(Signed)), v1: Bool) -> Ptr(GcArray(Signed)) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Signed)), v1: Bool):
#     v2: Void = direct_call(&kiln_list_sort_reverse: Ptr(Func(Ptr(GcArray(Signed)), Bool) -> Void), v0, True)
#     v3: Ptr(GcArray(Signed)) = direct_call(&kiln_list_from: Ptr(Func(Ptr(GcArray(Signed))) -> Ptr(GcArray(Signed))), v0)
#     v4: Void = direct_call(&kiln_list_sort_reverse: Ptr(Func(Ptr(GcArray(Signed)), Bool) -> Void), v3, v1)
#     goto return(v3)
# }
# graph lists.stepped(v0: Ptr(GcStruct list_Signed), v1: Signed) -> Ptr(GcArray(Signed)) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed), v1: Signed):
#     v2: Ptr(GcArray(Signed)) = direct_call(&kiln_list_slice_step: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed, Signed) -> Ptr(GcArray(Signed))), v0, -9223372036854775808, -9223372036854775808, 2)
#     v3: Ptr(GcArray(Signed)) = direct_call(&kiln_list_slice_step: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed, Signed) -> Ptr(GcArray(Signed))), v0, -9223372036854775808, -9223372036854775808, -1)
#     v4: Ptr(GcArray(Signed)) = direct_call(&kiln_list_slice_step: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed, Signed) -> Ptr(GcArray(Signed))), v0, 1, v1, v1)
#     v5: Signed = getarraysize(v2)
#     v6: Ptr(GcArray(Signed)) = direct_call(&kiln_list_slice: Ptr(Func(Ptr(GcArray(Signed)), Signed, Signed) -> Ptr(GcArray(Signed))), v3, 0, v5)
#     v7: Void = direct_call(&kiln_list_setslice_step: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed, Signed, Ptr(GcArray(Signed))) -> Void), v0, -9223372036854775808, -9223372036854775808, 2, v6)
#     v8: Void = direct_call(&kiln_list_delslice_step: Ptr(Func(Ptr(GcStruct list_Signed), Signed, Signed, Signed) -> Void), v0, -9223372036854775808, -9223372036854775808, v1)
#     v9: Ptr(GcArray(Signed)) = direct_call(&kiln_list_concat: Ptr(Func(Ptr(GcArray(Signed)), Ptr(GcArray(Signed))) -> Ptr(GcArray(Signed))), v2, v3)
#     v10: Ptr(GcArray(Signed)) = direct_call(&kiln_list_concat: Ptr(Func(Ptr(GcArray(Signed)), Ptr(GcArray(Signed))) -> Ptr(GcArray(Signed))), v9, v4)
#     goto return(v10)
# }
# graph lists.store(v0: Ptr(GcStruct list_Signed), v1: Signed, v2: Signed) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed), v1: Signed, v2: Signed):
#     v3: Signed = getfield(v0, "length")
#     v4: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), 0, v3, 1)
#     v5: Ptr(GcArray(Signed)) = getfield(v0, "items")
#     setarrayitem(v5, v4, v2)
#     v6: Signed = getfield(v0, "length")
#     v7: Signed = int_add(v6, -1)
#     v8: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v7, v6, 1)
#     v9: Ptr(GcArray(Signed)) = getfield(v0, "items")
#     setarrayitem(v9, v8, 1)
#     goto return("")
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct LookupError size=16 align=8 { super: GcStruct Exception @0 }
# Struct LookupError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct IndexError size=16 align=8 { super: GcStruct LookupError @0 }
# Struct IndexError_vtable size=24 align=8 { super: Struct LookupError_vtable @0 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcStruct list_Signed size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Signed)) @8 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# Struct dictentry_int_int size=24 align=8 { key: Signed @0, value: Signed @8, valid: Bool @16 }
# GcArray(Struct dictentry_int_int) size=8 align=8 items@8 stride=24
# GcStruct dict_int_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_int_int)) @24 }
# GcArray(Ptr(GcArray(Signed))) size=8 align=8 items@8 stride=8
# GcStruct tuple3_Bool_Signed_Signed size=24 align=8 { item0: Bool @0, item1: Signed @8, item2: Signed @16 }
# GcStruct tuple5_Signed_Bool_Bool_Bool_Bool size=16 align=8 { item0: Signed @0, item1: Bool @8, item2: Bool @9, item3: Bool @10, item4: Bool @11 }
# GcStruct tuple7_Signed_Signed_Signed_Bool_Bool_array_Signed_array_Signed size=48 align=8 { item0: Signed @0, item1: Signed @8, item2: Signed @16, item3: Bool @24, item4: Bool @25, item5: Ptr(GcArray(Signed)) @32, item6: Ptr(GcArray(Signed)) @40 }
# GcStruct tuple3_Bool_Signed_Bool size=24 align=8 { item0: Bool @0, item1: Signed @8, item2: Bool @16 }
# GcStruct arrayiter_Signed size=16 align=8 { list: Ptr(GcArray(Signed)) @0, index: Signed @8 }
# GcStruct dictkeyiter_int_int size=24 align=8 { dict: Ptr(GcStruct dict_int_int) @0, index: Signed @8, used: Signed @16 }
# GcStruct dictvalueiter_int_int size=24 align=8 { dict: Ptr(GcStruct dict_int_int) @0, index: Signed @8, used: Signed @16 }
# GcArray(Bool) size=8 align=8 items@8 stride=1
# GcStruct list_Void size=8 align=8 { length: Signed @0 }
# GcArray(Float) size=8 align=8 items@8 stride=8
# prebuilt @lists.TABLE: GcArray(Signed) = [10, 20, 30]
# prebuilt @str_Exception: GcStruct str = {hash: 0, length: 9, chars: "Exception"}
# prebuilt @str_a: GcStruct str = {hash: 0, length: 1, chars: "a"}
# prebuilt @vtable_Exception: Struct Exception_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 5, name: @str_Exception}}}
