# test: lltype
# functions: check safe reraise bare classify Described.__init__ described
# Exceptions: raising an instance links to the except block with its class's vtable and the
# object; `except C` is an issubtype class-id range check on the raised vtable; `except (A, B)`
# is one check per class; `raise C` makes an instance of C. Exception.__init__(self, msg) does
# nothing (exceptions keep no arguments); str(e) calls the class's __str__.
class ParseError(Exception):
    def __init__(self, pos):
        self.pos = pos


class Described(Exception):
    def __init__(self, message):
        Exception.__init__(self, message)
        self.message = message

    def __str__(self):
        return "described: " + self.message


def described(n):
    try:
        if n > 1:
            raise Described("n=%d" % n)
        return "fine"
    except Described as e:
        return str(e)


def check(n):
    if n < 0:
        raise ParseError(n)
    return n * 2


def safe(n):
    try:
        return check(n)
    except ParseError as e:
        return e.pos
    except ValueError:
        return -1


def reraise(n):
    try:
        return check(n)
    except ParseError:
        raise


def bare(n):
    if n > 3:
        raise ValueError
    if n > 2:
        raise IndexError("big")
    return n


def classify(n):
    try:
        return bare(n)
    except (ValueError, IndexError):
        return -1
    finally:
        print("done")


def entry_point(argv):
    n = len(argv) - 3
    print(classify(n + 6), classify(n + 5), classify(n))
    print(safe(n), safe(-n))
    try:
        print(reraise(n))
    except ParseError as e:
        print("error at", e.pos)
    print(described(n + 4), described(n))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph exceptions.Described.__init__(v0: Ptr(GcStruct exceptions.Described), v1: Ptr(GcStruct str)) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct exceptions.Described), v1: Ptr(GcStruct str)):
#     setfield(v0, "inst_message", v1)
#     goto return("")
# }
# graph exceptions.bare(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 3)
#     branch v1 [true: block3(), false: block1(v0)]
# block1(v2: Signed):
#     v3: Bool = int_gt(v2, 2)
#     branch v3 [true: block2(), false: return(v2)]
# block2():
#     v4: Ptr(GcStruct IndexError) = malloc(<GcStruct IndexError>)
#     v5: Ptr(GcStruct object) = cast_pointer(v4)
#     v6: Ptr(Struct object_vtable) = cast_pointer(@vtable_IndexError)
#     setfield(v5, "typeptr", v6)
#     v7: Ptr(Struct object_vtable) = cast_pointer(@vtable_IndexError)
#     v8: Ptr(GcStruct object) = cast_pointer(v4)
#     goto raise(v7, v8)
# block3():
#     v9: Ptr(GcStruct ValueError) = malloc(<GcStruct ValueError>)
#     v10: Ptr(GcStruct object) = cast_pointer(v9)
#     v11: Ptr(Struct object_vtable) = cast_pointer(@vtable_ValueError)
#     setfield(v10, "typeptr", v11)
#     v12: Ptr(Struct object_vtable) = cast_pointer(@vtable_ValueError)
#     v13: Ptr(GcStruct object) = cast_pointer(v9)
#     goto raise(v12, v13)
# }
# graph exceptions.check(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_lt(v0, 0)
#     branch v1 [true: block2(v0), false: block1(v0)]
# block1(v2: Signed):
#     v3: Signed = int_mul(v2, 2)
#     goto return(v3)
# block2(v4: Signed):
#     v5: Ptr(GcStruct exceptions.ParseError) = malloc(<GcStruct exceptions.ParseError>)
#     v6: Ptr(GcStruct object) = cast_pointer(v5)
#     v7: Ptr(Struct object_vtable) = cast_pointer(@vtable_exceptions.ParseError)
#     setfield(v6, "typeptr", v7)
#     v8: Void = direct_call(&exceptions.ParseError.__init__: Ptr(Func(Ptr(GcStruct exceptions.ParseError), Signed) -> Void), v5, v4)
#     v9: Ptr(Struct object_vtable) = cast_pointer(@vtable_exceptions.ParseError)
#     v10: Ptr(GcStruct object) = cast_pointer(v5)
#     goto raise(v9, v10)
# }
# graph exceptions.classify(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = direct_call(&exceptions.bare, v0)
#     exits [normal: block6(v1), except @vtable_BaseException as (v2: Ptr(Struct object_vtable), v3: Ptr(GcStruct BaseException)): block1(v2, v3)]
# block1(v4: Ptr(Struct object_vtable), v5: Ptr(GcStruct BaseException)):
#     v6: Ptr(Struct BaseException_vtable) = cast_pointer(v4)
#     goto block2(v6, v5)
# block2(v7: Ptr(Struct BaseException_vtable), v8: Ptr(GcStruct BaseException)):
#     v9: Ptr(Struct object_vtable) = cast_pointer(v7)
#     v10: Signed = getfield(v9, "subclassrange_min")
#     v11: Bool = int_between(3, v10, 4)
#     branch v11 [true: block5(), false: block3(v7, v8)]
# block3(v12: Ptr(Struct BaseException_vtable), v13: Ptr(GcStruct BaseException)):
#     v14: Ptr(Struct object_vtable) = cast_pointer(v12)
#     v15: Signed = getfield(v14, "subclassrange_min")
#     v16: Bool = int_between(5, v15, 6)
#     branch v16 [true: block5(), false: block4(v12, v13)]
# block4(v17: Ptr(Struct BaseException_vtable), v18: Ptr(GcStruct BaseException)):
#     v19: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.2)
#     v20: Ptr(Struct object_vtable) = cast_pointer(v17)
#     v21: Ptr(GcStruct object) = cast_pointer(v18)
#     goto raise(v20, v21)
# block5():
#     v22: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.2)
#     goto return(-1)
# block6(v23: Signed):
#     v24: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.2)
#     goto return(v23)
# }
# graph exceptions.described(v0: Signed) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 1)
#     goto block1(v0, v1)
# block1(v2: Signed, v3: Bool):
#     goto block2(v2, v3)
# block2(v4: Signed, v5: Bool):
#     branch v5 [true: block3(v4), false: return(@str_fine)]
# block3(v6: Signed):
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v6)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.3, v7)
#     exits [normal: block5(v8), except @vtable_Exception as (v9: Ptr(Struct object_vtable), v10: Ptr(GcStruct Exception)): block4(v9, v10)]
# block4(v11: Ptr(Struct object_vtable), v12: Ptr(GcStruct Exception)):
#     v13: Ptr(Struct Exception_vtable) = cast_pointer(v11)
#     goto block8(v13, v12)
# block5(v14: Ptr(GcStruct str)):
#     v15: Ptr(GcStruct exceptions.Described) = malloc(<GcStruct exceptions.Described>)
#     v16: Ptr(GcStruct object) = cast_pointer(v15)
#     v17: Ptr(Struct object_vtable) = cast_pointer(@vtable_exceptions.Described)
#     setfield(v16, "typeptr", v17)
#     v18: Void = direct_call(&exceptions.Described.__init__, v15, v14)
#     exits [normal: block7(v15), except @vtable_Exception as (v19: Ptr(Struct object_vtable), v20: Ptr(GcStruct Exception)): block6(v19, v20)]
# block6(v21: Ptr(Struct object_vtable), v22: Ptr(GcStruct Exception)):
#     v23: Ptr(Struct Exception_vtable) = cast_pointer(v21)
#     goto block8(v23, v22)
# block7(v24: Ptr(GcStruct exceptions.Described)):
#     v25: Ptr(Struct Exception_vtable) = cast_pointer(@vtable_exceptions.Described)
#     v26: Ptr(GcStruct Exception) = cast_pointer(v24)
#     goto block8(v25, v26)
# block8(v27: Ptr(Struct Exception_vtable), v28: Ptr(GcStruct Exception)):
#     v29: Ptr(Struct object_vtable) = cast_pointer(v27)
#     v30: Signed = getfield(v29, "subclassrange_min")
#     v31: Bool = int_between(7, v30, 8)
#     branch v31 [true: block10(v28), false: block9(v27, v28)]
# block9(v32: Ptr(Struct Exception_vtable), v33: Ptr(GcStruct Exception)):
#     v34: Ptr(Struct object_vtable) = cast_pointer(v32)
#     v35: Ptr(GcStruct object) = cast_pointer(v33)
#     goto raise(v34, v35)
# block10(v36: Ptr(GcStruct Exception)):
#     v37: Ptr(GcStruct exceptions.Described) = cast_pointer(v36)
#     goto block11(v37)
# block11(v38: Ptr(GcStruct exceptions.Described)):
#     v39: Ptr(GcStruct str) = direct_call(&exceptions.Described.__str__: Ptr(Func(Ptr(GcStruct exceptions.Described)) -> Ptr(GcStruct str)), v38)
#     goto return(v39)
# }
# graph exceptions.reraise(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = direct_call(&exceptions.check, v0)
#     exits [normal: return(v1), except @vtable_Exception as (v2: Ptr(Struct object_vtable), v3: Ptr(GcStruct Exception)): block1(v2, v3)]
# block1(v4: Ptr(Struct object_vtable), v5: Ptr(GcStruct Exception)):
#     v6: Ptr(GcStruct object) = cast_pointer(v5)
#     goto raise(v4, v6)
# }
# graph exceptions.safe(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Signed = direct_call(&exceptions.check, v0)
#     exits [normal: return(v1), except @vtable_Exception as (v2: Ptr(Struct object_vtable), v3: Ptr(GcStruct Exception)): block1(v2, v3)]
# block1(v4: Ptr(Struct object_vtable), v5: Ptr(GcStruct Exception)):
#     v6: Ptr(Struct Exception_vtable) = cast_pointer(v4)
#     goto block2(v6, v5)
# block2(v7: Ptr(Struct Exception_vtable), v8: Ptr(GcStruct Exception)):
#     v9: Ptr(Struct object_vtable) = cast_pointer(v7)
#     v10: Signed = getfield(v9, "subclassrange_min")
#     v11: Bool = int_between(6, v10, 7)
#     branch v11 [true: block5(v8), false: block3(v7, v8)]
# block3(v12: Ptr(Struct Exception_vtable), v13: Ptr(GcStruct Exception)):
#     v14: Ptr(Struct object_vtable) = cast_pointer(v12)
#     v15: Signed = getfield(v14, "subclassrange_min")
#     v16: Bool = int_between(3, v15, 4)
#     branch v16 [true: return(-1), false: block4(v12, v13)]
# block4(v17: Ptr(Struct Exception_vtable), v18: Ptr(GcStruct Exception)):
#     v19: Ptr(Struct object_vtable) = cast_pointer(v17)
#     v20: Ptr(GcStruct object) = cast_pointer(v18)
#     goto raise(v19, v20)
# block5(v21: Ptr(GcStruct Exception)):
#     v22: Ptr(GcStruct exceptions.ParseError) = cast_pointer(v21)
#     goto block6(v22)
# block6(v23: Ptr(GcStruct exceptions.ParseError)):
#     v24: Signed = getfield(v23, "inst_pos")
#     goto return(v24)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct BaseException size=8 align=8 { super: GcStruct object @0 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=8 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct ValueError size=8 align=8 { super: GcStruct Exception @0 }
# Struct ValueError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct LookupError size=8 align=8 { super: GcStruct Exception @0 }
# Struct LookupError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct IndexError size=8 align=8 { super: GcStruct LookupError @0 }
# Struct IndexError_vtable size=24 align=8 { super: Struct LookupError_vtable @0 }
# GcStruct exceptions.ParseError size=16 align=8 { super: GcStruct Exception @0, inst_pos: Signed @8 }
# Struct exceptions.ParseError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct exceptions.Described size=16 align=8 { super: GcStruct Exception @0, inst_message: Ptr(GcStruct str) @8 }
# Struct exceptions.Described_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# prebuilt @str.2: GcStruct str = {hash: 0, length: 5, chars: "done\x0a"}
# prebuilt @str.3: GcStruct str = {hash: 0, length: 2, chars: "n="}
# prebuilt @str_BaseException: GcStruct str = {hash: 0, length: 13, chars: "BaseException"}
# prebuilt @str_Described: GcStruct str = {hash: 0, length: 9, chars: "Described"}
# prebuilt @str_Exception: GcStruct str = {hash: 0, length: 9, chars: "Exception"}
# prebuilt @str_IndexError: GcStruct str = {hash: 0, length: 10, chars: "IndexError"}
# prebuilt @str_ParseError: GcStruct str = {hash: 0, length: 10, chars: "ParseError"}
# prebuilt @str_ValueError: GcStruct str = {hash: 0, length: 10, chars: "ValueError"}
# prebuilt @str_fine: GcStruct str = {hash: 0, length: 4, chars: "fine"}
# prebuilt @vtable_BaseException: Struct BaseException_vtable = {super: {subclassrange_min: 1, subclassrange_max: 8, name: @str_BaseException}}
# prebuilt @vtable_Exception: Struct Exception_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 8, name: @str_Exception}}}
# prebuilt @vtable_IndexError: Struct IndexError_vtable = {super: {super: {super: {super: {subclassrange_min: 5, subclassrange_max: 6, name: @str_IndexError}}}}}
# prebuilt @vtable_ValueError: Struct ValueError_vtable = {super: {super: {super: {subclassrange_min: 3, subclassrange_max: 4, name: @str_ValueError}}}}
# prebuilt @vtable_exceptions.Described: Struct exceptions.Described_vtable = {super: {super: {super: {subclassrange_min: 7, subclassrange_max: 8, name: @str_Described}}}}
# prebuilt @vtable_exceptions.ParseError: Struct exceptions.ParseError_vtable = {super: {super: {super: {subclassrange_min: 6, subclassrange_max: 7, name: @str_ParseError}}}}
