# test: transforms
# dump-after: mergeifs
# functions: opcode_name two_tests mixed
# Chains of equality tests of one value become a Switch (three tests or more; a repeated
# constant keeps its first way); two tests, or tests of different values, stay branches.


def opcode_name(op):
    if op == 0:
        return "add"
    elif op == 1:
        return "sub"
    elif op == 5:
        return "jump"
    elif op == 1:
        return "never"
    return "other"


def two_tests(c):
    if c == "a":
        return 1
    elif c == "b":
        return 2
    return 0


def mixed(x, y):
    if x == 1:
        return 10
    elif y == 2:
        return 20
    elif x == 3:
        return 30
    return 0


def entry_point(argv):
    n = len(argv)
    print(opcode_name(n), two_tests(argv[0][0]), mixed(n, n + 1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph merge_ifs.mixed(v0: Signed, v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Bool = int_eq(v0, 1)
#     branch v2 [true: return(10), false: block1(v0, v1)]
# block1(v3: Signed, v4: Signed):
#     v5: Bool = int_eq(v4, 2)
#     branch v5 [true: return(20), false: block2(v3)]
# block2(v6: Signed):
#     v7: Bool = int_eq(v6, 3)
#     branch v7 [true: return(30), false: return(0)]
# }
# graph merge_ifs.opcode_name(v0: Signed) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     switch v0 [0: return(@str_add), 1: return(@str_sub), 5: return(@str_jump), default: return(@str_other)]
# }
# graph merge_ifs.two_tests(v0: UniChar) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: UniChar):
#     v1: Bool = unichar_eq(v0, U'a')
#     branch v1 [true: return(1), false: block1(v0)]
# block1(v2: UniChar):
#     v3: Bool = unichar_eq(v2, U'b')
#     branch v3 [true: return(2), false: return(0)]
# }
