# test: transforms
# dump-after: stackcheck
# functions: fact is_even is_odd leaf entry_point
# Only graphs in a cycle of the call graph get a stack_check at their entry: fact (calls
# itself), is_even and is_odd (call each other); leaf and entry_point do not.


def leaf(n):
    return n * 2


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def entry_point(argv):
    print(leaf(fact(5)), is_even(10))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph stack_check.entry_point(v0: Ptr(GcStruct list_str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_str)):
#     v1: Signed = direct_call(&stack_check.fact, 5)
#     v2: Signed = direct_call(&stack_check.leaf, v1)
#     v3: Bool = direct_call(&stack_check.is_even, 10)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v2)
#     v5: Ptr(GcStruct str) = select(v3, @str_True, @str_False)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v4, @str.11, v5, @str.12)
#     v7: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v6)
#     goto return(0)
# }
# graph stack_check.fact(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     stack_check()
#     v1: Bool = int_le(v0, 1)
#     branch v1 [true: return(1), false: block1(v0)]
# block1(v2: Signed):
#     v3: Signed = int_sub(v2, 1)
#     v4: Signed = direct_call(&stack_check.fact, v3)
#     v5: Signed = int_mul(v2, v4)
#     goto return(v5)
# }
# graph stack_check.is_even(v0: Signed) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     stack_check()
#     v1: Bool = int_eq(v0, 0)
#     branch v1 [true: return(True), false: block1(v0)]
# block1(v2: Signed):
#     v3: Signed = int_sub(v2, 1)
#     v4: Bool = direct_call(&stack_check.is_odd, v3)
#     goto return(v4)
# }
# graph stack_check.is_odd(v0: Signed) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     stack_check()
#     v1: Bool = int_eq(v0, 0)
#     branch v1 [true: return(False), false: block1(v0)]
# block1(v2: Signed):
#     v3: Signed = int_sub(v2, 1)
#     v4: Bool = direct_call(&stack_check.is_even, v3)
#     goto return(v4)
# }
# graph stack_check.leaf(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = int_mul(v0, 2)
#     goto return(v1)
# }
