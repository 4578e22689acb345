# test: transforms
# dump-after: malloc
# functions: make_node make_list entry_point
# Malloc lowering: an instance is gc_malloc of its struct's size (it holds a pointer); a list's
# items array of ints is gc_malloc_atomic of a size computed from its length, with its length
# field set; the list struct itself holds a pointer.


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def make_node(v):
    return Node(v, None)


def make_list(n):
    return [0] * n


def entry_point(argv):
    node = make_node(3)
    items = make_list(len(argv) + 2)
    print(node.value, len(items))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph malloc.entry_point(v0: Ptr(GcStruct list_str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_str)):
#     v1: Ptr(GcStruct malloc.Node) = direct_call(&malloc.make_node, 3)
#     v2: Signed = getfield(v0, "length")
#     v3: Signed = int_add(v2, 2)
#     v4: Ptr(GcArray(Signed)) = direct_call(&malloc.make_list, v3)
#     v5: Signed = getfield(v1, "inst_value")
#     v6: Signed = getarraysize(v4)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v6)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.11, v7, @str.12)
#     v9: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v8)
#     v10: Bool = exc_occurred()
#     branch v10 [true: block2(), false: block1()]
# block1():
#     goto return(0)
# block2():
#     exc_traceback("transforms/malloc.py:26:entry_point")
#     goto return(0)
# }
# graph malloc.make_list(v0: Signed) -> Ptr(GcArray(Signed)) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = int_mul(v0, 8)
#     v2: Signed = int_add(v1, 8)
#     v3: Ptr(GcArray(Signed)) = gc_malloc_atomic(<GcArray(Signed)>, v2)
#     setarraylength(v3, v0)
#     goto return(v3)
# }
# graph malloc.make_node(v0: Signed) -> Ptr(GcStruct malloc.Node) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct malloc.Node) = gc_malloc_atomic(<GcStruct malloc.Node>, 16)
#     v2: Ptr(GcStruct object) = cast_pointer(v1)
#     v3: Ptr(Struct object_vtable) = cast_pointer(@vtable_malloc.Node)
#     setfield(v2, "typeptr", v3)
#     v4: Void = direct_call(&malloc.Node.__init__, v1, v0, "")
#     goto return(v1)
# }
