# test: transforms
# dump-after: gc
# translate-flags: --gc=gen
# functions: Node.__init__ cons build join_all set_first entry_point
# The GC transform (--gc=gen): malloc becomes gc_new / gc_new_varsize with the GC pointers live
# after it as roots; a call that may collect (build, cons) is wrapped in gc_push_roots /
# gc_pop_roots of what is live after it, and nothing else; a helper that allocates (str
# concatenation) is followed by gc_safepoint, its result among the roots; stores of GC pointers
# get gc_write_barrier (gc_write_barrier_array for list items), except into an object just
# allocated (the new list's items, the iterator: young, even past the exception test's block
# split) and the second store into one object after its barrier (Node.__init__); storing None
# or an int needs no barrier. Allocations may raise MemoryError: exc_occurred after them.


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def cons(value, rest):
    return Node(value, rest)


def build(n):
    head = Node(-1, None)
    for i in range(n):
        head = cons(i, head)
    return head


def join_all(words):
    s = ""
    for w in words:
        s = s + w
    return s


def set_first(items, node):
    items[0] = node
    node.next = None


def entry_point(argv):
    head = build(len(argv) + 3)
    tail = build(2)
    items = [tail, head]
    set_first(items, head)
    print(head.value, tail.value, join_all(argv))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph gc.Node.__init__(v0: Ptr(GcStruct gc.Node), v1: Signed, v2: Ptr(GcStruct gc.Node)) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct gc.Node), v1: Signed, v2: Ptr(GcStruct gc.Node)):
#     setfield(v0, "inst_value", v1)
#     gc_write_barrier(v0)
#     setfield(v0, "inst_next", v2)
#     goto return("")
# }
# graph gc.build(v0: Signed) -> Ptr(GcStruct gc.Node) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct gc.Node) = gc_new(<GcStruct gc.Node>)
#     v2: Bool = exc_occurred()
#     branch v2 [true: block6(), false: block1(v1, v0)]
# block1(v3: Ptr(GcStruct gc.Node), v4: Signed):
#     v5: Ptr(GcStruct object) = cast_pointer(v3)
#     v6: Ptr(Struct object_vtable) = cast_pointer(@vtable_gc.Node)
#     setfield(v5, "typeptr", v6)
#     v7: Void = direct_call(&gc.Node.__init__, v3, -1, null: Ptr(GcStruct gc.Node))
#     goto block2(v3, 0, v4)
# block2(v8: Ptr(GcStruct gc.Node), v9: Signed, v10: Signed):
#     v11: Bool = int_lt(v9, v10)
#     branch v11 [true: block3(v8, v9, v10), false: return(v8)]
# block3(v12: Ptr(GcStruct gc.Node), v13: Signed, v14: Signed):
#     v15: Signed = int_add(v13, 1)
#     v16: Ptr(GcStruct gc.Node) = direct_call(&gc.cons, v13, v12)
#     v17: Bool = exc_occurred()
#     branch v17 [true: block5(), false: block4(v16, v15, v14)]
# block4(v18: Ptr(GcStruct gc.Node), v19: Signed, v20: Signed):
#     goto block2(v18, v19, v20)
# block5():
#     exc_traceback("transforms/gc.py:28:build")
#     goto return(null: Ptr(GcStruct gc.Node))
# block6():
#     exc_traceback("transforms/gc.py:26:build")
#     goto return(null: Ptr(GcStruct gc.Node))
# }
# graph gc.cons(v0: Signed, v1: Ptr(GcStruct gc.Node)) -> Ptr(GcStruct gc.Node) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcStruct gc.Node)):
#     v2: Ptr(GcStruct gc.Node) = gc_new(<GcStruct gc.Node>, v1)
#     v3: Bool = exc_occurred()
#     branch v3 [true: block2(), false: block1(v2, v0, v1)]
# block1(v4: Ptr(GcStruct gc.Node), v5: Signed, v6: Ptr(GcStruct gc.Node)):
#     v7: Ptr(GcStruct object) = cast_pointer(v4)
#     v8: Ptr(Struct object_vtable) = cast_pointer(@vtable_gc.Node)
#     setfield(v7, "typeptr", v8)
#     v9: Void = direct_call(&gc.Node.__init__, v4, v5, v6)
#     goto return(v4)
# block2():
#     exc_traceback("transforms/gc.py:22:cons")
#     goto return(null: Ptr(GcStruct gc.Node))
# }
# graph gc.entry_point(v0: Ptr(GcStruct list_str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_str)):
#     v1: Signed = getfield(v0, "length")
#     v2: Signed = int_add(v1, 3)
#     gc_push_roots(v0)
#     v3: Ptr(GcStruct gc.Node) = direct_call(&gc.build, v2)
#     gc_pop_roots(v0)
#     v4: Bool = exc_occurred()
#     branch v4 [true: block18(), false: block1(v3, v0)]
# block1(v5: Ptr(GcStruct gc.Node), v6: Ptr(GcStruct list_str)):
#     gc_push_roots(v5, v6)
#     v7: Ptr(GcStruct gc.Node) = direct_call(&gc.build, 2)
#     gc_pop_roots(v5, v6)
#     v8: Bool = exc_occurred()
#     branch v8 [true: block17(), false: block2(v7, v5, v6)]
# block2(v9: Ptr(GcStruct gc.Node), v10: Ptr(GcStruct gc.Node), v11: Ptr(GcStruct list_str)):
#     v12: Ptr(GcArray(Ptr(GcStruct gc.Node))) = gc_new_varsize(<GcArray(Ptr(GcStruct gc.Node))>, 2, v9, v10, v11)
#     v13: Bool = exc_occurred()
#     branch v13 [true: block16(), false: block3(v12, v9, v10, v11)]
# block3(v14: Ptr(GcArray(Ptr(GcStruct gc.Node))), v15: Ptr(GcStruct gc.Node), v16: Ptr(GcStruct gc.Node), v17: Ptr(GcStruct list_str)):
#     setarrayitem(v14, 0, v15)
#     setarrayitem(v14, 1, v16)
#     v18: Void = direct_call(&gc.set_first, v14, v16)
#     v19: Bool = exc_occurred()
#     branch v19 [true: block15(), false: block4(v16, v15, v17)]
# block4(v20: Ptr(GcStruct gc.Node), v21: Ptr(GcStruct gc.Node), v22: Ptr(GcStruct list_str)):
#     v23: Signed = getfield(v20, "inst_value")
#     v24: Signed = getfield(v21, "inst_value")
#     v25: Ptr(GcStruct str) = direct_call(&gc.join_all, v22)
#     v26: Bool = exc_occurred()
#     branch v26 [true: block14(), false: block5(v23, v24, v25)]
# block5(v27: Signed, v28: Signed, v29: Ptr(GcStruct str)):
#     v30: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v27)
#     gc_safepoint(v29, v30)
#     v31: Bool = exc_occurred()
#     branch v31 [true: block13(), false: block6(v28, v30, v29)]
# block6(v32: Signed, v33: Ptr(GcStruct str), v34: Ptr(GcStruct str)):
#     v35: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v32)
#     gc_safepoint(v33, v34, v35)
#     v36: Bool = exc_occurred()
#     branch v36 [true: block12(), false: block7(v33, v35, v34)]
# block7(v37: Ptr(GcStruct str), v38: Ptr(GcStruct str), v39: Ptr(GcStruct str)):
#     v40: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v37, @str.11, v38, @str.11, v39, @str.12)
#     gc_safepoint(v40)
#     v41: Bool = exc_occurred()
#     branch v41 [true: block11(), false: block8(v40)]
# block8(v42: Ptr(GcStruct str)):
#     v43: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v42)
#     v44: Bool = exc_occurred()
#     branch v44 [true: block10(), false: block9()]
# block9():
#     goto return(0)
# block10():
#     exc_traceback("transforms/gc.py:49:entry_point")
#     goto return(0)
# block11():
#     exc_traceback("transforms/gc.py:49:entry_point")
#     goto return(0)
# block12():
#     exc_traceback("transforms/gc.py:49:entry_point")
#     goto return(0)
# block13():
#     exc_traceback("transforms/gc.py:49:entry_point")
#     goto return(0)
# block14():
#     exc_traceback("transforms/gc.py:49:entry_point")
#     goto return(0)
# block15():
#     exc_traceback("transforms/gc.py:48:entry_point")
#     goto return(0)
# block16():
#     exc_traceback("transforms/gc.py:47:entry_point")
#     goto return(0)
# block17():
#     exc_traceback("transforms/gc.py:46:entry_point")
#     goto return(0)
# block18():
#     exc_traceback("transforms/gc.py:45:entry_point")
#     goto return(0)
# }
# graph gc.join_all(v0: Ptr(GcStruct list_str)) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_str)):
#     v1: Ptr(GcStruct listiter_str) = gc_new(<GcStruct listiter_str>, v0)
#     v2: Bool = exc_occurred()
#     branch v2 [true: block9(), false: block1(v1, v0)]
# block1(v3: Ptr(GcStruct listiter_str), v4: Ptr(GcStruct list_str)):
#     setfield(v3, "list", v4)
#     goto block2(@str.13, v3)
# block2(v5: Ptr(GcStruct str), v6: Ptr(GcStruct listiter_str)):
#     v7: Ptr(GcStruct str) = direct_call(&kiln_listiter_next: Ptr(Func(Ptr(GcStruct listiter_str)) -> Ptr(GcStruct str)), v6)
#     v8: Bool = exc_occurred()
#     branch v8 [true: block6(v5), false: block3(v5, v6, v7)]
# block3(v9: Ptr(GcStruct str), v10: Ptr(GcStruct listiter_str), v11: Ptr(GcStruct str)):
#     v12: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v9, v11)
#     gc_safepoint(v10, v12)
#     v13: Bool = exc_occurred()
#     branch v13 [true: block5(), false: block4(v12, v10)]
# block4(v14: Ptr(GcStruct str), v15: Ptr(GcStruct listiter_str)):
#     goto block2(v14, v15)
# block5():
#     exc_traceback("transforms/gc.py:35:join_all")
#     goto return(null: Ptr(GcStruct str))
# block6(v16: Ptr(GcStruct str)):
#     v17: Ptr(Struct object_vtable) = exc_fetch_type()
#     v18: Ptr(GcStruct object) = exc_fetch_value()
#     v19: Signed = getfield(v17, "subclassrange_min")
#     v20: Bool = int_between(4, v19, 5)
#     branch v20 [true: block8(v16, v17, v18), false: block7()]
# block7():
#     exc_traceback("transforms/gc.py:34:join_all")
#     goto return(null: Ptr(GcStruct str))
# block8(v21: Ptr(GcStruct str), v22: Ptr(Struct object_vtable), v23: Ptr(GcStruct object)):
#     exc_clear()
#     v24: Ptr(GcStruct StopIteration) = cast_pointer(v23)
#     goto return(v21)
# block9():
#     exc_traceback("transforms/gc.py:34:join_all")
#     goto return(null: Ptr(GcStruct str))
# }
# graph gc.set_first(v0: Ptr(GcArray(Ptr(GcStruct gc.Node))), v1: Ptr(GcStruct gc.Node)) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Ptr(GcStruct gc.Node))), v1: Ptr(GcStruct gc.Node)):
#     v2: Signed = getarraysize(v0)
#     v3: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), 0, v2, 1)
#     v4: Bool = exc_occurred()
#     branch v4 [true: block2(), false: block1(v0, v3, v1)]
# block1(v5: Ptr(GcArray(Ptr(GcStruct gc.Node))), v6: Signed, v7: Ptr(GcStruct gc.Node)):
#     gc_write_barrier_array(v5, v6)
#     setarrayitem(v5, v6, v7)
#     setfield(v7, "inst_next", null: Ptr(GcStruct gc.Node))
#     goto return("")
# block2():
#     exc_traceback("transforms/gc.py:40:set_first")
#     goto return("")
# }
