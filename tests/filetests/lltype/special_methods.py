# test: lltype
# functions: combine compare measure empty Square.__len__ grid_ops truthy call_it keyed sized guarded
# Special methods: an operator, len(), `in`, `if x` and a call on an instance are calls of the
# method the annotator resolved them to: a direct_call of its graph, or an indirect_call through
# the slot `method_<name>` of the receiver's class vtable when a subclass overrides it. A reflected
# method (__radd__) takes the right operand as self; a truth test without __bool__ is __len__() != 0.
# `a != b` without __ne__ is `not a.__eq__(b)`; hash(x) calls __hash__ (-1 becomes -2, as in
# CPython); a dict keyed by instances whose class defines __eq__ and __hash__ is an rdict whose
# key functions are those methods. `if x` of an instance that may be None is instance_truth
# (False for None), reading the vtable slot through vtable_or_default. Inside a try whose handler
# catches what the method raises, the call must end its block: call_not, call_hash and
# call_truth make the call and what follows it in one helper.
class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __radd__(self, n):
        return Vec(self.x + n, self.y + n)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return self.x * self.x + self.y * self.y < other.x * other.x + other.y * other.y


class Shape(object):
    def __init__(self, side):
        self.side = side

    def __len__(self):
        return 0


class Square(Shape):
    def __len__(self):
        return 4 * self.side


class Grid(object):
    def __init__(self, n):
        self.cells = [0] * n

    def __getitem__(self, i):
        return self.cells[i]

    def __setitem__(self, i, v):
        self.cells[i] = v

    def __contains__(self, v):
        return v in self.cells

    def __bool__(self):
        return len(self.cells) > 0


class Key(object):
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __eq__(self, other):
        return self.name == other.name and self.n == other.n

    def __hash__(self):
        return len(self.name) * 31 + self.n


class Adder(object):
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k


def combine(a, b, n):
    c = a + b
    d = n + c
    return -d


def compare(a, b):
    return a == b, a < b, b < a


def measure(s):
    return len(s)


def empty(s):
    return not s


def grid_ops(g, i):
    g[i] = g[i] + 1
    return 2 in g


def truthy(g):
    if g:
        return 1
    return 0


def call_it(f, x):
    return f(x)


def sized(s):
    if s:
        return 1
    return 0


def guarded(a, b):
    try:
        return a != b, hash(a)
    except KeyError:
        return False, 0


def keyed(a, b):
    seen = {a: 1}
    seen[b] = seen.get(b, 0) + 1
    return a != b, hash(a), seen[Key("x", 1)]


def entry_point(argv):
    n = len(argv)
    v = combine(Vec(1, 2), Vec(n, 4), 10)
    print(v.x, v.y)
    print(compare(Vec(1, 2), Vec(1, n + 1)))
    shapes = [Shape(3), Square(n + 1)]
    for s in shapes:
        print(measure(s), empty(s))
    g = Grid(4)
    print(grid_ops(g, 2), grid_ops(g, 2), truthy(g), truthy(Grid(0)))
    print(call_it(Adder(5), n))
    print(keyed(Key("x", 1), Key("x", n)))
    print(sized(None), sized(Square(n)), sized(Shape(1) if n > 3 else None))
    print(guarded(Key("y", 2), Key("y", n)))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph special_methods.Square.__len__(v0: Ptr(GcStruct special_methods.Shape)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Shape)):
#     v1: Ptr(GcStruct special_methods.Square) = cast_pointer(v0)
#     v2: Signed = getfield(v1, "inst_side")
#     v3: Signed = int_mul(4, v2)
#     goto return(v3)
# }
# graph special_methods.call_it(v0: Ptr(GcStruct special_methods.Adder), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Adder), v1: Signed):
#     v2: Signed = direct_call(&special_methods.Adder.__call__: Ptr(Func(Ptr(GcStruct special_methods.Adder), Signed) -> Signed), v0, v1)
#     goto return(v2)
# }
# graph special_methods.combine(v0: Ptr(GcStruct special_methods.Vec), v1: Ptr(GcStruct special_methods.Vec), v2: Signed) -> Ptr(GcStruct special_methods.Vec) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Vec), v1: Ptr(GcStruct special_methods.Vec), v2: Signed):
#     v3: Ptr(GcStruct special_methods.Vec) = direct_call(&special_methods.Vec.__add__: Ptr(Func(Ptr(GcStruct special_methods.Vec), Ptr(GcStruct special_methods.Vec)) -> Ptr(GcStruct special_methods.Vec)), v0, v1)
#     v4: Ptr(GcStruct special_methods.Vec) = direct_call(&special_methods.Vec.__radd__: Ptr(Func(Ptr(GcStruct special_methods.Vec), Signed) -> Ptr(GcStruct special_methods.Vec)), v3, v2)
#     v5: Ptr(GcStruct special_methods.Vec) = direct_call(&special_methods.Vec.__neg__: Ptr(Func(Ptr(GcStruct special_methods.Vec)) -> Ptr(GcStruct special_methods.Vec)), v4)
#     goto return(v5)
# }
# graph special_methods.compare(v0: Ptr(GcStruct special_methods.Vec), v1: Ptr(GcStruct special_methods.Vec)) -> Ptr(GcStruct tuple3_Bool_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Vec), v1: Ptr(GcStruct special_methods.Vec)):
#     v2: Bool = direct_call(&special_methods.Vec.__eq__: Ptr(Func(Ptr(GcStruct special_methods.Vec), Ptr(GcStruct special_methods.Vec)) -> Bool), v0, v1)
#     v3: Bool = direct_call(&special_methods.Vec.__lt__: Ptr(Func(Ptr(GcStruct special_methods.Vec), Ptr(GcStruct special_methods.Vec)) -> Bool), v0, v1)
#     v4: Bool = direct_call(&special_methods.Vec.__lt__: Ptr(Func(Ptr(GcStruct special_methods.Vec), Ptr(GcStruct special_methods.Vec)) -> Bool), v1, v0)
#     v5: Ptr(GcStruct tuple3_Bool_Bool_Bool) = malloc(<GcStruct tuple3_Bool_Bool_Bool>)
#     setfield(v5, "item0", v2)
#     setfield(v5, "item1", v3)
#     setfield(v5, "item2", v4)
#     goto return(v5)
# }
# graph special_methods.empty(v0: Ptr(GcStruct special_methods.Shape)) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Shape)):
#     v1: Ptr(GcStruct object) = cast_pointer(v0)
#     v2: Ptr(Struct object_vtable) = getfield(v1, "typeptr")
#     v3: Ptr(Struct special_methods.Shape_vtable) = cast_pointer(v2)
#     v4: Ptr(Func(Ptr(GcStruct special_methods.Shape)) -> Signed) = getfield(v3, "method___len__")
#     v5: Signed = indirect_call(v4, v0, "special_methods.Shape.__len__ special_methods.Square.__len__")
#     v6: Bool = int_is_true(v5)
#     v7: Bool = bool_not(v6)
#     goto return(v7)
# }
# graph special_methods.grid_ops(v0: Ptr(GcStruct special_methods.Grid), v1: Signed) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Grid), v1: Signed):
#     v2: Signed = direct_call(&special_methods.Grid.__getitem__: Ptr(Func(Ptr(GcStruct special_methods.Grid), Signed) -> Signed), v0, v1)
#     v3: Signed = int_add(v2, 1)
#     v4: Void = direct_call(&special_methods.Grid.__setitem__: Ptr(Func(Ptr(GcStruct special_methods.Grid), Signed, Signed) -> Void), v0, v1, v3)
#     v5: Bool = direct_call(&special_methods.Grid.__contains__: Ptr(Func(Ptr(GcStruct special_methods.Grid), Signed) -> Bool), v0, 2)
#     goto return(v5)
# }
# graph special_methods.guarded(v0: Ptr(GcStruct special_methods.Key), v1: Ptr(GcStruct special_methods.Key)) -> Ptr(GcStruct tuple2_Bool_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Key), v1: Ptr(GcStruct special_methods.Key)):
#     v2: Bool = direct_call(&kiln_call_not: Ptr(Func(Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), &special_methods.Key.__eq__: Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), v0, v1)
#     exits [normal: block2(v0, v2), except @vtable_Exception as (v3: Ptr(Struct object_vtable), v4: Ptr(GcStruct Exception)): block1(v3, v4)]
# block1(v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct Exception)):
#     v7: Ptr(Struct Exception_vtable) = cast_pointer(v5)
#     goto block4(v7, v6)
# block2(v8: Ptr(GcStruct special_methods.Key), v9: Bool):
#     v10: Signed = direct_call(&kiln_call_hash: Ptr(Func(Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed), Ptr(GcStruct special_methods.Key)) -> Signed), &special_methods.Key.__hash__: Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed), v8)
#     exits [normal: block6(v9, v10), except @vtable_Exception as (v11: Ptr(Struct object_vtable), v12: Ptr(GcStruct Exception)): block3(v11, v12)]
# block3(v13: Ptr(Struct object_vtable), v14: Ptr(GcStruct Exception)):
#     v15: Ptr(Struct Exception_vtable) = cast_pointer(v13)
#     goto block4(v15, v14)
# block4(v16: Ptr(Struct Exception_vtable), v17: Ptr(GcStruct Exception)):
#     v18: Ptr(Struct object_vtable) = cast_pointer(v16)
#     v19: Signed = getfield(v18, "subclassrange_min")
#     v20: Bool = int_between(8, v19, 9)
#     branch v20 [true: return(@tuple), false: block5(v16, v17)]
# block5(v21: Ptr(Struct Exception_vtable), v22: Ptr(GcStruct Exception)):
#     v23: Ptr(Struct object_vtable) = cast_pointer(v21)
#     v24: Ptr(GcStruct object) = cast_pointer(v22)
#     goto raise(v23, v24)
# block6(v25: Bool, v26: Signed):
#     v27: Ptr(GcStruct tuple2_Bool_Signed) = malloc(<GcStruct tuple2_Bool_Signed>)
#     setfield(v27, "item0", v25)
#     setfield(v27, "item1", v26)
#     goto return(v27)
# }
# graph special_methods.keyed(v0: Ptr(GcStruct special_methods.Key), v1: Ptr(GcStruct special_methods.Key)) -> Ptr(GcStruct tuple3_Bool_Signed_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Key), v1: Ptr(GcStruct special_methods.Key)):
#     v2: Ptr(GcStruct rdict_special_methods.Key_int) = direct_call(&kiln_dict_new: Ptr(Func() -> Ptr(GcStruct rdict_special_methods.Key_int)))
#     v3: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct rdict_special_methods.Key_int), Ptr(GcStruct special_methods.Key), Signed, Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed)) -> Void), v2, v0, 1, &special_methods.Key.__eq__: Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), &special_methods.Key.__hash__: Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed))
#     v4: Signed = direct_call(&kiln_dict_get: Ptr(Func(Ptr(GcStruct rdict_special_methods.Key_int), Ptr(GcStruct special_methods.Key), Signed, Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed)) -> Signed), v2, v1, 0, &special_methods.Key.__eq__: Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), &special_methods.Key.__hash__: Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed))
#     v5: Signed = int_add(v4, 1)
#     v6: Void = direct_call(&kiln_dict_setitem: Ptr(Func(Ptr(GcStruct rdict_special_methods.Key_int), Ptr(GcStruct special_methods.Key), Signed, Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed)) -> Void), v2, v1, v5, &special_methods.Key.__eq__: Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), &special_methods.Key.__hash__: Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed))
#     v7: Bool = direct_call(&special_methods.Key.__eq__: Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), v0, v1)
#     v8: Bool = bool_not(v7)
#     v9: Signed = direct_call(&special_methods.Key.__hash__: Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed), v0)
#     v10: Bool = int_eq(v9, -1)
#     v11: Signed = select(v10, -2, v9)
#     v12: Ptr(GcStruct special_methods.Key) = malloc(<GcStruct special_methods.Key>)
#     v13: Ptr(GcStruct object) = cast_pointer(v12)
#     v14: Ptr(Struct object_vtable) = cast_pointer(@vtable_special_methods.Key)
#     setfield(v13, "typeptr", v14)
#     v15: Void = direct_call(&special_methods.Key.__init__: Ptr(Func(Ptr(GcStruct special_methods.Key), UniChar, Signed) -> Void), v12, U'x', 1)
#     v16: Signed = direct_call(&kiln_dict_getitem: Ptr(Func(Ptr(GcStruct rdict_special_methods.Key_int), Ptr(GcStruct special_methods.Key), Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed)) -> Signed), v2, v12, &special_methods.Key.__eq__: Ptr(Func(Ptr(GcStruct special_methods.Key), Ptr(GcStruct special_methods.Key)) -> Bool), &special_methods.Key.__hash__: Ptr(Func(Ptr(GcStruct special_methods.Key)) -> Signed))
#     v17: Ptr(GcStruct tuple3_Bool_Signed_Signed) = malloc(<GcStruct tuple3_Bool_Signed_Signed>)
#     setfield(v17, "item0", v8)
#     setfield(v17, "item1", v11)
#     setfield(v17, "item2", v16)
#     goto return(v17)
# }
# graph special_methods.measure(v0: Ptr(GcStruct special_methods.Shape)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Shape)):
#     v1: Ptr(GcStruct object) = cast_pointer(v0)
#     v2: Ptr(Struct object_vtable) = getfield(v1, "typeptr")
#     v3: Ptr(Struct special_methods.Shape_vtable) = cast_pointer(v2)
#     v4: Ptr(Func(Ptr(GcStruct special_methods.Shape)) -> Signed) = getfield(v3, "method___len__")
#     v5: Signed = indirect_call(v4, v0, "special_methods.Shape.__len__ special_methods.Square.__len__")
#     goto return(v5)
# }
# graph special_methods.sized(v0: Ptr(GcStruct special_methods.Shape)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Shape)):
#     v1: Ptr(GcStruct object) = cast_pointer(v0)
#     v2: Ptr(Struct object_vtable) = cast_pointer(@vtable_special_methods.Shape)
#     v3: Ptr(Struct object_vtable) = direct_call(&kiln_vtable_or_default: Ptr(Func(Ptr(GcStruct object), Ptr(Struct object_vtable)) -> Ptr(Struct object_vtable)), v1, v2)
#     v4: Ptr(Struct special_methods.Shape_vtable) = cast_pointer(v3)
#     v5: Ptr(Func(Ptr(GcStruct special_methods.Shape)) -> Signed) = getfield(v4, "method___len__")
#     v6: Bool = direct_call(&kiln_instance_truth: Ptr(Func(Ptr(Func(Ptr(GcStruct special_methods.Shape)) -> Signed), Ptr(GcStruct special_methods.Shape)) -> Bool), v5, v0)
#     branch v6 [true: return(1), false: return(0)]
# }
# graph special_methods.truthy(v0: Ptr(GcStruct special_methods.Grid)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct special_methods.Grid)):
#     v1: Bool = direct_call(&special_methods.Grid.__bool__: Ptr(Func(Ptr(GcStruct special_methods.Grid)) -> Bool), v0)
#     branch v1 [true: return(1), false: return(0)]
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct special_methods.Vec size=24 align=8 { super: GcStruct object @0, inst_x: Signed @8, inst_y: Signed @16 }
# Struct special_methods.Vec_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct special_methods.Shape size=16 align=8 { super: GcStruct object @0, inst_side: Signed @8 }
# Struct special_methods.Shape_vtable size=32 align=8 { super: Struct object_vtable @0, method___len__: Ptr(Func(Ptr(GcStruct special_methods.Shape)) -> Signed) @24 }
# GcStruct special_methods.Square size=16 align=8 { super: GcStruct special_methods.Shape @0 }
# Struct special_methods.Square_vtable size=32 align=8 { super: Struct special_methods.Shape_vtable @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct StopIteration size=16 align=8 { super: GcStruct Exception @0 }
# Struct StopIteration_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct special_methods.Grid size=16 align=8 { super: GcStruct object @0, inst_cells: Ptr(GcArray(Signed)) @8 }
# Struct special_methods.Grid_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct special_methods.Adder size=16 align=8 { super: GcStruct object @0, inst_k: Signed @8 }
# Struct special_methods.Adder_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct special_methods.Key size=24 align=8 { super: GcStruct object @0, inst_name: UniChar @8, inst_n: Signed @16 }
# Struct special_methods.Key_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct LookupError size=16 align=8 { super: GcStruct Exception @0 }
# Struct LookupError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct KeyError size=16 align=8 { super: GcStruct LookupError @0 }
# Struct KeyError_vtable size=24 align=8 { super: Struct LookupError_vtable @0 }
# GcStruct tuple3_Bool_Bool_Bool size=3 align=1 { item0: Bool @0, item1: Bool @1, item2: Bool @2 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple2_Bool_Signed size=16 align=8 { item0: Bool @0, item1: Signed @8 }
# GcStruct tuple3_Bool_Signed_Signed size=24 align=8 { item0: Bool @0, item1: Signed @8, item2: Signed @16 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcArray(Ptr(GcStruct special_methods.Shape)) size=8 align=8 items@8 stride=8
# GcStruct arrayiter_special_methods.Shape size=16 align=8 { list: Ptr(GcArray(Ptr(GcStruct special_methods.Shape))) @0, index: Signed @8 }
# Struct rdictentry_special_methods.Key_int size=24 align=8 { key: Ptr(GcStruct special_methods.Key) @0, value: Signed @8, hash: Signed @16 }
# GcArray(Struct rdictentry_special_methods.Key_int) size=8 align=8 items@8 stride=24
# GcStruct rdict_special_methods.Key_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct rdictentry_special_methods.Key_int)) @24 }
# prebuilt @str_Exception: GcStruct str = {hash: 0, length: 9, chars: "Exception"}
# prebuilt @str_Key: GcStruct str = {hash: 0, length: 3, chars: "Key"}
# prebuilt @str_Shape: GcStruct str = {hash: 0, length: 5, chars: "Shape"}
# prebuilt @tuple: GcStruct tuple2_Bool_Signed = {item0: False, item1: 0}
# prebuilt @vtable_Exception: Struct Exception_vtable = {super: {super: {subclassrange_min: 5, subclassrange_max: 9, name: @str_Exception}}}
# prebuilt @vtable_special_methods.Key: Struct special_methods.Key_vtable = {super: {subclassrange_min: 11, subclassrange_max: 12, name: @str_Key}}
# prebuilt @vtable_special_methods.Shape: Struct special_methods.Shape_vtable = {super: {subclassrange_min: 2, subclassrange_max: 4, name: @str_Shape}, method___len__: &special_methods.Shape.__len__}
