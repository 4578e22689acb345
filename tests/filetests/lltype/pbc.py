# test: lltype
# functions: pick describe same_config make pick_kind is_a make_maybe make_defaults Marker.<instantiate_1> class_data unrelated_name
# PBCs that need a run-time value (rtype_pbc.cpp): frozen objects that may be one of several
# (a prebuilt struct per object, of the attributes read through such values; `is` compares
# them), classes that may be one of several (their common base's vtable; calling one goes through
# the vtable's `instantiate` slot, whose graphs allocate and run __init__; the __init__s are one
# call family), and a function that may be None narrowed by `is not None`.


from kiln.objectmodel import specialize


class Config(object):
    def _freeze_(self):
        return True

    def __init__(self, name, scale, debug):
        self.name = name
        self.scale = scale
        self.debug = debug


FAST = Config("fast", 2, False)
SLOW = Config("slow", 5, False)


class Shape(object):
    NAME = "shape"
    SIDES = 0

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0


class Square(Shape):
    NAME = "square"
    SIDES = 4

    def area(self):
        return self.size * self.size


class Line(Shape):
    def __init__(self, size):
        Shape.__init__(self, size + 1)

    def area(self):
        return 0


KINDS = (Square, Line)


@specialize.memo()
def label_of(cls):
    return "<" + cls.NAME + ">"


class Pen(object):
    def __init__(self, width=1, color="black"):
        self.width = width
        self.color = color


class Marker(Pen):
    def __init__(self, width=5, color="red"):
        Pen.__init__(self, width * 2, color)


def pick(i):
    return FAST if i > 0 else SLOW


def describe(i):
    c = pick(i)
    # debug is False in both: a constant, no field.
    return c.name, c.scale * 10, c.debug


def same_config(i, j):
    return pick(i) is pick(j)


def make(i):
    cls = Square if i > 0 else Line
    return cls(i).area()


def pick_kind(i):
    return KINDS[i](3).area()


def is_a(i):
    cls = Square if i > 0 else Line
    return cls is Square


def make_maybe(i):
    f = make if i > 3 else None
    if f is None:
        return -1
    return f(i)


def make_defaults(i):
    cls = Pen if i > 0 else Marker
    a = cls()
    b = cls(i, color="blue")
    return a.width + b.width, a.color, b.color


def class_data(i):
    # Class attributes through a class value: vtable fields cls_<name>; a memo function of it:
    # each class's specialization in the vtable field spec_<i>.
    cls = KINDS[i]
    return cls.NAME, cls.SIDES, label_of(cls)


class Left(object):
    LABEL = "left"


class Right(object):
    LABEL = "right"


def unrelated_name(i):
    # Classes whose only common base is object: their attribute in a field of the root vtable.
    k = Left if i > 0 else Right
    return k.LABEL


def entry_point(argv):
    print(describe(1), describe(0), same_config(1, 2), same_config(0, 1))
    print(make(3), make(0), pick_kind(0), pick_kind(1), is_a(1), is_a(0), make_maybe(5), make_maybe(1))
    print(make_defaults(1), make_defaults(0), class_data(0), class_data(1), unrelated_name(0))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph pbc.Marker.<instantiate_1>(v0: Signed, v1: Ptr(GcStruct str)) -> Ptr(GcStruct pbc.Pen) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Ptr(GcStruct str)):
#     v2: Ptr(GcStruct pbc.Marker) = malloc(<GcStruct pbc.Marker>)
#     v3: Ptr(GcStruct object) = cast_pointer(v2)
#     v4: Ptr(Struct object_vtable) = cast_pointer(@vtable_pbc.Marker)
#     setfield(v3, "typeptr", v4)
#     v5: Ptr(GcStruct pbc.Pen) = cast_pointer(v2)
#     v6: Void = direct_call(&pbc.Marker.__init__: Ptr(Func(Ptr(GcStruct pbc.Pen), Signed, Ptr(GcStruct str)) -> Void), v5, v0, v1)
#     v7: Ptr(GcStruct pbc.Pen) = cast_pointer(v2)
#     goto return(v7)
# }
# graph pbc.class_data(v0: Signed) -> Ptr(GcStruct tuple3_str_Signed_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, 2, 2)
#     v2: Ptr(Struct pbc.Shape_vtable) = cast_pointer(@vtable_pbc.Line)
#     v3: Bool = int_eq(v1, 0)
#     v4: Ptr(Struct pbc.Shape_vtable) = cast_pointer(@vtable_pbc.Square)
#     v5: Ptr(Struct pbc.Shape_vtable) = select(v3, v4, v2)
#     v6: Ptr(GcStruct str) = getfield(v5, "cls_NAME")
#     v7: Signed = getfield(v5, "cls_SIDES")
#     v8: Ptr(Func(Void) -> Ptr(GcStruct str)) = getfield(v5, "spec_0")
#     v9: Ptr(GcStruct str) = indirect_call(v8, "", "pbc.label_of[pbc.Square] pbc.label_of[pbc.Line]")
#     v10: Ptr(GcStruct tuple3_str_Signed_str) = malloc(<GcStruct tuple3_str_Signed_str>)
#     setfield(v10, "item0", v6)
#     setfield(v10, "item1", v7)
#     setfield(v10, "item2", v9)
#     goto return(v10)
# }
# graph pbc.describe(v0: Signed) -> Ptr(GcStruct tuple3_str_Signed_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(Struct frozen_Config) = direct_call(&pbc.pick, v0)
#     v2: Ptr(GcStruct str) = getfield(v1, "attr_name")
#     v3: Signed = getfield(v1, "attr_scale")
#     v4: Signed = int_mul(v3, 10)
#     v5: Bool = getfield(v1, "attr_debug")
#     v6: Ptr(GcStruct tuple3_str_Signed_Bool) = malloc(<GcStruct tuple3_str_Signed_Bool>)
#     setfield(v6, "item0", v2)
#     setfield(v6, "item1", v4)
#     setfield(v6, "item2", v5)
#     goto return(v6)
# }
# graph pbc.is_a(v0: Signed) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 0)
#     branch v1 [true: block2(), false: block1()]
# block1():
#     v2: Ptr(Struct pbc.Shape_vtable) = cast_pointer(@vtable_pbc.Line)
#     goto block3(v2)
# block2():
#     v3: Ptr(Struct pbc.Shape_vtable) = cast_pointer(@vtable_pbc.Square)
#     goto block3(v3)
# block3(v4: Ptr(Struct pbc.Shape_vtable)):
#     v5: Ptr(Struct object_vtable) = cast_pointer(v4)
#     v6: Ptr(Struct object_vtable) = cast_pointer(@vtable_pbc.Square)
#     v7: Bool = ptr_eq(v5, v6)
#     goto return(v7)
# }
# graph pbc.make(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 0)
#     branch v1 [true: block2(v0), false: block1(v0)]
# block1(v2: Signed):
#     v3: Ptr(Struct pbc.Shape_vtable) = cast_pointer(@vtable_pbc.Line)
#     goto block3(v2, v3)
# block2(v4: Signed):
#     v5: Ptr(Struct pbc.Shape_vtable) = cast_pointer(@vtable_pbc.Square)
#     goto block3(v4, v5)
# block3(v6: Signed, v7: Ptr(Struct pbc.Shape_vtable)):
#     v8: Ptr(Func(Signed) -> Ptr(GcStruct pbc.Shape)) = getfield(v7, "instantiate_0")
#     v9: Ptr(GcStruct pbc.Shape) = indirect_call(v8, v6, "pbc.Square.<instantiate_0> pbc.Line.<instantiate_0>")
#     v10: Ptr(GcStruct object) = cast_pointer(v9)
#     v11: Ptr(Struct object_vtable) = getfield(v10, "typeptr")
#     v12: Ptr(Struct pbc.Shape_vtable) = cast_pointer(v11)
#     v13: Ptr(Func(Ptr(GcStruct pbc.Shape)) -> Signed) = getfield(v12, "method_area")
#     v14: Signed = indirect_call(v13, v9, "pbc.Square.area pbc.Shape.area pbc.Line.area")
#     goto return(v14)
# }
# graph pbc.make_defaults(v0: Signed) -> Ptr(GcStruct tuple3_Signed_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 0)
#     branch v1 [true: block2(v0), false: block1(v0)]
# block1(v2: Signed):
#     v3: Ptr(Struct pbc.Pen_vtable) = cast_pointer(@vtable_pbc.Marker)
#     goto block3(v2, v3)
# block2(v4: Signed):
#     goto block3(v4, @vtable_pbc.Pen)
# block3(v5: Signed, v6: Ptr(Struct pbc.Pen_vtable)):
#     v7: Ptr(Func() -> Ptr(GcStruct pbc.Pen)) = getfield(v6, "instantiate_0")
#     v8: Ptr(GcStruct pbc.Pen) = indirect_call(v7, "pbc.Pen.<instantiate_0> pbc.Marker.<instantiate_0>")
#     v9: Ptr(Func(Signed, Ptr(GcStruct str)) -> Ptr(GcStruct pbc.Pen)) = getfield(v6, "instantiate_1")
#     v10: Ptr(GcStruct pbc.Pen) = indirect_call(v9, v5, @str_blue, "pbc.Pen.<instantiate_1> pbc.Marker.<instantiate_1>")
#     v11: Signed = getfield(v8, "inst_width")
#     v12: Signed = getfield(v10, "inst_width")
#     v13: Signed = int_add(v11, v12)
#     v14: Ptr(GcStruct str) = getfield(v8, "inst_color")
#     v15: Ptr(GcStruct str) = getfield(v10, "inst_color")
#     v16: Ptr(GcStruct tuple3_Signed_str_str) = malloc(<GcStruct tuple3_Signed_str_str>)
#     setfield(v16, "item0", v13)
#     setfield(v16, "item1", v14)
#     setfield(v16, "item2", v15)
#     goto return(v16)
# }
# graph pbc.make_maybe(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 3)
#     branch v1 [true: block2(v0), false: block1(v0)]
# block1(v2: Signed):
#     goto block3(v2, null: Ptr(Func(Signed) -> Signed))
# block2(v3: Signed):
#     goto block3(v3, &pbc.make)
# block3(v4: Signed, v5: Ptr(Func(Signed) -> Signed)):
#     v6: Bool = ptr_iszero(v5)
#     branch v6 [true: return(-1), false: block4(v4, v5)]
# block4(v7: Signed, v8: Ptr(Func(Signed) -> Signed)):
#     goto block5(v7, "")
# block5(v9: Signed, v10: Void):
#     v11: Signed = direct_call(&pbc.make, v9)
#     goto return(v11)
# }
# graph pbc.pick(v0: Signed) -> Ptr(Struct frozen_Config) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 0)
#     branch v1 [true: return(@pbc.FAST), false: return(@pbc.SLOW)]
# }
# graph pbc.pick_kind(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, 2, 2)
#     v2: Ptr(Struct pbc.Shape_vtable) = cast_pointer(@vtable_pbc.Line)
#     v3: Bool = int_eq(v1, 0)
#     v4: Ptr(Struct pbc.Shape_vtable) = cast_pointer(@vtable_pbc.Square)
#     v5: Ptr(Struct pbc.Shape_vtable) = select(v3, v4, v2)
#     v6: Ptr(Func(Signed) -> Ptr(GcStruct pbc.Shape)) = getfield(v5, "instantiate_0")
#     v7: Ptr(GcStruct pbc.Shape) = indirect_call(v6, 3, "pbc.Square.<instantiate_0> pbc.Line.<instantiate_0>")
#     v8: Ptr(GcStruct object) = cast_pointer(v7)
#     v9: Ptr(Struct object_vtable) = getfield(v8, "typeptr")
#     v10: Ptr(Struct pbc.Shape_vtable) = cast_pointer(v9)
#     v11: Ptr(Func(Ptr(GcStruct pbc.Shape)) -> Signed) = getfield(v10, "method_area")
#     v12: Signed = indirect_call(v11, v7, "pbc.Square.area pbc.Shape.area pbc.Line.area")
#     goto return(v12)
# }
# graph pbc.same_config(v0: Signed, v1: Signed) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed):
#     v2: Ptr(Struct frozen_Config) = direct_call(&pbc.pick, v0)
#     v3: Ptr(Struct frozen_Config) = direct_call(&pbc.pick, v1)
#     v4: Bool = ptr_eq(v2, v3)
#     goto return(v4)
# }
# graph pbc.unrelated_name(v0: Signed) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     goto block1("")
# block1(v1: Void):
#     goto return(@str_right)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct pbc.Shape size=16 align=8 { super: GcStruct object @0, inst_size: Signed @8 }
# Struct pbc.Shape_vtable size=64 align=8 { super: Struct object_vtable @0, method_area: Ptr(Func(Ptr(GcStruct pbc.Shape)) -> Signed) @24, instantiate_0: Ptr(Func(Signed) -> Ptr(GcStruct pbc.Shape)) @32, cls_NAME: Ptr(GcStruct str) @40, cls_SIDES: Signed @48, spec_0: Ptr(Func(Void) -> Ptr(GcStruct str)) @56 }
# GcStruct pbc.Square size=16 align=8 { super: GcStruct pbc.Shape @0 }
# Struct pbc.Square_vtable size=64 align=8 { super: Struct pbc.Shape_vtable @0 }
# GcStruct pbc.Line size=16 align=8 { super: GcStruct pbc.Shape @0 }
# Struct pbc.Line_vtable size=64 align=8 { super: Struct pbc.Shape_vtable @0 }
# GcStruct pbc.Pen size=24 align=8 { super: GcStruct object @0, inst_width: Signed @8, inst_color: Ptr(GcStruct str) @16 }
# Struct pbc.Pen_vtable size=40 align=8 { super: Struct object_vtable @0, instantiate_0: Ptr(Func() -> Ptr(GcStruct pbc.Pen)) @24, instantiate_1: Ptr(Func(Signed, Ptr(GcStruct str)) -> Ptr(GcStruct pbc.Pen)) @32 }
# GcStruct pbc.Marker size=24 align=8 { super: GcStruct pbc.Pen @0 }
# Struct pbc.Marker_vtable size=40 align=8 { super: Struct pbc.Pen_vtable @0 }
# Struct frozen_Config size=24 align=8 { attr_debug: Bool @0, attr_name: Ptr(GcStruct str) @8, attr_scale: Signed @16 }
# GcStruct pbc.Right size=8 align=8 { super: GcStruct object @0 }
# Struct pbc.Right_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct tuple3_str_Signed_str size=24 align=8 { item0: Ptr(GcStruct str) @0, item1: Signed @8, item2: Ptr(GcStruct str) @16 }
# GcStruct tuple3_str_Signed_Bool size=24 align=8 { item0: Ptr(GcStruct str) @0, item1: Signed @8, item2: Bool @16 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple3_Signed_str_str size=24 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16 }
# prebuilt @pbc.FAST: Struct frozen_Config = {attr_debug: False, attr_name: @str_fast, attr_scale: 2}
# prebuilt @pbc.SLOW: Struct frozen_Config = {attr_debug: False, attr_name: @str_slow, attr_scale: 5}
# prebuilt @str_Line: GcStruct str = {hash: 0, length: 4, chars: "Line"}
# prebuilt @str_Marker: GcStruct str = {hash: 0, length: 6, chars: "Marker"}
# prebuilt @str_Pen: GcStruct str = {hash: 0, length: 3, chars: "Pen"}
# prebuilt @str_Square: GcStruct str = {hash: 0, length: 6, chars: "Square"}
# prebuilt @str_blue: GcStruct str = {hash: 0, length: 4, chars: "blue"}
# prebuilt @str_fast: GcStruct str = {hash: 0, length: 4, chars: "fast"}
# prebuilt @str_right: GcStruct str = {hash: 0, length: 5, chars: "right"}
# prebuilt @str_shape: GcStruct str = {hash: 0, length: 5, chars: "shape"}
# prebuilt @str_slow: GcStruct str = {hash: 0, length: 4, chars: "slow"}
# prebuilt @str_square: GcStruct str = {hash: 0, length: 6, chars: "square"}
# prebuilt @vtable_pbc.Line: Struct pbc.Line_vtable = {super: {super: {subclassrange_min: 3, subclassrange_max: 4, name: @str_Line}, method_area: &pbc.Line.area, instantiate_0: &pbc.Line.<instantiate_0>, cls_NAME: @str_shape, cls_SIDES: 0, spec_0: &pbc.label_of[pbc.Line]}}
# prebuilt @vtable_pbc.Marker: Struct pbc.Marker_vtable = {super: {super: {subclassrange_min: 5, subclassrange_max: 6, name: @str_Marker}, instantiate_0: &pbc.Marker.<instantiate_0>, instantiate_1: &pbc.Marker.<instantiate_1>}}
# prebuilt @vtable_pbc.Pen: Struct pbc.Pen_vtable = {super: {subclassrange_min: 4, subclassrange_max: 6, name: @str_Pen}, instantiate_0: &pbc.Pen.<instantiate_0>, instantiate_1: &pbc.Pen.<instantiate_1>}
# prebuilt @vtable_pbc.Square: Struct pbc.Square_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 3, name: @str_Square}, method_area: &pbc.Square.area, instantiate_0: &pbc.Square.<instantiate_0>, cls_NAME: @str_square, cls_SIDES: 4, spec_0: &pbc.label_of[pbc.Square]}}
