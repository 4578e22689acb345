# test: lltype
# functions: over_list over_fixed over_str over_tuple over_range counted with_enumerate with_zip backwards by_hand comprehension made_range nones with_default reductions identity
# Iteration: iter() allocates an iterator struct, next() is one helper call that raises
# StopIteration to the loop's exception link; a range() with a run-time step is iterated without
# being made; a constant-step range is the flow builder's integer loop (no iterator).
# A range() that was made is walked through its array by the same rangeiter; next(it, d) and
# min/max/sum/any/all of iterators, strs and dicts are generic iter_* helpers; iterators are true
# and compare by identity.
def over_list(xs):
    total = 0
    for x in xs:
        total += x
    return total


def over_fixed(xs):
    best = 0
    for x in xs:
        best = max(best, x)
    return best


def over_str(s):
    n = 0
    for ch in s:
        if ch == "a":
            n += 1
    return n


def over_tuple(a, b):
    total = 0
    for x in (a, b, 3):
        total += x
    return total


def over_range(start, stop, step):
    total = 0
    for i in range(start, stop, step):
        total += i
    return total


def counted(n):
    total = 0
    for i in range(n):
        total += i
    return total


def with_enumerate(names):
    total = 0
    for i, name in enumerate(names, 1):
        total += i * len(name)
    return total


def with_zip(xs, names):
    total = 0
    for x, name in zip(xs, names):
        total += x + len(name)
    return total


def backwards(xs):
    out = []
    for x in reversed(xs):
        out.append(x)
    return out


def by_hand(xs):
    it = iter(xs)
    return next(it)


def comprehension(xs):
    return [x * 2 for x in xs if x > 1]


def made_range(n):
    r = range(n)
    total = len(r)
    for x in r:
        total += x
    for x in r:
        total += x
    return total


def nones():
    out = []
    for x in reversed((None, None)):
        out.append(x)
    return out


def with_default(xs):
    it = iter(xs)
    return next(it, -1) + next(it, -1)


def reductions(xs, s):
    it = iter(xs)
    return min(it), max(iter(xs)), sum(x for x in xs), any(s), all(iter(xs))


def identity(xs):
    it = iter(xs)
    other = it
    return bool(it), it == other, it is not other


def entry_point(argv):
    n = len(argv)
    xs = [n, 2, 3]
    xs.append(4)
    total = over_list(xs) + over_fixed([5, n]) + over_str(argv[0]) + over_tuple(n, 2)
    total += over_range(0, 10, n) + counted(n) + with_enumerate(argv) + with_zip([1, 2], argv)
    total += len(backwards(xs)) + by_hand(xs) + len(comprehension(xs))
    total += made_range(n + 2) + len(nones()) + with_default(xs) + reductions(xs, argv[0])[0]
    total += int(identity(xs)[1])
    return total


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph iteration.backwards(v0: Ptr(GcStruct list_Signed)) -> Ptr(GcStruct list_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed)):
#     v1: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 0)
#     v2: Ptr(GcStruct list_Signed) = malloc(<GcStruct list_Signed>)
#     setfield(v2, "length", 0)
#     setfield(v2, "items", v1)
#     v3: Signed = getfield(v0, "length")
#     v4: Ptr(GcStruct reversed_list_Signed) = malloc(<GcStruct reversed_list_Signed>)
#     setfield(v4, "list", v0)
#     setfield(v4, "index", v3)
#     goto block1(v2, v4)
# block1(v5: Ptr(GcStruct list_Signed), v6: Ptr(GcStruct reversed_list_Signed)):
#     v7: Signed = direct_call(&kiln_reversediter_next: Ptr(Func(Ptr(GcStruct reversed_list_Signed)) -> Signed), v6)
#     exits [normal: block2(v5, v6, v7), except @vtable_StopIteration as (v8: Ptr(Struct object_vtable), v9: Ptr(GcStruct StopIteration)): return(v5)]
# block2(v10: Ptr(GcStruct list_Signed), v11: Ptr(GcStruct reversed_list_Signed), v12: Signed):
#     v13: Void = direct_call(&kiln_list_append: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Void), v10, v12)
#     goto block1(v10, v11)
# }
# graph iteration.by_hand(v0: Ptr(GcStruct list_Signed)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed)):
#     v1: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v1, "list", v0)
#     v2: Signed = direct_call(&kiln_listiter_next: Ptr(Func(Ptr(GcStruct listiter_Signed)) -> Signed), v1)
#     goto return(v2)
# }
# graph iteration.comprehension(v0: Ptr(GcStruct list_Signed)) -> Ptr(GcStruct list_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed)):
#     v1: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 0)
#     v2: Ptr(GcStruct list_Signed) = malloc(<GcStruct list_Signed>)
#     setfield(v2, "length", 0)
#     setfield(v2, "items", v1)
#     v3: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v3, "list", v0)
#     goto block1(v2, v3)
# block1(v4: Ptr(GcStruct list_Signed), v5: Ptr(GcStruct listiter_Signed)):
#     v6: Signed = direct_call(&kiln_listiter_next: Ptr(Func(Ptr(GcStruct listiter_Signed)) -> Signed), v5)
#     exits [normal: block2(v4, v5, v6), except @vtable_StopIteration as (v7: Ptr(Struct object_vtable), v8: Ptr(GcStruct StopIteration)): return(v4)]
# block2(v9: Ptr(GcStruct list_Signed), v10: Ptr(GcStruct listiter_Signed), v11: Signed):
#     v12: Bool = int_gt(v11, 1)
#     branch v12 [true: block3(v9, v10, v11), false: block1(v9, v10)]
# block3(v13: Ptr(GcStruct list_Signed), v14: Ptr(GcStruct listiter_Signed), v15: Signed):
#     v16: Signed = int_mul(v15, 2)
#     v17: Void = direct_call(&kiln_list_append: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Void), v13, v16)
#     goto block1(v13, v14)
# }
# graph iteration.counted(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     goto block1(0, 0, v0)
# block1(v1: Signed, v2: Signed, v3: Signed):
#     v4: Bool = int_lt(v2, v3)
#     branch v4 [true: block2(v1, v2, v3), false: return(v1)]
# block2(v5: Signed, v6: Signed, v7: Signed):
#     v8: Signed = int_add(v6, 1)
#     v9: Signed = int_add(v5, v6)
#     goto block1(v9, v8, v7)
# }
# graph iteration.identity(v0: Ptr(GcStruct list_Signed)) -> Ptr(GcStruct tuple3_Bool_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed)):
#     v1: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v1, "list", v0)
#     v2: Bool = ptr_eq(v1, v1)
#     v3: Bool = ptr_eq(v1, v1)
#     v4: Bool = bool_not(v3)
#     v5: Ptr(GcStruct tuple3_Bool_Bool_Bool) = malloc(<GcStruct tuple3_Bool_Bool_Bool>)
#     setfield(v5, "item0", True)
#     setfield(v5, "item1", v2)
#     setfield(v5, "item2", v4)
#     goto return(v5)
# }
# graph iteration.made_range(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcArray(Signed)) = direct_call(&kiln_range_list: Ptr(Func(Signed, Signed, Signed) -> Ptr(GcArray(Signed))), 0, v0, 1)
#     v2: Signed = getarraysize(v1)
#     v3: Ptr(GcStruct rangeiter) = malloc(<GcStruct rangeiter>)
#     v4: Signed = getarraysize(v1)
#     setfield(v3, "stop", v4)
#     setfield(v3, "step", 1)
#     setfield(v3, "list", v1)
#     goto block1(v1, v2, v3)
# block1(v5: Ptr(GcArray(Signed)), v6: Signed, v7: Ptr(GcStruct rangeiter)):
#     v8: Signed = direct_call(&kiln_rangeiter_next: Ptr(Func(Ptr(GcStruct rangeiter)) -> Signed), v7)
#     exits [normal: block5(v5, v6, v7, v8), except @vtable_StopIteration as (v9: Ptr(Struct object_vtable), v10: Ptr(GcStruct StopIteration)): block2(v5, v6)]
# block2(v11: Ptr(GcArray(Signed)), v12: Signed):
#     v13: Ptr(GcStruct rangeiter) = malloc(<GcStruct rangeiter>)
#     v14: Signed = getarraysize(v11)
#     setfield(v13, "stop", v14)
#     setfield(v13, "step", 1)
#     setfield(v13, "list", v11)
#     goto block3(v12, v13)
# block3(v15: Signed, v16: Ptr(GcStruct rangeiter)):
#     v17: Signed = direct_call(&kiln_rangeiter_next: Ptr(Func(Ptr(GcStruct rangeiter)) -> Signed), v16)
#     exits [normal: block4(v15, v16, v17), except @vtable_StopIteration as (v18: Ptr(Struct object_vtable), v19: Ptr(GcStruct StopIteration)): return(v15)]
# block4(v20: Signed, v21: Ptr(GcStruct rangeiter), v22: Signed):
#     v23: Signed = int_add(v20, v22)
#     goto block3(v23, v21)
# block5(v24: Ptr(GcArray(Signed)), v25: Signed, v26: Ptr(GcStruct rangeiter), v27: Signed):
#     v28: Signed = int_add(v25, v27)
#     goto block1(v24, v28, v26)
# }
# graph iteration.nones() -> Ptr(GcStruct list_Void) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     v0: Ptr(GcStruct list_Void) = malloc(<GcStruct list_Void>)
#     setfield(v0, "length", 0)
#     v1: Ptr(GcStruct list_Void) = malloc(<GcStruct list_Void>)
#     setfield(v1, "length", 2)
#     v2: Ptr(GcStruct reversed_list_Void) = malloc(<GcStruct reversed_list_Void>)
#     setfield(v2, "list", v1)
#     setfield(v2, "index", 2)
#     goto block1(v0, v2)
# block1(v3: Ptr(GcStruct list_Void), v4: Ptr(GcStruct reversed_list_Void)):
#     v5: Void = direct_call(&kiln_reversediter_next: Ptr(Func(Ptr(GcStruct reversed_list_Void)) -> Void), v4)
#     exits [normal: block2(v3, v4, v5), except @vtable_StopIteration as (v6: Ptr(Struct object_vtable), v7: Ptr(GcStruct StopIteration)): return(v3)]
# block2(v8: Ptr(GcStruct list_Void), v9: Ptr(GcStruct reversed_list_Void), v10: Void):
#     v11: Void = direct_call(&kiln_list_append: Ptr(Func(Ptr(GcStruct list_Void), Void) -> Void), v8, "")
#     goto block1(v8, v9)
# }
# graph iteration.over_fixed(v0: Ptr(GcArray(Signed))) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Signed))):
#     v1: Ptr(GcStruct arrayiter_Signed) = malloc(<GcStruct arrayiter_Signed>)
#     setfield(v1, "list", v0)
#     goto block1(0, v1)
# block1(v2: Signed, v3: Ptr(GcStruct arrayiter_Signed)):
#     v4: Signed = direct_call(&kiln_listiter_next: Ptr(Func(Ptr(GcStruct arrayiter_Signed)) -> Signed), v3)
#     exits [normal: block2(v2, v3, v4), except @vtable_StopIteration as (v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct StopIteration)): return(v2)]
# block2(v7: Signed, v8: Ptr(GcStruct arrayiter_Signed), v9: Signed):
#     v10: Bool = int_lt(v7, v9)
#     v11: Signed = select(v10, v9, v7)
#     goto block1(v11, v8)
# }
# graph iteration.over_list(v0: Ptr(GcStruct list_Signed)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed)):
#     v1: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v1, "list", v0)
#     goto block1(0, v1)
# block1(v2: Signed, v3: Ptr(GcStruct listiter_Signed)):
#     v4: Signed = direct_call(&kiln_listiter_next: Ptr(Func(Ptr(GcStruct listiter_Signed)) -> Signed), v3)
#     exits [normal: block2(v2, v3, v4), except @vtable_StopIteration as (v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct StopIteration)): return(v2)]
# block2(v7: Signed, v8: Ptr(GcStruct listiter_Signed), v9: Signed):
#     v10: Signed = int_add(v7, v9)
#     goto block1(v10, v8)
# }
# graph iteration.over_range(v0: Signed, v1: Signed, v2: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed, v2: Signed):
#     v3: Void = direct_call(&kiln_range_check_step: Ptr(Func(Signed) -> Void), v2)
#     v4: Ptr(GcStruct rangeiter) = malloc(<GcStruct rangeiter>)
#     setfield(v4, "next", v0)
#     setfield(v4, "stop", v1)
#     setfield(v4, "step", v2)
#     goto block1(0, v4)
# block1(v5: Signed, v6: Ptr(GcStruct rangeiter)):
#     v7: Signed = direct_call(&kiln_rangeiter_next: Ptr(Func(Ptr(GcStruct rangeiter)) -> Signed), v6)
#     exits [normal: block2(v5, v6, v7), except @vtable_StopIteration as (v8: Ptr(Struct object_vtable), v9: Ptr(GcStruct StopIteration)): return(v5)]
# block2(v10: Signed, v11: Ptr(GcStruct rangeiter), v12: Signed):
#     v13: Signed = int_add(v10, v12)
#     goto block1(v13, v11)
# }
# graph iteration.over_str(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct striter) = malloc(<GcStruct striter>)
#     setfield(v1, "string", v0)
#     goto block1(0, v1)
# block1(v2: Signed, v3: Ptr(GcStruct striter)):
#     v4: UniChar = direct_call(&kiln_striter_next: Ptr(Func(Ptr(GcStruct striter)) -> UniChar), v3)
#     exits [normal: block2(v2, v3, v4), except @vtable_StopIteration as (v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct StopIteration)): return(v2)]
# block2(v7: Signed, v8: Ptr(GcStruct striter), v9: UniChar):
#     v10: Bool = unichar_eq(v9, U'a')
#     branch v10 [true: block3(v7, v8), false: block1(v7, v8)]
# block3(v11: Signed, v12: Ptr(GcStruct striter)):
#     v13: Signed = int_add(v11, 1)
#     goto block1(v13, v12)
# }
# graph iteration.over_tuple(v0: Signed, v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 3)
#     setarrayitem(v2, 0, v0)
#     setarrayitem(v2, 1, v1)
#     setarrayitem(v2, 2, 3)
#     v3: Ptr(GcStruct arrayiter_Signed) = malloc(<GcStruct arrayiter_Signed>)
#     setfield(v3, "list", v2)
#     goto block1(0, v3)
# block1(v4: Signed, v5: Ptr(GcStruct arrayiter_Signed)):
#     v6: Signed = direct_call(&kiln_listiter_next: Ptr(Func(Ptr(GcStruct arrayiter_Signed)) -> Signed), v5)
#     exits [normal: block2(v4, v5, v6), except @vtable_StopIteration as (v7: Ptr(Struct object_vtable), v8: Ptr(GcStruct StopIteration)): return(v4)]
# block2(v9: Signed, v10: Ptr(GcStruct arrayiter_Signed), v11: Signed):
#     v12: Signed = int_add(v9, v11)
#     goto block1(v12, v10)
# }
# graph iteration.reductions(v0: Ptr(GcStruct list_Signed), v1: Ptr(GcStruct str)) -> Ptr(GcStruct tuple5_Signed_Signed_Signed_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed), v1: Ptr(GcStruct str)):
#     v2: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v2, "list", v0)
#     v3: Signed = direct_call(&kiln_iter_min: Ptr(Func(Ptr(GcStruct listiter_Signed)) -> Signed), v2)
#     v4: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v4, "list", v0)
#     v5: Signed = direct_call(&kiln_iter_max: Ptr(Func(Ptr(GcStruct listiter_Signed)) -> Signed), v4)
#     v6: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v6, "list", v0)
#     v7: Ptr(GcStruct iteration.reductions.<locals>.<genexpr>.<generator>) = direct_call(&iteration.reductions.<locals>.<genexpr>: Ptr(Func(Ptr(GcStruct listiter_Signed)) -> Ptr(GcStruct iteration.reductions.<locals>.<genexpr>.<generator>)), v6)
#     v8: Ptr(GcStruct iteration.reductions.<locals>.<genexpr>.<generator>) = direct_call(&iteration.reductions.<locals>.<genexpr>.<generator>.__iter__: Ptr(Func(Ptr(GcStruct iteration.reductions.<locals>.<genexpr>.<generator>)) -> Ptr(GcStruct iteration.reductions.<locals>.<genexpr>.<generator>)), v7)
#     v9: Signed = direct_call(&kiln_sum_from_next: Ptr(Func(Ptr(Func(Ptr(GcStruct iteration.reductions.<locals>.<genexpr>.<generator>)) -> Signed), Ptr(GcStruct iteration.reductions.<locals>.<genexpr>.<generator>), Signed) -> Signed), &iteration.reductions.<locals>.<genexpr>.<generator>.__next__: Ptr(Func(Ptr(GcStruct iteration.reductions.<locals>.<genexpr>.<generator>)) -> Signed), v8, 0)
#     v10: Ptr(GcStruct striter) = malloc(<GcStruct striter>)
#     setfield(v10, "string", v1)
#     v11: Bool = direct_call(&kiln_iter_any: Ptr(Func(Ptr(GcStruct striter)) -> Bool), v10)
#     v12: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v12, "list", v0)
#     v13: Bool = direct_call(&kiln_iter_all: Ptr(Func(Ptr(GcStruct listiter_Signed)) -> Bool), v12)
#     v14: Ptr(GcStruct tuple5_Signed_Signed_Signed_Bool_Bool) = malloc(<GcStruct tuple5_Signed_Signed_Signed_Bool_Bool>)
#     setfield(v14, "item0", v3)
#     setfield(v14, "item1", v5)
#     setfield(v14, "item2", v9)
#     setfield(v14, "item3", v11)
#     setfield(v14, "item4", v13)
#     goto return(v14)
# }
# graph iteration.with_default(v0: Ptr(GcStruct list_Signed)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_Signed)):
#     v1: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v1, "list", v0)
#     v2: Signed = direct_call(&kiln_iter_next_default: Ptr(Func(Ptr(GcStruct listiter_Signed), Signed) -> Signed), v1, -1)
#     v3: Signed = direct_call(&kiln_iter_next_default: Ptr(Func(Ptr(GcStruct listiter_Signed), Signed) -> Signed), v1, -1)
#     v4: Signed = int_add(v2, v3)
#     goto return(v4)
# }
# graph iteration.with_enumerate(v0: Ptr(GcStruct list_str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_str)):
#     v1: Ptr(GcStruct listiter_str) = malloc(<GcStruct listiter_str>)
#     setfield(v1, "list", v0)
#     v2: Ptr(GcStruct enumerate_listiter_str) = malloc(<GcStruct enumerate_listiter_str>)
#     setfield(v2, "iter", v1)
#     setfield(v2, "index", 1)
#     goto block1(0, v2)
# block1(v3: Signed, v4: Ptr(GcStruct enumerate_listiter_str)):
#     v5: Ptr(GcStruct tuple2_Signed_str) = direct_call(&kiln_enumerate_next: Ptr(Func(Ptr(GcStruct enumerate_listiter_str)) -> Ptr(GcStruct tuple2_Signed_str)), v4)
#     exits [normal: block2(v3, v4, v5), except @vtable_StopIteration as (v6: Ptr(Struct object_vtable), v7: Ptr(GcStruct StopIteration)): return(v3)]
# block2(v8: Signed, v9: Ptr(GcStruct enumerate_listiter_str), v10: Ptr(GcStruct tuple2_Signed_str)):
#     v11: Signed = getfield(v10, "item0")
#     v12: Ptr(GcStruct str) = getfield(v10, "item1")
#     v13: Signed = getfield(v12, "length")
#     v14: Signed = int_mul(v11, v13)
#     v15: Signed = int_add(v8, v14)
#     goto block1(v15, v9)
# }
# graph iteration.with_zip(v0: Ptr(GcArray(Signed)), v1: Ptr(GcStruct list_str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Signed)), v1: Ptr(GcStruct list_str)):
#     v2: Ptr(GcStruct arrayiter_Signed) = malloc(<GcStruct arrayiter_Signed>)
#     setfield(v2, "list", v0)
#     v3: Ptr(GcStruct listiter_str) = malloc(<GcStruct listiter_str>)
#     setfield(v3, "list", v1)
#     v4: Ptr(GcStruct zip_arrayiter_Signed_listiter_str) = malloc(<GcStruct zip_arrayiter_Signed_listiter_str>)
#     setfield(v4, "iter0", v2)
#     setfield(v4, "iter1", v3)
#     goto block1(0, v4)
# block1(v5: Signed, v6: Ptr(GcStruct zip_arrayiter_Signed_listiter_str)):
#     v7: Ptr(GcStruct tuple2_Signed_str) = direct_call(&kiln_zip_next: Ptr(Func(Ptr(GcStruct zip_arrayiter_Signed_listiter_str)) -> Ptr(GcStruct tuple2_Signed_str)), v6)
#     exits [normal: block2(v5, v6, v7), except @vtable_StopIteration as (v8: Ptr(Struct object_vtable), v9: Ptr(GcStruct StopIteration)): return(v5)]
# block2(v10: Signed, v11: Ptr(GcStruct zip_arrayiter_Signed_listiter_str), v12: Ptr(GcStruct tuple2_Signed_str)):
#     v13: Signed = getfield(v12, "item0")
#     v14: Ptr(GcStruct str) = getfield(v12, "item1")
#     v15: Signed = getfield(v14, "length")
#     v16: Signed = int_add(v13, v15)
#     v17: Signed = int_add(v10, v16)
#     goto block1(v17, v11)
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
# GcStruct iteration.reductions.<locals>.<genexpr>.<generator> size=32 align=8 { super: GcStruct object @0, inst_resume: Signed @8, inst_arg0: Ptr(GcStruct listiter_Signed) @16, inst_y1_0: Ptr(GcStruct listiter_Signed) @24 }
# Struct iteration.reductions.<locals>.<genexpr>.<generator>_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcStruct list_Signed size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Signed)) @8 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple3_Bool_Bool_Bool size=3 align=1 { item0: Bool @0, item1: Bool @1, item2: Bool @2 }
# GcStruct list_Void size=8 align=8 { length: Signed @0 }
# GcStruct tuple5_Signed_Signed_Signed_Bool_Bool size=32 align=8 { item0: Signed @0, item1: Signed @8, item2: Signed @16, item3: Bool @24, item4: Bool @25 }
# GcStruct listiter_Signed size=16 align=8 { list: Ptr(GcStruct list_Signed) @0, index: Signed @8 }
# GcStruct reversed_list_Signed size=16 align=8 { list: Ptr(GcStruct list_Signed) @0, index: Signed @8 }
# GcStruct rangeiter size=32 align=8 { next: Signed @0, stop: Signed @8, step: Signed @16, list: Ptr(GcArray(Signed)) @24 }
# GcStruct reversed_list_Void size=16 align=8 { list: Ptr(GcStruct list_Void) @0, index: Signed @8 }
# GcStruct arrayiter_Signed size=16 align=8 { list: Ptr(GcArray(Signed)) @0, index: Signed @8 }
# GcStruct striter size=16 align=8 { string: Ptr(GcStruct str) @0, index: Signed @8 }
# GcStruct listiter_str size=16 align=8 { list: Ptr(GcStruct list_str) @0, index: Signed @8 }
# GcStruct enumerate_listiter_str size=16 align=8 { iter: Ptr(GcStruct listiter_str) @0, index: Signed @8 }
# GcStruct tuple2_Signed_str size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8 }
# GcStruct zip_arrayiter_Signed_listiter_str size=16 align=8 { iter0: Ptr(GcStruct arrayiter_Signed) @0, iter1: Ptr(GcStruct listiter_str) @8 }
# prebuilt @str_StopIteration: GcStruct str = {hash: 0, length: 13, chars: "StopIteration"}
# prebuilt @vtable_StopIteration: Struct StopIteration_vtable = {super: {super: {super: {subclassrange_min: 3, subclassrange_max: 4, name: @str_StopIteration}}}}
