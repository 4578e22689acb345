# test: lltype
# functions: Node.__init__ Leaf.__init__ make total is_leaf same kind_of maybe_leaf exactly_node same_node class_name identities tagged attributes leaf_or_twig
# Instances: one GcStruct per class with the base class's struct first, attributes as fields
# (inst_*), a vtable per class, isinstance as a class-id range check (a helper that tests for
# None first when the instance may be None), identity with ptr_eq (instances of different
# classes as their common base; `type(x) is C` compares vtables), class attributes as constants,
# isinstance(x, (A, B)) as range checks or'ed, == of instances without __eq__ as identity,
# hash() and id() as the GC's identity ops. A class-level value of an attribute that instances
# read or assign (`tag = "n"`) is stored into each new instance, after its typeptr.
# getattr/setattr/hasattr with a constant name are the attribute operations (hasattr, and
# getattr's default, decided at translation time).
class Node(object):
    def __init__(self, value):
        self.value = value
        self.next = None


class Leaf(Node):
    def __init__(self, value, weight):
        Node.__init__(self, value)
        self.weight = weight


class Twig(Node):
    pass


def leaf_or_twig(node):
    return isinstance(node, (Leaf, Twig))


class Tagged(object):
    tag = "t"
    hits = 1

    def touch(self):
        self.hits += 1
        return self.hits


class Marked(Tagged):
    tag = "m"


def tagged(n):
    t = Marked() if n > 3 else Tagged()
    return t.tag, t.touch()


def attributes(t):
    setattr(t, "hits", getattr(t, "hits") + 1)
    return getattr(t, "missing", -1), hasattr(t, "touch"), getattr(t, "tag")


def make(n):
    head = Node(0)
    for i in range(n):
        node = Leaf(i, 0.5) if i % 2 else Node(i)
        node.next = head
        head = node
    return head


def total(node):
    t = 0
    while node is not None:
        t += node.value
        node = node.next
    return t


def is_leaf(node):
    return isinstance(node, Leaf)


def same(a, b):
    return a is b


def kind_of(node):
    if isinstance(node, Leaf):
        return node.weight
    return 0.0


def maybe_leaf(node, n):
    if n > 2:
        node = None
    return isinstance(node, Leaf)


def exactly_node(node):
    return type(node) is Node, type(node) != Leaf


def same_node(node, leaf):
    return node is leaf


def class_name():
    return Leaf.__name__


def identities(node, leaf, n):
    other = None if n > 5 else node
    return node == leaf, other != None, hash(node) == hash(leaf), id(node) - id(node)


def entry_point(argv):
    head = make(len(argv) + 3)
    print(total(head), is_leaf(head), same(head, head.next), kind_of(head))
    leaf = Leaf(1, 2.0)
    print(maybe_leaf(head, len(argv)), exactly_node(head), same_node(head, leaf), class_name())
    print(identities(head, leaf, len(argv)))
    print(tagged(len(argv)), attributes(Tagged()), leaf_or_twig(Twig(2)), leaf_or_twig(head))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph instances.Leaf.__init__(v0: Ptr(GcStruct instances.Leaf), v1: Signed, v2: Float) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Leaf), v1: Signed, v2: Float):
#     v3: Ptr(GcStruct instances.Node) = cast_pointer(v0)
#     v4: Void = direct_call(&instances.Node.__init__, v3, v1)
#     setfield(v0, "inst_weight", v2)
#     goto return("")
# }
# graph instances.Node.__init__(v0: Ptr(GcStruct instances.Node), v1: Signed) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node), v1: Signed):
#     setfield(v0, "inst_value", v1)
#     setfield(v0, "inst_next", null: Ptr(GcStruct instances.Node))
#     goto return("")
# }
# graph instances.attributes(v0: Ptr(GcStruct instances.Tagged)) -> Ptr(GcStruct tuple3_Signed_Bool_UniChar) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Tagged)):
#     v1: Signed = getfield(v0, "inst_hits")
#     v2: Signed = int_add(v1, 1)
#     setfield(v0, "inst_hits", v2)
#     v3: UniChar = getfield(v0, "inst_tag")
#     v4: Ptr(GcStruct tuple3_Signed_Bool_UniChar) = malloc(<GcStruct tuple3_Signed_Bool_UniChar>)
#     setfield(v4, "item0", -1)
#     setfield(v4, "item1", True)
#     setfield(v4, "item2", v3)
#     goto return(v4)
# }
# graph instances.class_name() -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     goto return(@str_Leaf)
# }
# graph instances.exactly_node(v0: Ptr(GcStruct instances.Node)) -> Ptr(GcStruct tuple2_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node)):
#     v1: Ptr(GcStruct object) = cast_pointer(v0)
#     v2: Ptr(Struct object_vtable) = getfield(v1, "typeptr")
#     v3: Ptr(Struct instances.Node_vtable) = cast_pointer(v2)
#     v4: Bool = ptr_eq(v3, @vtable_instances.Node)
#     v5: Ptr(GcStruct object) = cast_pointer(v0)
#     v6: Ptr(Struct object_vtable) = getfield(v5, "typeptr")
#     v7: Ptr(Struct instances.Node_vtable) = cast_pointer(v6)
#     v8: Ptr(Struct object_vtable) = cast_pointer(v7)
#     v9: Ptr(Struct object_vtable) = cast_pointer(@vtable_instances.Leaf)
#     v10: Bool = ptr_ne(v8, v9)
#     v11: Ptr(GcStruct tuple2_Bool_Bool) = malloc(<GcStruct tuple2_Bool_Bool>)
#     setfield(v11, "item0", v4)
#     setfield(v11, "item1", v10)
#     goto return(v11)
# }
# graph instances.identities(v0: Ptr(GcStruct instances.Node), v1: Ptr(GcStruct instances.Leaf), v2: Signed) -> Ptr(GcStruct tuple4_Bool_Bool_Bool_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node), v1: Ptr(GcStruct instances.Leaf), v2: Signed):
#     v3: Bool = int_gt(v2, 5)
#     branch v3 [true: block1(v0, v1), false: block2(v0, v1, v0)]
# block1(v4: Ptr(GcStruct instances.Node), v5: Ptr(GcStruct instances.Leaf)):
#     goto block2(v4, v5, null: Ptr(GcStruct instances.Node))
# block2(v6: Ptr(GcStruct instances.Node), v7: Ptr(GcStruct instances.Leaf), v8: Ptr(GcStruct instances.Node)):
#     v9: Ptr(GcStruct instances.Node) = cast_pointer(v7)
#     v10: Bool = ptr_eq(v6, v9)
#     v11: Bool = ptr_nonzero(v8)
#     v12: Ptr(GcStruct object) = cast_pointer(v6)
#     v13: Signed = gc_identityhash(v12)
#     v14: Ptr(GcStruct object) = cast_pointer(v7)
#     v15: Signed = gc_identityhash(v14)
#     v16: Bool = int_eq(v13, v15)
#     v17: Ptr(GcStruct object) = cast_pointer(v6)
#     v18: Signed = gc_id(v17)
#     v19: Ptr(GcStruct object) = cast_pointer(v6)
#     v20: Signed = gc_id(v19)
#     v21: Signed = int_sub(v18, v20)
#     v22: Ptr(GcStruct tuple4_Bool_Bool_Bool_Signed) = malloc(<GcStruct tuple4_Bool_Bool_Bool_Signed>)
#     setfield(v22, "item0", v10)
#     setfield(v22, "item1", v11)
#     setfield(v22, "item2", v16)
#     setfield(v22, "item3", v21)
#     goto return(v22)
# }
# graph instances.is_leaf(v0: Ptr(GcStruct instances.Node)) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node)):
#     v1: Ptr(GcStruct object) = cast_pointer(v0)
#     v2: Ptr(Struct object_vtable) = getfield(v1, "typeptr")
#     v3: Signed = getfield(v2, "subclassrange_min")
#     v4: Bool = int_between(2, v3, 3)
#     goto return(v4)
# }
# graph instances.kind_of(v0: Ptr(GcStruct instances.Node)) -> Float raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node)):
#     v1: Ptr(GcStruct object) = cast_pointer(v0)
#     v2: Ptr(Struct object_vtable) = getfield(v1, "typeptr")
#     v3: Signed = getfield(v2, "subclassrange_min")
#     v4: Bool = int_between(2, v3, 3)
#     branch v4 [true: block1(v0), false: return(0.0)]
# block1(v5: Ptr(GcStruct instances.Node)):
#     v6: Ptr(GcStruct instances.Leaf) = cast_pointer(v5)
#     goto block2(v6)
# block2(v7: Ptr(GcStruct instances.Leaf)):
#     v8: Float = getfield(v7, "inst_weight")
#     goto return(v8)
# }
# graph instances.leaf_or_twig(v0: Ptr(GcStruct instances.Node)) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node)):
#     v1: Ptr(GcStruct object) = cast_pointer(v0)
#     v2: Ptr(Struct object_vtable) = getfield(v1, "typeptr")
#     v3: Signed = getfield(v2, "subclassrange_min")
#     v4: Bool = int_between(2, v3, 3)
#     v5: Signed = getfield(v2, "subclassrange_min")
#     v6: Bool = int_between(3, v5, 4)
#     v7: Bool = bool_or(v4, v6)
#     goto return(v7)
# }
# graph instances.make(v0: Signed) -> Ptr(GcStruct instances.Node) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct instances.Node) = malloc(<GcStruct instances.Node>)
#     v2: Ptr(GcStruct object) = cast_pointer(v1)
#     v3: Ptr(Struct object_vtable) = cast_pointer(@vtable_instances.Node)
#     setfield(v2, "typeptr", v3)
#     v4: Void = direct_call(&instances.Node.__init__, v1, 0)
#     goto block1(v1, 0, v0)
# block1(v5: Ptr(GcStruct instances.Node), v6: Signed, v7: Signed):
#     v8: Bool = int_lt(v6, v7)
#     branch v8 [true: block2(v5, v6, v7), false: return(v5)]
# block2(v9: Ptr(GcStruct instances.Node), v10: Signed, v11: Signed):
#     v12: Signed = int_add(v10, 1)
#     v13: Signed = int_mod(v10, 2)
#     v14: Bool = int_is_true(v13)
#     branch v14 [true: block4(v9, v10, v12, v11), false: block3(v9, v10, v12, v11)]
# block3(v15: Ptr(GcStruct instances.Node), v16: Signed, v17: Signed, v18: Signed):
#     v19: Ptr(GcStruct instances.Node) = malloc(<GcStruct instances.Node>)
#     v20: Ptr(GcStruct object) = cast_pointer(v19)
#     v21: Ptr(Struct object_vtable) = cast_pointer(@vtable_instances.Node)
#     setfield(v20, "typeptr", v21)
#     v22: Void = direct_call(&instances.Node.__init__, v19, v16)
#     goto block5(v15, v17, v18, v19)
# block4(v23: Ptr(GcStruct instances.Node), v24: Signed, v25: Signed, v26: Signed):
#     v27: Ptr(GcStruct instances.Leaf) = malloc(<GcStruct instances.Leaf>)
#     v28: Ptr(GcStruct object) = cast_pointer(v27)
#     v29: Ptr(Struct object_vtable) = cast_pointer(@vtable_instances.Leaf)
#     setfield(v28, "typeptr", v29)
#     v30: Void = direct_call(&instances.Leaf.__init__, v27, v24, 0.5)
#     v31: Ptr(GcStruct instances.Node) = cast_pointer(v27)
#     goto block5(v23, v25, v26, v31)
# block5(v32: Ptr(GcStruct instances.Node), v33: Signed, v34: Signed, v35: Ptr(GcStruct instances.Node)):
#     setfield(v35, "inst_next", v32)
#     goto block1(v35, v33, v34)
# }
# graph instances.maybe_leaf(v0: Ptr(GcStruct instances.Node), v1: Signed) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node), v1: Signed):
#     v2: Bool = int_gt(v1, 2)
#     branch v2 [true: block1(null: Ptr(GcStruct instances.Node)), false: block1(v0)]
# block1(v3: Ptr(GcStruct instances.Node)):
#     v4: Ptr(GcStruct object) = cast_pointer(v3)
#     v5: Bool = direct_call(&kiln_instance_isinstance: Ptr(Func(Ptr(GcStruct object), Signed, Signed) -> Bool), v4, 2, 3)
#     goto return(v5)
# }
# graph instances.same(v0: Ptr(GcStruct instances.Node), v1: Ptr(GcStruct instances.Node)) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node), v1: Ptr(GcStruct instances.Node)):
#     v2: Bool = ptr_eq(v0, v1)
#     goto return(v2)
# }
# graph instances.same_node(v0: Ptr(GcStruct instances.Node), v1: Ptr(GcStruct instances.Leaf)) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node), v1: Ptr(GcStruct instances.Leaf)):
#     v2: Ptr(GcStruct instances.Node) = cast_pointer(v1)
#     v3: Bool = ptr_eq(v0, v2)
#     goto return(v3)
# }
# graph instances.tagged(v0: Signed) -> Ptr(GcStruct tuple2_UniChar_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 3)
#     branch v1 [true: block2(), false: block1()]
# block1():
#     v2: Ptr(GcStruct instances.Tagged) = malloc(<GcStruct instances.Tagged>)
#     v3: Ptr(GcStruct object) = cast_pointer(v2)
#     v4: Ptr(Struct object_vtable) = cast_pointer(@vtable_instances.Tagged)
#     setfield(v3, "typeptr", v4)
#     setfield(v2, "inst_tag", U't')
#     setfield(v2, "inst_hits", 1)
#     goto block3(v2)
# block2():
#     v5: Ptr(GcStruct instances.Marked) = malloc(<GcStruct instances.Marked>)
#     v6: Ptr(GcStruct object) = cast_pointer(v5)
#     v7: Ptr(Struct object_vtable) = cast_pointer(@vtable_instances.Marked)
#     setfield(v6, "typeptr", v7)
#     setfield(v5, "inst_tag", U'm')
#     setfield(v5, "inst_hits", 1)
#     v8: Ptr(GcStruct instances.Tagged) = cast_pointer(v5)
#     goto block3(v8)
# block3(v9: Ptr(GcStruct instances.Tagged)):
#     v10: UniChar = getfield(v9, "inst_tag")
#     v11: Signed = direct_call(&instances.Tagged.touch: Ptr(Func(Ptr(GcStruct instances.Tagged)) -> Signed), v9)
#     v12: Ptr(GcStruct tuple2_UniChar_Signed) = malloc(<GcStruct tuple2_UniChar_Signed>)
#     setfield(v12, "item0", v10)
#     setfield(v12, "item1", v11)
#     goto return(v12)
# }
# graph instances.total(v0: Ptr(GcStruct instances.Node)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct instances.Node)):
#     goto block1(v0, 0)
# block1(v1: Ptr(GcStruct instances.Node), v2: Signed):
#     v3: Bool = ptr_iszero(v1)
#     v4: Bool = bool_not(v3)
#     branch v4 [true: block2(v1, v2), false: return(v2)]
# block2(v5: Ptr(GcStruct instances.Node), v6: Signed):
#     v7: Signed = getfield(v5, "inst_value")
#     v8: Signed = int_add(v6, v7)
#     v9: Ptr(GcStruct instances.Node) = getfield(v5, "inst_next")
#     goto block1(v9, v8)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct instances.Node size=24 align=8 { super: GcStruct object @0, inst_value: Signed @8, inst_next: Ptr(GcStruct instances.Node) @16 }
# Struct instances.Node_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct instances.Leaf size=32 align=8 { super: GcStruct instances.Node @0, inst_weight: Float @24 }
# Struct instances.Leaf_vtable size=24 align=8 { super: Struct instances.Node_vtable @0 }
# GcStruct instances.Tagged size=24 align=8 { super: GcStruct object @0, inst_tag: UniChar @8, inst_hits: Signed @16 }
# Struct instances.Tagged_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct instances.Marked size=24 align=8 { super: GcStruct instances.Tagged @0 }
# Struct instances.Marked_vtable size=24 align=8 { super: Struct instances.Tagged_vtable @0 }
# GcStruct instances.Twig size=24 align=8 { super: GcStruct instances.Node @0 }
# Struct instances.Twig_vtable size=24 align=8 { super: Struct instances.Node_vtable @0 }
# GcStruct tuple3_Signed_Bool_UniChar size=16 align=8 { item0: Signed @0, item1: Bool @8, item2: UniChar @12 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple2_Bool_Bool size=2 align=1 { item0: Bool @0, item1: Bool @1 }
# GcStruct tuple4_Bool_Bool_Bool_Signed size=16 align=8 { item0: Bool @0, item1: Bool @1, item2: Bool @2, item3: Signed @8 }
# GcStruct tuple2_UniChar_Signed size=16 align=8 { item0: UniChar @0, item1: Signed @8 }
# prebuilt @str_Leaf: GcStruct str = {hash: 0, length: 4, chars: "Leaf"}
# prebuilt @str_Marked: GcStruct str = {hash: 0, length: 6, chars: "Marked"}
# prebuilt @str_Node: GcStruct str = {hash: 0, length: 4, chars: "Node"}
# prebuilt @str_Tagged: GcStruct str = {hash: 0, length: 6, chars: "Tagged"}
# prebuilt @vtable_instances.Leaf: Struct instances.Leaf_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 3, name: @str_Leaf}}}
# prebuilt @vtable_instances.Marked: Struct instances.Marked_vtable = {super: {super: {subclassrange_min: 5, subclassrange_max: 6, name: @str_Marked}}}
# prebuilt @vtable_instances.Node: Struct instances.Node_vtable = {super: {subclassrange_min: 1, subclassrange_max: 4, name: @str_Node}}
# prebuilt @vtable_instances.Tagged: Struct instances.Tagged_vtable = {super: {subclassrange_min: 4, subclassrange_max: 6, name: @str_Tagged}}
