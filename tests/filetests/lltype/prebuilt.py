# test: lltype
# functions: lookup opcode_name node_sum cycle_len counter dispatch shape_area class_of pair resizable
# Prebuilt objects (rtyper/prebuilt.cpp): the load-time objects a program reads become static data
# with contents. Instances (own class's struct, typeptr, fields from the object or its class,
# zero when never set), a cycle of instances, dicts (entries in order, indexes built at the first
# lookup), fixed and resizable lists, tuples, strs, functions in a dict, classes as values, and
# vtables with their id ranges, names and method slots.


class Node(object):
    kind = "node"

    def __init__(self, value, next):
        self.value = value
        self.next = next
        self.kind = "leaf" if next is None else "link"


class Counter(object):
    def __init__(self):
        self.hits = 0
        self.label = "counter"


class Shape(object):
    def area(self):
        return 0.0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


def op_add(a, b):
    return a + b


def op_sub(a, b):
    return a - b


OPCODES = {"add": 1, "sub": 2, "jump": 7}
NAMES = ["nop", "add", "sub"]
CHAIN = Node(1, Node(2, Node(3, None)))
RING_A = Node(10, None)
RING_B = Node(20, RING_A)
RING_A.next = RING_B
COUNTER = Counter()
OPS = {"+": op_add, "-": op_sub}
SHAPES = [Square(2.0), Circle(1.0)]
KINDS = (Square, Circle)
PAIR = (3, "three")
GROWING = [1, 2]


def lookup(name):
    if name in OPCODES:
        return OPCODES[name]
    return -1


def opcode_name(i):
    return NAMES[i]


def node_sum():
    total = 0
    n = CHAIN
    while n is not None:
        total += n.value
        n = n.next
    return total


def cycle_len():
    n = RING_A.next
    count = 1
    while n is not RING_A:
        count += 1
        n = n.next
    return count


def counter():
    COUNTER.hits += 1
    return COUNTER.hits


def dispatch(op, a, b):
    return OPS[op](a, b)


def shape_area(i):
    return SHAPES[i].area()


def class_of(i):
    if i == 0:
        return KINDS[0](1.0).area()
    return KINDS[1](1.0).area()


def pair():
    return PAIR


def resizable(n):
    GROWING.append(n)
    return len(GROWING)


def entry_point(argv):
    print(lookup("sub"), lookup("x"), opcode_name(2), node_sum(), cycle_len(), counter(), counter())
    print(dispatch("+", 2, 3), dispatch("-", 2, 3), shape_area(0), shape_area(1), class_of(0), class_of(1))
    print(pair()[1], resizable(5), CHAIN.kind, CHAIN.next.next.kind, COUNTER.label)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph prebuilt.class_of(v0: Signed) -> Float raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_eq(v0, 0)
#     branch v1 [true: block2(), false: block1()]
# block1():
#     v2: Ptr(GcStruct prebuilt.Circle) = malloc(<GcStruct prebuilt.Circle>)
#     v3: Ptr(GcStruct object) = cast_pointer(v2)
#     v4: Ptr(Struct object_vtable) = cast_pointer(@vtable_prebuilt.Circle)
#     setfield(v3, "typeptr", v4)
#     v5: Void = direct_call(&prebuilt.Circle.__init__: Ptr(Func(Ptr(GcStruct prebuilt.Circle), Float) -> Void), v2, 1.0)
#     v6: Ptr(GcStruct prebuilt.Shape) = cast_pointer(v2)
#     v7: Float = direct_call(&prebuilt.Circle.area: Ptr(Func(Ptr(GcStruct prebuilt.Shape)) -> Float), v6)
#     goto return(v7)
# block2():
#     v8: Ptr(GcStruct prebuilt.Square) = malloc(<GcStruct prebuilt.Square>)
#     v9: Ptr(GcStruct object) = cast_pointer(v8)
#     v10: Ptr(Struct object_vtable) = cast_pointer(@vtable_prebuilt.Square)
#     setfield(v9, "typeptr", v10)
#     v11: Void = direct_call(&prebuilt.Square.__init__: Ptr(Func(Ptr(GcStruct prebuilt.Square), Float) -> Void), v8, 1.0)
#     v12: Ptr(GcStruct prebuilt.Shape) = cast_pointer(v8)
#     v13: Float = direct_call(&prebuilt.Square.area: Ptr(Func(Ptr(GcStruct prebuilt.Shape)) -> Float), v12)
#     goto return(v13)
# }
# graph prebuilt.counter() -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     v0: Signed = getfield(@prebuilt.COUNTER, "inst_hits")
#     v1: Signed = int_add(v0, 1)
#     setfield(@prebuilt.COUNTER, "inst_hits", v1)
#     v2: Signed = getfield(@prebuilt.COUNTER, "inst_hits")
#     goto return(v2)
# }
# graph prebuilt.cycle_len() -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     v0: Ptr(GcStruct prebuilt.Node) = getfield(@prebuilt.RING_A, "inst_next")
#     goto block1(v0, 1)
# block1(v1: Ptr(GcStruct prebuilt.Node), v2: Signed):
#     v3: Bool = ptr_eq(v1, @prebuilt.RING_A)
#     v4: Bool = bool_not(v3)
#     branch v4 [true: block2(v1, v2), false: return(v2)]
# block2(v5: Ptr(GcStruct prebuilt.Node), v6: Signed):
#     v7: Signed = int_add(v6, 1)
#     v8: Ptr(GcStruct prebuilt.Node) = getfield(v5, "inst_next")
#     goto block1(v8, v7)
# }
# graph prebuilt.dispatch(v0: UniChar, v1: Signed, v2: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: UniChar, v1: Signed, v2: Signed):
#     v3: Ptr(Func(Signed, Signed) -> Signed) = direct_call(&kiln_dict_getitem: Ptr(Func(Ptr(GcStruct dict_unichar_func), UniChar) -> Ptr(Func(Signed, Signed) -> Signed)), @prebuilt.OPS, v0)
#     v4: Signed = indirect_call(v3, v1, v2, "prebuilt.op_add prebuilt.op_sub")
#     goto return(v4)
# }
# graph prebuilt.lookup(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Bool = direct_call(&kiln_dict_contains: Ptr(Func(Ptr(GcStruct dict_str_int), Ptr(GcStruct str)) -> Bool), @prebuilt.OPCODES, v0)
#     branch v1 [true: block1(v0), false: return(-1)]
# block1(v2: Ptr(GcStruct str)):
#     v3: Signed = direct_call(&kiln_dict_getitem: Ptr(Func(Ptr(GcStruct dict_str_int), Ptr(GcStruct str)) -> Signed), @prebuilt.OPCODES, v2)
#     goto return(v3)
# }
# graph prebuilt.node_sum() -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     goto block1(0, @prebuilt.CHAIN)
# block1(v0: Signed, v1: Ptr(GcStruct prebuilt.Node)):
#     v2: Bool = ptr_iszero(v1)
#     v3: Bool = bool_not(v2)
#     branch v3 [true: block2(v0, v1), false: return(v0)]
# block2(v4: Signed, v5: Ptr(GcStruct prebuilt.Node)):
#     v6: Signed = getfield(v5, "inst_value")
#     v7: Signed = int_add(v4, v6)
#     v8: Ptr(GcStruct prebuilt.Node) = getfield(v5, "inst_next")
#     goto block1(v7, v8)
# }
# graph prebuilt.opcode_name(v0: Signed) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = getarraysize(@prebuilt.NAMES)
#     v2: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), 2, v1, 0)
#     v3: Ptr(GcStruct str) = getarrayitem(@prebuilt.NAMES, v2)
#     goto return(v3)
# }
# graph prebuilt.pair() -> Ptr(GcStruct tuple2_Signed_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     goto return(@tuple)
# }
# graph prebuilt.resizable(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Void = direct_call(&kiln_list_append: Ptr(Func(Ptr(GcStruct list_Signed), Signed) -> Void), @prebuilt.GROWING, v0)
#     v2: Signed = getfield(@prebuilt.GROWING, "length")
#     goto return(v2)
# }
# graph prebuilt.shape_area(v0: Signed) -> Float raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = getarraysize(@prebuilt.SHAPES)
#     v2: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, v1, 0)
#     v3: Ptr(GcStruct prebuilt.Shape) = getarrayitem(@prebuilt.SHAPES, v2)
#     v4: Ptr(GcStruct object) = cast_pointer(v3)
#     v5: Ptr(Struct object_vtable) = getfield(v4, "typeptr")
#     v6: Ptr(Struct prebuilt.Shape_vtable) = cast_pointer(v5)
#     v7: Ptr(Func(Ptr(GcStruct prebuilt.Shape)) -> Float) = getfield(v6, "method_area")
#     v8: Float = indirect_call(v7, v3, "prebuilt.Shape.area prebuilt.Square.area prebuilt.Circle.area")
#     goto return(v8)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct prebuilt.Node size=32 align=8 { super: GcStruct object @0, inst_value: Signed @8, inst_next: Ptr(GcStruct prebuilt.Node) @16, inst_kind: Ptr(GcStruct str) @24 }
# Struct prebuilt.Node_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct prebuilt.Counter size=24 align=8 { super: GcStruct object @0, inst_hits: Signed @8, inst_label: Ptr(GcStruct str) @16 }
# Struct prebuilt.Counter_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct prebuilt.Shape size=8 align=8 { super: GcStruct object @0 }
# Struct prebuilt.Shape_vtable size=32 align=8 { super: Struct object_vtable @0, method_area: Ptr(Func(Ptr(GcStruct prebuilt.Shape)) -> Float) @24 }
# GcStruct prebuilt.Square size=16 align=8 { super: GcStruct prebuilt.Shape @0, inst_side: Float @8 }
# Struct prebuilt.Square_vtable size=32 align=8 { super: Struct prebuilt.Shape_vtable @0 }
# GcStruct prebuilt.Circle size=16 align=8 { super: GcStruct prebuilt.Shape @0, inst_r: Float @8 }
# Struct prebuilt.Circle_vtable size=32 align=8 { super: Struct prebuilt.Shape_vtable @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple2_Signed_str size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8 }
# Struct dictentry_unichar_func size=24 align=8 { key: UniChar @0, value: Ptr(Func(Signed, Signed) -> Signed) @8, valid: Bool @16 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcArray(Struct dictentry_unichar_func) size=8 align=8 items@8 stride=24
# GcStruct dict_unichar_func size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_unichar_func)) @24 }
# Struct dictentry_str_int size=16 align=8 { key: Ptr(GcStruct str) @0, value: Signed @8 }
# GcArray(Struct dictentry_str_int) size=8 align=8 items@8 stride=16
# GcStruct dict_str_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_str_int)) @24 }
# GcStruct list_Signed size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Signed)) @8 }
# GcArray(Ptr(GcStruct prebuilt.Shape)) size=8 align=8 items@8 stride=8
# prebuilt @inst_prebuilt.Circle: GcStruct prebuilt.Circle = {super: {super: {typeptr: @vtable_prebuilt.Circle}}, inst_r: 1.0}
# prebuilt @inst_prebuilt.Node: GcStruct prebuilt.Node = {super: {typeptr: @vtable_prebuilt.Node}, inst_value: 2, inst_next: @inst_prebuilt.Node_2, inst_kind: @str_link}
# prebuilt @inst_prebuilt.Node_2: GcStruct prebuilt.Node = {super: {typeptr: @vtable_prebuilt.Node}, inst_value: 3, inst_next: null, inst_kind: @str_leaf}
# prebuilt @inst_prebuilt.Square: GcStruct prebuilt.Square = {super: {super: {typeptr: @vtable_prebuilt.Square}}, inst_side: 2.0}
# prebuilt @prebuilt.CHAIN: GcStruct prebuilt.Node = {super: {typeptr: @vtable_prebuilt.Node}, inst_value: 1, inst_next: @inst_prebuilt.Node, inst_kind: @str_link}
# prebuilt @prebuilt.COUNTER: GcStruct prebuilt.Counter = {super: {typeptr: @vtable_prebuilt.Counter}, inst_hits: 0, inst_label: @str_counter}
# prebuilt @prebuilt.GROWING: GcStruct list_Signed = {length: 2, items: @prebuilt.GROWING.items}
# prebuilt @prebuilt.GROWING.items: GcArray(Signed) = [1, 2]
# prebuilt @prebuilt.NAMES: GcArray(Ptr(GcStruct str)) = [@str_nop, @str_add, @str_sub]
# prebuilt @prebuilt.OPCODES: GcStruct dict_str_int = {num_items: 3, num_used: 3, indexes: null, entries: @prebuilt.OPCODES.entries}
# prebuilt @prebuilt.OPCODES.entries: GcArray(Struct dictentry_str_int) = [{key: @str_add, value: 1}, {key: @str_sub, value: 2}, {key: @str_jump, value: 7}]
# prebuilt @prebuilt.OPS: GcStruct dict_unichar_func = {num_items: 2, num_used: 2, indexes: null, entries: @prebuilt.OPS.entries}
# prebuilt @prebuilt.OPS.entries: GcArray(Struct dictentry_unichar_func) = [{key: U'+', value: &prebuilt.op_add, valid: True}, {key: U'-', value: &prebuilt.op_sub, valid: True}]
# prebuilt @prebuilt.RING_A: GcStruct prebuilt.Node = {super: {typeptr: @vtable_prebuilt.Node}, inst_value: 10, inst_next: @prebuilt.RING_B, inst_kind: @str_leaf}
# prebuilt @prebuilt.RING_B: GcStruct prebuilt.Node = {super: {typeptr: @vtable_prebuilt.Node}, inst_value: 20, inst_next: @prebuilt.RING_A, inst_kind: @str_link}
# prebuilt @prebuilt.SHAPES: GcArray(Ptr(GcStruct prebuilt.Shape)) = [@inst_prebuilt.Square, @inst_prebuilt.Circle]
# prebuilt @str_Circle: GcStruct str = {hash: 0, length: 6, chars: "Circle"}
# prebuilt @str_Counter: GcStruct str = {hash: 0, length: 7, chars: "Counter"}
# prebuilt @str_Node: GcStruct str = {hash: 0, length: 4, chars: "Node"}
# prebuilt @str_Square: GcStruct str = {hash: 0, length: 6, chars: "Square"}
# prebuilt @str_add: GcStruct str = {hash: 0, length: 3, chars: "add"}
# prebuilt @str_counter: GcStruct str = {hash: 0, length: 7, chars: "counter"}
# prebuilt @str_jump: GcStruct str = {hash: 0, length: 4, chars: "jump"}
# prebuilt @str_leaf: GcStruct str = {hash: 0, length: 4, chars: "leaf"}
# prebuilt @str_link: GcStruct str = {hash: 0, length: 4, chars: "link"}
# prebuilt @str_nop: GcStruct str = {hash: 0, length: 3, chars: "nop"}
# prebuilt @str_sub: GcStruct str = {hash: 0, length: 3, chars: "sub"}
# prebuilt @str_three: GcStruct str = {hash: 0, length: 5, chars: "three"}
# prebuilt @tuple: GcStruct tuple2_Signed_str = {item0: 3, item1: @str_three}
# prebuilt @vtable_prebuilt.Circle: Struct prebuilt.Circle_vtable = {super: {super: {subclassrange_min: 5, subclassrange_max: 6, name: @str_Circle}, method_area: &prebuilt.Circle.area}}
# prebuilt @vtable_prebuilt.Counter: Struct prebuilt.Counter_vtable = {super: {subclassrange_min: 2, subclassrange_max: 3, name: @str_Counter}}
# prebuilt @vtable_prebuilt.Node: Struct prebuilt.Node_vtable = {super: {subclassrange_min: 1, subclassrange_max: 2, name: @str_Node}}
# prebuilt @vtable_prebuilt.Square: Struct prebuilt.Square_vtable = {super: {super: {subclassrange_min: 4, subclassrange_max: 5, name: @str_Square}, method_area: &prebuilt.Square.area}}
