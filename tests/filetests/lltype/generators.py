# test: lltype
# functions: countdown countdown.<generator>.__next__ total first_or joined consumers numbered bag_items
# Generators: the generator transform made each generator function a class with __iter__ and
# __next__ (its state in fields: resume point, arguments, live variables); calling it allocates
# the state. A for loop calls __iter__, then __next__ in the loop header, whose StopIteration
# ends the loop; next(g, default) is the helper next_default around __next__. Built-ins that
# iterate a generator are helpers that call its __next__: list_from_next makes the list of the
# items (list, sorted, join, extend), sum/min/max/any/all_from_next reduce them as they come.
# enumerate() and zip() keep a generator as a nextiter: the generator and its __next__ as a
# function pointer, which enumerate_next and zip_next call. A class whose __iter__ returns a
# built-in iterator (iter(self.items)) is iterated by that iterator's own helpers.
class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def values(node):
    while node is not None:
        yield node.value
        node = node.next


def total(n):
    t = 0
    for v in countdown(n):
        t += v
    return t


def first_or(node, default):
    return next(values(node), default)


def joined(words):
    return " ".join(w for w in words if w)


def consumers(n):
    items = list(countdown(n))
    items.extend(countdown(2))
    return sum(x * x for x in items), max(countdown(n)), any(countdown(n))


class Bag(object):
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def numbered(n, words):
    out = []
    for i, v in enumerate(countdown(n), 1):
        out.append(i * v)
    for v, w in zip(countdown(n), words):
        out.append(v + len(w))
    return out


def bag_items(bag):
    total = 0
    for i, w in enumerate(bag):
        total += i * len(w)
    return total, sorted(bag), "-".join(bag)


def entry_point(argv):
    n = len(argv) + 2
    print(total(n))
    chain = Node(7, Node(8, None))
    print(first_or(chain, -1), first_or(None, -1))
    it = countdown(2)
    print(next(it), next(it), next(it, 0))
    print(consumers(n), joined(["a", "", "b"]))
    print(numbered(n, ["xy", "z"]), bag_items(Bag(["q", "rs"])))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph generators.bag_items(v0: Ptr(GcStruct generators.Bag)) -> Ptr(GcStruct tuple3_Signed_array_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct generators.Bag)):
#     v1: Ptr(GcStruct arrayiter_str) = direct_call(&generators.Bag.__iter__: Ptr(Func(Ptr(GcStruct generators.Bag)) -> Ptr(GcStruct arrayiter_str)), v0)
#     v2: Ptr(GcStruct enumerate_arrayiter_str) = malloc(<GcStruct enumerate_arrayiter_str>)
#     setfield(v2, "iter", v1)
#     goto block1(v0, 0, v2)
# block1(v3: Ptr(GcStruct generators.Bag), v4: Signed, v5: Ptr(GcStruct enumerate_arrayiter_str)):
#     v6: Ptr(GcStruct tuple2_Signed_str) = direct_call(&kiln_enumerate_next: Ptr(Func(Ptr(GcStruct enumerate_arrayiter_str)) -> Ptr(GcStruct tuple2_Signed_str)), v5)
#     exits [normal: block3(v3, v4, v5, v6), except @vtable_StopIteration as (v7: Ptr(Struct object_vtable), v8: Ptr(GcStruct StopIteration)): block2(v3, v4)]
# block2(v9: Ptr(GcStruct generators.Bag), v10: Signed):
#     v11: Ptr(GcStruct arrayiter_str) = direct_call(&generators.Bag.__iter__: Ptr(Func(Ptr(GcStruct generators.Bag)) -> Ptr(GcStruct arrayiter_str)), v9)
#     v12: Ptr(GcArray(Ptr(GcStruct str))) = direct_call(&kiln_list_from_iter: Ptr(Func(Ptr(GcStruct arrayiter_str)) -> Ptr(GcArray(Ptr(GcStruct str)))), v11)
#     v13: Void = direct_call(&kiln_list_sort: Ptr(Func(Ptr(GcArray(Ptr(GcStruct str)))) -> Void), v12)
#     v14: Ptr(GcStruct arrayiter_str) = direct_call(&generators.Bag.__iter__: Ptr(Func(Ptr(GcStruct generators.Bag)) -> Ptr(GcStruct arrayiter_str)), v9)
#     v15: Ptr(GcArray(Ptr(GcStruct str))) = direct_call(&kiln_list_from_iter: Ptr(Func(Ptr(GcStruct arrayiter_str)) -> Ptr(GcArray(Ptr(GcStruct str)))), v14)
#     v16: Ptr(GcStruct str) = direct_call(&kiln_str_join: Ptr(Func(Ptr(GcStruct str), Ptr(GcArray(Ptr(GcStruct str)))) -> Ptr(GcStruct str)), @str.2, v15)
#     v17: Ptr(GcStruct tuple3_Signed_array_str_str) = malloc(<GcStruct tuple3_Signed_array_str_str>)
#     setfield(v17, "item0", v10)
#     setfield(v17, "item1", v12)
#     setfield(v17, "item2", v16)
#     goto return(v17)
# block3(v18: Ptr(GcStruct generators.Bag), v19: Signed, v20: Ptr(GcStruct enumerate_arrayiter_str), v21: Ptr(GcStruct tuple2_Signed_str)):
#     v22: Signed = getfield(v21, "item0")
#     v23: Ptr(GcStruct str) = getfield(v21, "item1")
#     v24: Signed = getfield(v23, "length")
#     v25: Signed = int_mul(v22, v24)
#     v26: Signed = int_add(v19, v25)
#     goto block1(v18, v26, v20)
# }
# graph generators.consumers(v0: Signed) -> Ptr(GcStruct tuple3_Signed_Signed_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown, v0)
#     v2: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown.<generator>.__iter__: Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Ptr(GcStruct generators.countdown.<generator>)), v1)
#     v3: Ptr(GcStruct list_Signed) = direct_call(&kiln_list_from_next: Ptr(Func(Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Signed), Ptr(GcStruct generators.countdown.<generator>)) -> Ptr(GcStruct list_Signed)), &generators.countdown.<generator>.__next__, v2)
#     v4: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown, 2)
#     v5: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown.<generator>.__iter__: Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Ptr(GcStruct generators.countdown.<generator>)), v4)
#     v6: Ptr(GcArray(Signed)) = direct_call(&kiln_list_from_next: Ptr(Func(Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Signed), Ptr(GcStruct generators.countdown.<generator>)) -> Ptr(GcArray(Signed))), &generators.countdown.<generator>.__next__, v5)
#     v7: Void = direct_call(&kiln_list_extend: Ptr(Func(Ptr(GcStruct list_Signed), Ptr(GcArray(Signed))) -> Void), v3, v6)
#     v8: Ptr(GcStruct listiter_Signed) = malloc(<GcStruct listiter_Signed>)
#     setfield(v8, "list", v3)
#     v9: Ptr(GcStruct generators.consumers.<locals>.<genexpr>.<generator>) = direct_call(&generators.consumers.<locals>.<genexpr>: Ptr(Func(Ptr(GcStruct listiter_Signed)) -> Ptr(GcStruct generators.consumers.<locals>.<genexpr>.<generator>)), v8)
#     v10: Ptr(GcStruct generators.consumers.<locals>.<genexpr>.<generator>) = direct_call(&generators.consumers.<locals>.<genexpr>.<generator>.__iter__: Ptr(Func(Ptr(GcStruct generators.consumers.<locals>.<genexpr>.<generator>)) -> Ptr(GcStruct generators.consumers.<locals>.<genexpr>.<generator>)), v9)
#     v11: Signed = direct_call(&kiln_sum_from_next: Ptr(Func(Ptr(Func(Ptr(GcStruct generators.consumers.<locals>.<genexpr>.<generator>)) -> Signed), Ptr(GcStruct generators.consumers.<locals>.<genexpr>.<generator>), Signed) -> Signed), &generators.consumers.<locals>.<genexpr>.<generator>.__next__: Ptr(Func(Ptr(GcStruct generators.consumers.<locals>.<genexpr>.<generator>)) -> Signed), v10, 0)
#     v12: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown, v0)
#     v13: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown.<generator>.__iter__: Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Ptr(GcStruct generators.countdown.<generator>)), v12)
#     v14: Signed = direct_call(&kiln_max_from_next: Ptr(Func(Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Signed), Ptr(GcStruct generators.countdown.<generator>)) -> Signed), &generators.countdown.<generator>.__next__, v13)
#     v15: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown, v0)
#     v16: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown.<generator>.__iter__: Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Ptr(GcStruct generators.countdown.<generator>)), v15)
#     v17: Bool = direct_call(&kiln_any_from_next: Ptr(Func(Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Signed), Ptr(GcStruct generators.countdown.<generator>)) -> Bool), &generators.countdown.<generator>.__next__, v16)
#     v18: Ptr(GcStruct tuple3_Signed_Signed_Bool) = malloc(<GcStruct tuple3_Signed_Signed_Bool>)
#     setfield(v18, "item0", v11)
#     setfield(v18, "item1", v14)
#     setfield(v18, "item2", v17)
#     goto return(v18)
# }
# graph generators.countdown(v0: Signed) -> Ptr(GcStruct generators.countdown.<generator>) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct generators.countdown.<generator>) = malloc(<GcStruct generators.countdown.<generator>>)
#     v2: Ptr(GcStruct object) = cast_pointer(v1)
#     v3: Ptr(Struct object_vtable) = cast_pointer(@vtable_generators.countdown.<generator>)
#     setfield(v2, "typeptr", v3)
#     setfield(v1, "inst_resume", 0)
#     setfield(v1, "inst_arg0", v0)
#     goto return(v1)
# }
# graph generators.countdown.<generator>.__next__(v0: Ptr(GcStruct generators.countdown.<generator>)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct generators.countdown.<generator>)):
#     v1: Signed = getfield(v0, "inst_resume")
#     switch v1 [0: block3(v0), 1: block2(v0), default: block1()]
# block1():
#     v2: Ptr(GcStruct StopIteration) = malloc(<GcStruct StopIteration>)
#     v3: Ptr(GcStruct object) = cast_pointer(v2)
#     v4: Ptr(Struct object_vtable) = cast_pointer(@vtable_StopIteration)
#     setfield(v3, "typeptr", v4)
#     v5: Ptr(GcStruct BaseException) = cast_pointer(v2)
#     setfield(v5, "message", @str.3)
#     v6: Ptr(Struct object_vtable) = cast_pointer(@vtable_StopIteration)
#     v7: Ptr(GcStruct object) = cast_pointer(v2)
#     goto raise(v6, v7)
# block2(v8: Ptr(GcStruct generators.countdown.<generator>)):
#     v9: Signed = getfield(v8, "inst_y1_0")
#     v10: Signed = int_sub(v9, 1)
#     goto block4(v8, v10)
# block3(v11: Ptr(GcStruct generators.countdown.<generator>)):
#     v12: Signed = getfield(v11, "inst_arg0")
#     goto block4(v11, v12)
# block4(v13: Ptr(GcStruct generators.countdown.<generator>), v14: Signed):
#     v15: Bool = int_gt(v14, 0)
#     branch v15 [true: block6(v13, v14), false: block5(v13)]
# block5(v16: Ptr(GcStruct generators.countdown.<generator>)):
#     setfield(v16, "inst_resume", -1)
#     v17: Ptr(GcStruct StopIteration) = malloc(<GcStruct StopIteration>)
#     v18: Ptr(GcStruct object) = cast_pointer(v17)
#     v19: Ptr(Struct object_vtable) = cast_pointer(@vtable_StopIteration)
#     setfield(v18, "typeptr", v19)
#     v20: Ptr(GcStruct BaseException) = cast_pointer(v17)
#     setfield(v20, "message", @str.3)
#     v21: Ptr(Struct object_vtable) = cast_pointer(@vtable_StopIteration)
#     v22: Ptr(GcStruct object) = cast_pointer(v17)
#     goto raise(v21, v22)
# block6(v23: Ptr(GcStruct generators.countdown.<generator>), v24: Signed):
#     setfield(v23, "inst_y1_0", v24)
#     setfield(v23, "inst_resume", 1)
#     goto return(v24)
# }
# graph generators.first_or(v0: Ptr(GcStruct generators.Node), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct generators.Node), v1: Signed):
#     v2: Ptr(GcStruct generators.values.<generator>) = direct_call(&generators.values: Ptr(Func(Ptr(GcStruct generators.Node)) -> Ptr(GcStruct generators.values.<generator>)), v0)
#     v3: Signed = direct_call(&kiln_next_default: Ptr(Func(Ptr(Func(Ptr(GcStruct generators.values.<generator>)) -> Signed), Ptr(GcStruct generators.values.<generator>), Signed) -> Signed), &generators.values.<generator>.__next__: Ptr(Func(Ptr(GcStruct generators.values.<generator>)) -> Signed), v2, v1)
#     goto return(v3)
# }
# graph generators.joined(v0: Ptr(GcArray(Ptr(GcStruct str)))) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Ptr(GcStruct str)))):
#     v1: Ptr(GcStruct arrayiter_str) = malloc(<GcStruct arrayiter_str>)
#     setfield(v1, "list", v0)
#     v2: Ptr(GcStruct generators.joined.<locals>.<genexpr>.<generator>) = direct_call(&generators.joined.<locals>.<genexpr>: Ptr(Func(Ptr(GcStruct arrayiter_str)) -> Ptr(GcStruct generators.joined.<locals>.<genexpr>.<generator>)), v1)
#     v3: Ptr(GcStruct generators.joined.<locals>.<genexpr>.<generator>) = direct_call(&generators.joined.<locals>.<genexpr>.<generator>.__iter__: Ptr(Func(Ptr(GcStruct generators.joined.<locals>.<genexpr>.<generator>)) -> Ptr(GcStruct generators.joined.<locals>.<genexpr>.<generator>)), v2)
#     v4: Ptr(GcArray(Ptr(GcStruct str))) = direct_call(&kiln_list_from_next: Ptr(Func(Ptr(Func(Ptr(GcStruct generators.joined.<locals>.<genexpr>.<generator>)) -> Ptr(GcStruct str)), Ptr(GcStruct generators.joined.<locals>.<genexpr>.<generator>)) -> Ptr(GcArray(Ptr(GcStruct str)))), &generators.joined.<locals>.<genexpr>.<generator>.__next__: Ptr(Func(Ptr(GcStruct generators.joined.<locals>.<genexpr>.<generator>)) -> Ptr(GcStruct str)), v3)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_join: Ptr(Func(Ptr(GcStruct str), Ptr(GcArray(Ptr(GcStruct str)))) -> Ptr(GcStruct str)), @str.5, v4)
#     goto return(v5)
# }
# graph generators.numbered(v0: Signed, v1: Ptr(GcArray(Ptr(GcStruct str)))) -> Ptr(GcStruct list_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcArray(Ptr(GcStruct str)))):
#     v2: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 0)
#     v3: Ptr(GcStruct list_Signed) = malloc(<GcStruct list_Signed>)
#     setfield(v3, "length", 0)
#     setfield(v3, "items", v2)
#     v4: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown, v0)
#     v5: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown.<generator>.__iter__: Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Ptr(GcStruct generators.countdown.<generator>)), v4)
#     v6: Ptr(GcStruct nextiter_generators.countdown.<generator>) = malloc(<GcStruct nextiter_generators.countdown.<generator>>)
#     setfield(v6, "obj", v5)
#     setfield(v6, "fn", &generators.countdown.<generator>.__next__)
#     v7: Ptr(GcStruct enumerate_nextiter_generators.countdown.<generator>) = malloc(<GcStruct enumerate_nextiter_generators.countdown.<generator>>)
#     setfield(v7, "iter", v6)
#     setfield(v7, "index", 1)
#     goto block1(v0, v1, v3, v7)
# block1(v8: Signed, v9: Ptr(GcArray(Ptr(GcStruct str))), v10: Ptr(GcStruct list_Signed), v11: Ptr(GcStruct enumerate_nextiter_generators.countdown.<generator>)):
#     v12: Ptr(GcStruct tuple2_Signed_Signed) = direct_call(&kiln_enumerate_next: Ptr(Func(Ptr(GcStruct enumerate_nextiter_generators.countdown.<generator>)) -> Ptr(GcStruct tuple2_Signed_Signed)), v11)
#     exits [normal: block5(v8, v9, v10, v11, v12), except @vtable_StopIteration as (v13: Ptr(Struct object_vtable), v14: Ptr(GcStruct StopIteration)): block2(v8, v9, v10)]
# block2(v15: Signed, v16: Ptr(GcArray(Ptr(GcStruct str))), v17: Ptr(GcStruct list_Signed)):
#     v18: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown, v15)
#     v19: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown.<generator>.__iter__: Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Ptr(GcStruct generators.countdown.<generator>)), v18)
#     v20: Ptr(GcStruct nextiter_generators.countdown.<generator>) = malloc(<GcStruct nextiter_generators.countdown.<generator>>)
#     setfield(v20, "obj", v19)
#     setfield(v20, "fn", &generators.countdown.<generator>.__next__)
#     v21: Ptr(GcStruct arrayiter_str) = malloc(<GcStruct arrayiter_str>)
#     setfield(v21, "list", v16)
#     v22: Ptr(GcStruct zip_nextiter_generators.countdown.<generator>_arrayiter_str) = malloc(<GcStruct zip_nextiter_generators.countdown.<generator>_arrayiter_str>)
#     setfield(v22, "iter0", v20)
#     setfield(v22, "iter1", v21)
#     goto block3(v17, v22)
# block3(v23: Ptr(GcStruct list_Signed), v24: Ptr(GcStruct zip_nextiter_generators.countdown.<generator>_arrayiter_str)):
#     v25: Ptr(GcStruct tuple2_Signed_str) = direct_call(&kiln_zip_next: Ptr(Func(Ptr(GcStruct zip_nextiter_generators.countdown.<generator>_arrayiter_str)) -> Ptr(GcStruct tuple2_Signed_str)), v24)
#     exits [normal: block4(v23, v24, v25), except @vtable_StopIteration as (v26: Ptr(Struct object_vtable), v27: Ptr(GcStruct StopIteration)): return(v23)]
# block4(v28: Ptr(GcStruct list_Signed), v29: Ptr(GcStruct zip_nextiter_generators.countdown.<generator>_arrayiter_str), v30: Ptr(GcStruct tuple2_Signed_str)):
#     v31: Signed = getfield(v30, "item0")
#     v32: Ptr(GcStruct str) = getfield(v30, "item1")
#     v33: Signed = getfield(v32, "length")
#     v34: Signed = int_add(v31, v33)
#     v35: Void = direct_call(&kiln_list_append: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Void), v28, v34)
#     goto block3(v28, v29)
# block5(v36: Signed, v37: Ptr(GcArray(Ptr(GcStruct str))), v38: Ptr(GcStruct list_Signed), v39: Ptr(GcStruct enumerate_nextiter_generators.countdown.<generator>), v40: Ptr(GcStruct tuple2_Signed_Signed)):
#     v41: Signed = getfield(v40, "item0")
#     v42: Signed = getfield(v40, "item1")
#     v43: Signed = int_mul(v41, v42)
#     v44: Void = direct_call(&kiln_list_append: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Void), v38, v43)
#     goto block1(v36, v37, v38, v39)
# }
# graph generators.total(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown, v0)
#     v2: Ptr(GcStruct generators.countdown.<generator>) = direct_call(&generators.countdown.<generator>.__iter__: Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Ptr(GcStruct generators.countdown.<generator>)), v1)
#     goto block1(0, v2)
# block1(v3: Signed, v4: Ptr(GcStruct generators.countdown.<generator>)):
#     v5: Signed = direct_call(&generators.countdown.<generator>.__next__, v4)
#     exits [normal: block2(v3, v4, v5), except @vtable_StopIteration as (v6: Ptr(Struct object_vtable), v7: Ptr(GcStruct StopIteration)): return(v3)]
# block2(v8: Signed, v9: Ptr(GcStruct generators.countdown.<generator>), v10: Signed):
#     v11: Signed = int_add(v8, v10)
#     goto block1(v11, v9)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct generators.countdown.<generator> size=32 align=8 { super: GcStruct object @0, inst_resume: Signed @8, inst_arg0: Signed @16, inst_y1_0: Signed @24 }
# Struct generators.countdown.<generator>_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct StopIteration size=16 align=8 { super: GcStruct Exception @0 }
# Struct StopIteration_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct generators.Node size=24 align=8 { super: GcStruct object @0, inst_value: Signed @8, inst_next: Ptr(GcStruct generators.Node) @16 }
# Struct generators.Node_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct generators.values.<generator> size=32 align=8 { super: GcStruct object @0, inst_resume: Signed @8, inst_arg0: Ptr(GcStruct generators.Node) @16, inst_y1_0: Ptr(GcStruct generators.Node) @24 }
# Struct generators.values.<generator>_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct generators.consumers.<locals>.<genexpr>.<generator> size=32 align=8 { super: GcStruct object @0, inst_resume: Signed @8, inst_arg0: Ptr(GcStruct listiter_Signed) @16, inst_y1_0: Ptr(GcStruct listiter_Signed) @24 }
# Struct generators.consumers.<locals>.<genexpr>.<generator>_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct generators.joined.<locals>.<genexpr>.<generator> size=32 align=8 { super: GcStruct object @0, inst_resume: Signed @8, inst_arg0: Ptr(GcStruct arrayiter_str) @16, inst_y1_0: Ptr(GcStruct arrayiter_str) @24 }
# Struct generators.joined.<locals>.<genexpr>.<generator>_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct generators.Bag size=16 align=8 { super: GcStruct object @0, inst_items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# Struct generators.Bag_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct arrayiter_str size=16 align=8 { list: Ptr(GcArray(Ptr(GcStruct str))) @0, index: Signed @8 }
# GcStruct tuple3_Signed_array_str_str size=24 align=8 { item0: Signed @0, item1: Ptr(GcArray(Ptr(GcStruct str))) @8, item2: Ptr(GcStruct str) @16 }
# GcStruct tuple3_Signed_Signed_Bool size=24 align=8 { item0: Signed @0, item1: Signed @8, item2: Bool @16 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcStruct list_Signed size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Signed)) @8 }
# GcStruct listiter_Signed size=16 align=8 { list: Ptr(GcStruct list_Signed) @0, index: Signed @8 }
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct enumerate_arrayiter_str size=16 align=8 { iter: Ptr(GcStruct arrayiter_str) @0, index: Signed @8 }
# GcStruct tuple2_Signed_str size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8 }
# GcStruct nextiter_generators.countdown.<generator> size=16 align=8 { obj: Ptr(GcStruct generators.countdown.<generator>) @0, fn: Ptr(Func(Ptr(GcStruct generators.countdown.<generator>)) -> Signed) @8 }
# GcStruct enumerate_nextiter_generators.countdown.<generator> size=16 align=8 { iter: Ptr(GcStruct nextiter_generators.countdown.<generator>) @0, index: Signed @8 }
# GcStruct tuple2_Signed_Signed size=16 align=8 { item0: Signed @0, item1: Signed @8 }
# GcStruct zip_nextiter_generators.countdown.<generator>_arrayiter_str size=16 align=8 { iter0: Ptr(GcStruct nextiter_generators.countdown.<generator>) @0, iter1: Ptr(GcStruct arrayiter_str) @8 }
# prebuilt @str.1: GcStruct str = {hash: 0, length: 11, chars: "<generator>"}
# prebuilt @str.2: GcStruct str = {hash: 0, length: 1, chars: "-"}
# prebuilt @str.3: GcStruct str = {hash: 0, length: 0, chars: ""}
# prebuilt @str.5: GcStruct str = {hash: 0, length: 1, chars: " "}
# prebuilt @str_StopIteration: GcStruct str = {hash: 0, length: 13, chars: "StopIteration"}
# prebuilt @vtable_StopIteration: Struct StopIteration_vtable = {super: {super: {super: {subclassrange_min: 4, subclassrange_max: 5, name: @str_StopIteration}}}}
# prebuilt @vtable_generators.countdown.<generator>: Struct generators.countdown.<generator>_vtable = {super: {subclassrange_min: 1, subclassrange_max: 2, name: @str.1}}
