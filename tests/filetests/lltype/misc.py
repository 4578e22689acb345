# test: lltype
# functions: class_name identity maybe_bound same_class properties overridden_property
# rtype_misc.cpp: x.__class__ and C.__name__ (the vtable's name), id() of any object in the GC
# heap, a local read after a `with` that assigns it (check_bound passes the value: the annotator
# proved no path leaves it unassigned), `x is None` on pointers; properties (rtype_instance.cpp:
# reading and assigning one calls its getter and setter).


class Shape(object):
    pass


class Square(Shape):
    pass


def class_name(i):
    s = Shape() if i > 0 else Square()
    return type(s).__name__ + "/" + s.__class__.__name__


def identity(xs):
    return id(xs) == id(xs), xs is None


def maybe_bound(path):
    with open(path, "w") as f:
        n = f.write("x")
    return n


def same_class(i):
    s = Shape() if i > 0 else Square()
    return s.__class__ is Square


class Temperature(object):
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v * 2


def properties(n):
    t = Temperature()
    t.celsius = n
    return t.celsius


class Fahrenheit(Temperature):
    @property
    def celsius(self):
        return self._c - 32

    @celsius.setter
    def celsius(self, v):
        self._c = v + 32


def overridden_property(n):
    # Accessors some subclasses override: vtable slots method_property_get_<name> (_set_).
    t = Temperature() if n > 5 else Fahrenheit()
    t.celsius = n
    return t.celsius


def entry_point(argv):
    print(class_name(1), class_name(0), identity([1]), maybe_bound("/tmp/kiln_lltype_misc.txt"), same_class(0), properties(3), overridden_property(2))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph misc.class_name(v0: Signed) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 0)
#     branch v1 [true: block2(), false: block1()]
# block1():
#     v2: Ptr(GcStruct misc.Square) = malloc(<GcStruct misc.Square>)
#     v3: Ptr(GcStruct object) = cast_pointer(v2)
#     v4: Ptr(Struct object_vtable) = cast_pointer(@vtable_misc.Square)
#     setfield(v3, "typeptr", v4)
#     v5: Ptr(GcStruct misc.Shape) = cast_pointer(v2)
#     goto block3(v5)
# block2():
#     v6: Ptr(GcStruct misc.Shape) = malloc(<GcStruct misc.Shape>)
#     v7: Ptr(GcStruct object) = cast_pointer(v6)
#     v8: Ptr(Struct object_vtable) = cast_pointer(@vtable_misc.Shape)
#     setfield(v7, "typeptr", v8)
#     goto block3(v6)
# block3(v9: Ptr(GcStruct misc.Shape)):
#     v10: Ptr(GcStruct object) = cast_pointer(v9)
#     v11: Ptr(Struct object_vtable) = getfield(v10, "typeptr")
#     v12: Ptr(Struct misc.Shape_vtable) = cast_pointer(v11)
#     v13: Ptr(Struct object_vtable) = cast_pointer(v12)
#     v14: Ptr(GcStruct str) = getfield(v13, "name")
#     v15: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v14, @str.1)
#     v16: Ptr(GcStruct object) = cast_pointer(v9)
#     v17: Ptr(Struct object_vtable) = getfield(v16, "typeptr")
#     v18: Ptr(Struct misc.Shape_vtable) = cast_pointer(v17)
#     v19: Ptr(Struct object_vtable) = cast_pointer(v18)
#     v20: Ptr(GcStruct str) = getfield(v19, "name")
#     v21: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v15, v20)
#     goto return(v21)
# }
# graph misc.identity(v0: Ptr(GcArray(Signed))) -> Ptr(GcStruct tuple2_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcArray(Signed))):
#     v1: Signed = gc_id(v0)
#     v2: Signed = gc_id(v0)
#     v3: Bool = int_eq(v1, v2)
#     v4: Ptr(GcStruct tuple2_Bool_Bool) = malloc(<GcStruct tuple2_Bool_Bool>)
#     setfield(v4, "item0", v3)
#     setfield(v4, "item1", False)
#     goto return(v4)
# }
# graph misc.maybe_bound(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct file) = direct_call(&kiln_file_open: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct file)), v0, @str_w, null: Ptr(GcStruct str))
#     v2: Ptr(GcStruct file) = direct_call(&kiln_file_enter: Ptr(Func(Ptr(GcStruct file)) -> Ptr(GcStruct file)), v1)
#     goto block1(v1, v2)
# block1(v3: Ptr(GcStruct file), v4: Ptr(GcStruct file)):
#     v5: Signed = direct_call(&kiln_file_write: Ptr(Func(Ptr(GcStruct file), Ptr(GcStruct str)) -> Signed), v4, @str_x)
#     exits [normal: block4(v3, v5), except @vtable_BaseException as (v6: Ptr(Struct object_vtable), v7: Ptr(GcStruct BaseException)): block2(v6, v7, v3)]
# block2(v8: Ptr(Struct object_vtable), v9: Ptr(GcStruct BaseException), v10: Ptr(GcStruct file)):
#     v11: Ptr(Struct BaseException_vtable) = cast_pointer(v8)
#     goto block3(v11, v9, v10)
# block3(v12: Ptr(Struct BaseException_vtable), v13: Ptr(GcStruct BaseException), v14: Ptr(GcStruct file)):
#     v15: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v14)
#     v16: Ptr(Struct object_vtable) = cast_pointer(v12)
#     v17: Ptr(GcStruct object) = cast_pointer(v13)
#     goto raise(v16, v17)
# block4(v18: Ptr(GcStruct file), v19: Signed):
#     v20: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v18)
#     goto block5(v19)
# block5(v21: Signed):
#     goto return(v21)
# }
# graph misc.overridden_property(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     goto block1(v0)
# block1(v1: Signed):
#     v2: Ptr(GcStruct misc.Fahrenheit) = malloc(<GcStruct misc.Fahrenheit>)
#     v3: Ptr(GcStruct object) = cast_pointer(v2)
#     v4: Ptr(Struct object_vtable) = cast_pointer(@vtable_misc.Fahrenheit)
#     setfield(v3, "typeptr", v4)
#     v5: Ptr(GcStruct misc.Temperature) = cast_pointer(v2)
#     v6: Void = direct_call(&misc.Temperature.__init__: Ptr(Func(Ptr(GcStruct misc.Temperature)) -> Void), v5)
#     goto block2(v1, v2)
# block2(v7: Signed, v8: Ptr(GcStruct misc.Fahrenheit)):
#     v9: Ptr(GcStruct misc.Temperature) = cast_pointer(v8)
#     v10: Void = direct_call(&misc.Fahrenheit.celsius.2: Ptr(Func(Ptr(GcStruct misc.Temperature), Signed) -> Void), v9, v7)
#     v11: Ptr(GcStruct misc.Temperature) = cast_pointer(v8)
#     v12: Signed = direct_call(&misc.Fahrenheit.celsius: Ptr(Func(Ptr(GcStruct misc.Temperature)) -> Signed), v11)
#     goto return(v12)
# }
# graph misc.properties(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct misc.Temperature) = malloc(<GcStruct misc.Temperature>)
#     v2: Ptr(GcStruct object) = cast_pointer(v1)
#     v3: Ptr(Struct object_vtable) = cast_pointer(@vtable_misc.Temperature)
#     setfield(v2, "typeptr", v3)
#     v4: Void = direct_call(&misc.Temperature.__init__: Ptr(Func(Ptr(GcStruct misc.Temperature)) -> Void), v1)
#     v5: Ptr(GcStruct object) = cast_pointer(v1)
#     v6: Ptr(Struct object_vtable) = getfield(v5, "typeptr")
#     v7: Ptr(Struct misc.Temperature_vtable) = cast_pointer(v6)
#     v8: Ptr(Func(Ptr(GcStruct misc.Temperature), Signed) -> Void) = getfield(v7, "method_property_set_celsius")
#     v9: Void = indirect_call(v8, v1, v0, "misc.Temperature.celsius.2 misc.Fahrenheit.celsius.2")
#     v10: Ptr(GcStruct object) = cast_pointer(v1)
#     v11: Ptr(Struct object_vtable) = getfield(v10, "typeptr")
#     v12: Ptr(Struct misc.Temperature_vtable) = cast_pointer(v11)
#     v13: Ptr(Func(Ptr(GcStruct misc.Temperature)) -> Signed) = getfield(v12, "method_property_get_celsius")
#     v14: Signed = indirect_call(v13, v1, "misc.Temperature.celsius misc.Fahrenheit.celsius")
#     goto return(v14)
# }
# graph misc.same_class(v0: Signed) -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     goto block1()
# block1():
#     v1: Ptr(GcStruct misc.Square) = malloc(<GcStruct misc.Square>)
#     v2: Ptr(GcStruct object) = cast_pointer(v1)
#     v3: Ptr(Struct object_vtable) = cast_pointer(@vtable_misc.Square)
#     setfield(v2, "typeptr", v3)
#     goto block2(v1)
# block2(v4: Ptr(GcStruct misc.Square)):
#     v5: Ptr(GcStruct object) = cast_pointer(v4)
#     v6: Ptr(Struct object_vtable) = getfield(v5, "typeptr")
#     v7: Ptr(Struct misc.Square_vtable) = cast_pointer(v6)
#     v8: Bool = ptr_eq(v7, @vtable_misc.Square)
#     goto return(v8)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct misc.Shape size=8 align=8 { super: GcStruct object @0 }
# Struct misc.Shape_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct misc.Square size=8 align=8 { super: GcStruct misc.Shape @0 }
# Struct misc.Square_vtable size=24 align=8 { super: Struct misc.Shape_vtable @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct misc.Temperature size=16 align=8 { super: GcStruct object @0, inst__c: Signed @8 }
# Struct misc.Temperature_vtable size=40 align=8 { super: Struct object_vtable @0, method_property_get_celsius: Ptr(Func(Ptr(GcStruct misc.Temperature)) -> Signed) @24, method_property_set_celsius: Ptr(Func(Ptr(GcStruct misc.Temperature), Signed) -> Void) @32 }
# GcStruct misc.Fahrenheit size=16 align=8 { super: GcStruct misc.Temperature @0 }
# Struct misc.Fahrenheit_vtable size=40 align=8 { super: Struct misc.Temperature_vtable @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcStruct tuple2_Bool_Bool size=2 align=1 { item0: Bool @0, item1: Bool @1 }
# GcStruct file size=16 align=8 { stream: Ptr(Opaque FILE) @0, flags: Signed @8 }
# prebuilt @str.1: GcStruct str = {hash: 0, length: 1, chars: "/"}
# prebuilt @str_BaseException: GcStruct str = {hash: 0, length: 13, chars: "BaseException"}
# prebuilt @str_Fahrenheit: GcStruct str = {hash: 0, length: 10, chars: "Fahrenheit"}
# prebuilt @str_Shape: GcStruct str = {hash: 0, length: 5, chars: "Shape"}
# prebuilt @str_Square: GcStruct str = {hash: 0, length: 6, chars: "Square"}
# prebuilt @str_Temperature: GcStruct str = {hash: 0, length: 11, chars: "Temperature"}
# prebuilt @str_w: GcStruct str = {hash: 0, length: 1, chars: "w"}
# prebuilt @str_x: GcStruct str = {hash: 0, length: 1, chars: "x"}
# prebuilt @vtable_BaseException: Struct BaseException_vtable = {super: {subclassrange_min: 3, subclassrange_max: 4, name: @str_BaseException}}
# prebuilt @vtable_misc.Fahrenheit: Struct misc.Fahrenheit_vtable = {super: {super: {subclassrange_min: 5, subclassrange_max: 6, name: @str_Fahrenheit}, method_property_get_celsius: &misc.Fahrenheit.celsius, method_property_set_celsius: &misc.Fahrenheit.celsius.2}}
# prebuilt @vtable_misc.Shape: Struct misc.Shape_vtable = {super: {subclassrange_min: 1, subclassrange_max: 3, name: @str_Shape}}
# prebuilt @vtable_misc.Square: Struct misc.Square_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 3, name: @str_Square}}}
# prebuilt @vtable_misc.Temperature: Struct misc.Temperature_vtable = {super: {subclassrange_min: 4, subclassrange_max: 6, name: @str_Temperature}, method_property_get_celsius: &misc.Temperature.celsius, method_property_set_celsius: &misc.Temperature.celsius.2}
