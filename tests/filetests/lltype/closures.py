# test: lltype
# functions: make_counter bump make_adder <lambda> memo fib late get maybe show scaler scale pick double
# Closures: a cell is a cell_<t> struct; a function made at run time with state is a pointer to
# its closure struct (cells, defaults computed at run time), passed to its graphs as a hidden
# last parameter; a recursive nested function's own cell is known assigned before it can run;
# a cell a read may find unassigned has a `set` flag and is read by a helper that raises; a call
# family mixing closures and plain functions calls through a function object.


def make_counter(start):
    count = start

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


def make_adder(k):
    return lambda x: x + k


def memo():
    cache = {}

    def fib(n):
        if n < 2:
            return n
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib(30)


def late(n):
    def get():
        return total

    total = n * 2
    return get() + total


def maybe(n):
    if n > 0:
        x = n

    def show():
        return x

    return show() + x


def scaler(n):
    factor = n + 1

    def scale(v, by=factor):
        return v * by

    return scale(2) + scale(3, 4)


def double(x):
    return x * 2


def pick(n):
    f = make_adder(n) if n > 1 else double
    return f(n) + double(n)


def entry_point(argv):
    n = len(argv)
    c = make_counter(n)
    c(2)
    print(c(3), make_adder(5)(n), memo(), late(n), maybe(n), scaler(n), pick(n))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph closures.double(v0: Signed, v1: Ptr(GcStruct function_closures.make_adder.<locals>.<lambda>)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcStruct function_closures.make_adder.<locals>.<lambda>)):
#     v2: Signed = int_mul(v0, 2)
#     goto return(v2)
# }
# graph closures.late(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct cell_Signed_or_unset) = malloc(<GcStruct cell_Signed_or_unset>)
#     v2: Ptr(GcStruct closure_closures.late.<locals>.get) = malloc(<GcStruct closure_closures.late.<locals>.get>)
#     setfield(v2, "cell_total", v1)
#     v3: Signed = int_mul(v0, 2)
#     setfield(v1, "value", v3)
#     setfield(v1, "set", True)
#     v4: Signed = direct_call(&closures.late.<locals>.get, v2)
#     v5: Signed = getfield(v1, "value")
#     v6: Signed = int_add(v4, v5)
#     goto return(v6)
# }
# graph closures.late.<locals>.get(v0: Ptr(GcStruct closure_closures.late.<locals>.get)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct closure_closures.late.<locals>.get)):
#     v1: Ptr(GcStruct cell_Signed_or_unset) = getfield(v0, "cell_total")
#     v2: Signed = direct_call(&kiln_cell_get_free: Ptr(Func(Ptr(GcStruct cell_Signed_or_unset), Ptr(GcStruct str)) -> Signed), v1, @str_total)
#     goto return(v2)
# }
# graph closures.make_adder(v0: Signed) -> Ptr(GcStruct closure_closures.make_adder.<locals>.<lambda>) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct cell_Signed) = malloc(<GcStruct cell_Signed>)
#     setfield(v1, "value", v0)
#     v2: Ptr(GcStruct closure_closures.make_adder.<locals>.<lambda>) = malloc(<GcStruct closure_closures.make_adder.<locals>.<lambda>>)
#     setfield(v2, "fn", &closures.make_adder.<locals>.<lambda>)
#     setfield(v2, "cell_k", v1)
#     goto return(v2)
# }
# graph closures.make_adder.<locals>.<lambda>(v0: Signed, v1: Ptr(GcStruct function_closures.make_adder.<locals>.<lambda>)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcStruct function_closures.make_adder.<locals>.<lambda>)):
#     v2: Ptr(GcStruct closure_closures.make_adder.<locals>.<lambda>) = cast_pointer(v1)
#     v3: Ptr(GcStruct cell_Signed) = getfield(v2, "cell_k")
#     v4: Signed = getfield(v3, "value")
#     v5: Signed = int_add(v0, v4)
#     goto return(v5)
# }
# graph closures.make_counter(v0: Signed) -> Ptr(GcStruct closure_closures.make_counter.<locals>.bump) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct cell_Signed) = malloc(<GcStruct cell_Signed>)
#     setfield(v1, "value", v0)
#     v2: Ptr(GcStruct closure_closures.make_counter.<locals>.bump) = malloc(<GcStruct closure_closures.make_counter.<locals>.bump>)
#     setfield(v2, "cell_count", v1)
#     goto return(v2)
# }
# graph closures.make_counter.<locals>.bump(v0: Signed, v1: Ptr(GcStruct closure_closures.make_counter.<locals>.bump)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcStruct closure_closures.make_counter.<locals>.bump)):
#     v2: Ptr(GcStruct cell_Signed) = getfield(v1, "cell_count")
#     v3: Signed = getfield(v2, "value")
#     v4: Signed = int_add(v3, v0)
#     v5: Ptr(GcStruct cell_Signed) = getfield(v1, "cell_count")
#     setfield(v5, "value", v4)
#     v6: Ptr(GcStruct cell_Signed) = getfield(v1, "cell_count")
#     v7: Signed = getfield(v6, "value")
#     goto return(v7)
# }
# graph closures.maybe(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct cell_Signed_or_unset) = malloc(<GcStruct cell_Signed_or_unset>)
#     v2: Bool = int_gt(v0, 0)
#     branch v2 [true: block1(v0, v1), false: block2(v1)]
# block1(v3: Signed, v4: Ptr(GcStruct cell_Signed_or_unset)):
#     setfield(v4, "value", v3)
#     setfield(v4, "set", True)
#     goto block2(v4)
# block2(v5: Ptr(GcStruct cell_Signed_or_unset)):
#     v6: Ptr(GcStruct closure_closures.maybe.<locals>.show) = malloc(<GcStruct closure_closures.maybe.<locals>.show>)
#     setfield(v6, "cell_x", v5)
#     v7: Signed = direct_call(&closures.maybe.<locals>.show, v6)
#     v8: Signed = direct_call(&kiln_cell_get_local: Ptr(Func(Ptr(GcStruct cell_Signed_or_unset), Ptr(GcStruct str)) -> Signed), v5, @str_x)
#     v9: Signed = int_add(v7, v8)
#     goto return(v9)
# }
# graph closures.maybe.<locals>.show(v0: Ptr(GcStruct closure_closures.maybe.<locals>.show)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct closure_closures.maybe.<locals>.show)):
#     v1: Ptr(GcStruct cell_Signed_or_unset) = getfield(v0, "cell_x")
#     v2: Signed = direct_call(&kiln_cell_get_free: Ptr(Func(Ptr(GcStruct cell_Signed_or_unset), Ptr(GcStruct str)) -> Signed), v1, @str_x)
#     goto return(v2)
# }
# graph closures.memo() -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     v0: Ptr(GcStruct cell_dict_int_int) = malloc(<GcStruct cell_dict_int_int>)
#     v1: Ptr(GcStruct cell_closure_closures.memo.<locals>.fib) = malloc(<GcStruct cell_closure_closures.memo.<locals>.fib>)
#     v2: Ptr(GcStruct dict_int_int) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct dict_int_int)))
#     setfield(v0, "value", v2)
#     v3: Ptr(GcStruct closure_closures.memo.<locals>.fib) = malloc(<GcStruct closure_closures.memo.<locals>.fib>)
#     setfield(v3, "cell_cache", v0)
#     setfield(v3, "cell_fib", v1)
#     setfield(v1, "value", v3)
#     v4: Ptr(GcStruct closure_closures.memo.<locals>.fib) = getfield(v1, "value")
#     v5: Signed = direct_call(&closures.memo.<locals>.fib, 30, v4)
#     goto return(v5)
# }
# graph closures.memo.<locals>.fib(v0: Signed, v1: Ptr(GcStruct closure_closures.memo.<locals>.fib)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcStruct closure_closures.memo.<locals>.fib)):
#     v2: Bool = int_lt(v0, 2)
#     branch v2 [true: return(v0), false: block1(v0, v1)]
# block1(v3: Signed, v4: Ptr(GcStruct closure_closures.memo.<locals>.fib)):
#     v5: Ptr(GcStruct cell_dict_int_int) = getfield(v4, "cell_cache")
#     v6: Ptr(GcStruct dict_int_int) = getfield(v5, "value")
#     v7: Bool = direct_call(&kiln_dict_contains: Ptr(Func(Ptr(GcStruct dict_int_int), Signed) -> Bool), v6, v3)
#     v8: Bool = bool_not(v7)
#     branch v8 [true: block2(v3, v4), false: block3(v3, v4)]
# block2(v9: Signed, v10: Ptr(GcStruct closure_closures.memo.<locals>.fib)):
#     v11: Ptr(GcStruct cell_closure_closures.memo.<locals>.fib) = getfield(v10, "cell_fib")
#     v12: Ptr(GcStruct closure_closures.memo.<locals>.fib) = getfield(v11, "value")
#     v13: Signed = int_sub(v9, 1)
#     v14: Signed = direct_call(&closures.memo.<locals>.fib, v13, v12)
#     v15: Ptr(GcStruct cell_closure_closures.memo.<locals>.fib) = getfield(v10, "cell_fib")
#     v16: Ptr(GcStruct closure_closures.memo.<locals>.fib) = getfield(v15, "value")
#     v17: Signed = int_sub(v9, 2)
#     v18: Signed = direct_call(&closures.memo.<locals>.fib, v17, v16)
#     v19: Signed = int_add(v14, v18)
#     v20: Ptr(GcStruct cell_dict_int_int) = getfield(v10, "cell_cache")
#     v21: Ptr(GcStruct dict_int_int) = getfield(v20, "value")
#     v22: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct dict_int_int), Signed, Signed) -> Void), v21, v9, v19)
#     goto block3(v9, v10)
# block3(v23: Signed, v24: Ptr(GcStruct closure_closures.memo.<locals>.fib)):
#     v25: Ptr(GcStruct cell_dict_int_int) = getfield(v24, "cell_cache")
#     v26: Ptr(GcStruct dict_int_int) = getfield(v25, "value")
#     v27: Signed = direct_call(&kiln_dict_getitem: Ptr(Func(Ptr(GcStruct dict_int_int), Signed) -> Signed), v26, v23)
#     goto return(v27)
# }
# graph closures.pick(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 1)
#     branch v1 [true: block2(v0), false: block1(v0)]
# block1(v2: Signed):
#     goto block3(v2, @function_closures.double)
# block2(v3: Signed):
#     v4: Ptr(GcStruct closure_closures.make_adder.<locals>.<lambda>) = direct_call(&closures.make_adder, v3)
#     v5: Ptr(GcStruct function_closures.make_adder.<locals>.<lambda>) = cast_pointer(v4)
#     goto block3(v3, v5)
# block3(v6: Signed, v7: Ptr(GcStruct function_closures.make_adder.<locals>.<lambda>)):
#     v8: Ptr(Func(Signed, Ptr(GcStruct function_closures.make_adder.<locals>.<lambda>)) -> Signed) = getfield(v7, "fn")
#     v9: Signed = indirect_call(v8, v6, v7, "closures.make_adder.<locals>.<lambda> closures.double")
#     v10: Signed = direct_call(&closures.double, v6, null: Ptr(GcStruct function_closures.make_adder.<locals>.<lambda>))
#     v11: Signed = int_add(v9, v10)
#     goto return(v11)
# }
# graph closures.scaler(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = int_add(v0, 1)
#     v2: Ptr(GcStruct closure_closures.scaler.<locals>.scale) = malloc(<GcStruct closure_closures.scaler.<locals>.scale>)
#     setfield(v2, "default_by", v1)
#     v3: Signed = getfield(v2, "default_by")
#     v4: Signed = direct_call(&closures.scaler.<locals>.scale, 2, v3, v2)
#     v5: Signed = direct_call(&closures.scaler.<locals>.scale, 3, 4, v2)
#     v6: Signed = int_add(v4, v5)
#     goto return(v6)
# }
# graph closures.scaler.<locals>.scale(v0: Signed, v1: Signed, v2: Ptr(GcStruct closure_closures.scaler.<locals>.scale)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed, v2: Ptr(GcStruct closure_closures.scaler.<locals>.scale)):
#     v3: Signed = int_mul(v0, v1)
#     goto return(v3)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct function_closures.make_adder.<locals>.<lambda> size=8 align=8 { fn: Ptr(Func(Signed, Ptr(GcStruct function_closures.make_adder.<locals>.<lambda>)) -> Signed) @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct closure_closures.late.<locals>.get size=8 align=8 { cell_total: Ptr(GcStruct cell_Signed_or_unset) @0 }
# GcStruct closure_closures.make_adder.<locals>.<lambda> size=16 align=8 { super: GcStruct function_closures.make_adder.<locals>.<lambda> @0, cell_k: Ptr(GcStruct cell_Signed) @8 }
# GcStruct closure_closures.make_counter.<locals>.bump size=8 align=8 { cell_count: Ptr(GcStruct cell_Signed) @0 }
# GcStruct closure_closures.maybe.<locals>.show size=8 align=8 { cell_x: Ptr(GcStruct cell_Signed_or_unset) @0 }
# GcStruct closure_closures.memo.<locals>.fib size=16 align=8 { cell_cache: Ptr(GcStruct cell_dict_int_int) @0, cell_fib: Ptr(GcStruct cell_closure_closures.memo.<locals>.fib) @8 }
# GcStruct closure_closures.scaler.<locals>.scale size=8 align=8 { default_by: Signed @0 }
# GcStruct cell_Signed_or_unset size=16 align=8 { value: Signed @0, set: Bool @8 }
# GcStruct cell_Signed size=8 align=8 { value: Signed @0 }
# Struct dictentry_int_int size=24 align=8 { key: Signed @0, value: Signed @8, valid: Bool @16 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcArray(Struct dictentry_int_int) size=8 align=8 items@8 stride=24
# GcStruct dict_int_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_int_int)) @24 }
# GcStruct cell_dict_int_int size=8 align=8 { value: Ptr(GcStruct dict_int_int) @0 }
# GcStruct cell_closure_closures.memo.<locals>.fib size=8 align=8 { value: Ptr(GcStruct closure_closures.memo.<locals>.fib) @0 }
# prebuilt @function_closures.double: GcStruct function_closures.make_adder.<locals>.<lambda> = {fn: &closures.double}
# prebuilt @str_total: GcStruct str = {hash: 0, length: 5, chars: "total"}
# prebuilt @str_x: GcStruct str = {hash: 0, length: 1, chars: "x"}
