# test: lltype
# functions: check safe reraise bare classify Described.__init__ described message_of
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


def message_of(n):
    # The message: set where the exception is made (BaseException's `message` field), read by
    # str(e); a KeyError's is the repr of its argument.
    try:
        if n > 0:
            raise ValueError("bad %d" % n)
        raise KeyError("k")
    except ValueError as e:
        return str(e)
    except KeyError as e:
        return str(e)


def entry_point(argv):
    n = len(argv) - 3
    print(message_of(n + 4), message_of(n))
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
#     v2: Ptr(GcStruct BaseException) = cast_pointer(v0)
#     setfield(v2, "message", v1)
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
#     v7: Ptr(GcStruct BaseException) = cast_pointer(v4)
#     setfield(v7, "message", @str_big)
#     v8: Ptr(Struct object_vtable) = cast_pointer(@vtable_IndexError)
#     v9: Ptr(GcStruct object) = cast_pointer(v4)
#     goto raise(v8, v9)
# block3():
#     v10: Ptr(GcStruct ValueError) = malloc(<GcStruct ValueError>)
#     v11: Ptr(GcStruct object) = cast_pointer(v10)
#     v12: Ptr(Struct object_vtable) = cast_pointer(@vtable_ValueError)
#     setfield(v11, "typeptr", v12)
#     v13: Ptr(GcStruct BaseException) = cast_pointer(v10)
#     setfield(v13, "message", @str.2)
#     v14: Ptr(Struct object_vtable) = cast_pointer(@vtable_ValueError)
#     v15: Ptr(GcStruct object) = cast_pointer(v10)
#     goto raise(v14, v15)
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
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v4)
#     v9: Ptr(GcStruct BaseException) = cast_pointer(v5)
#     setfield(v9, "message", v8)
#     v10: Void = direct_call(&exceptions.ParseError.__init__: Ptr(Func(Ptr(GcStruct exceptions.ParseError), Signed) -> Void), v5, v4)
#     v11: Ptr(Struct object_vtable) = cast_pointer(@vtable_exceptions.ParseError)
#     v12: Ptr(GcStruct object) = cast_pointer(v5)
#     goto raise(v11, v12)
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
#     v16: Bool = int_between(6, v15, 7)
#     branch v16 [true: block5(), false: block4(v12, v13)]
# block4(v17: Ptr(Struct BaseException_vtable), v18: Ptr(GcStruct BaseException)):
#     v19: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.3)
#     v20: Ptr(Struct object_vtable) = cast_pointer(v17)
#     v21: Ptr(GcStruct object) = cast_pointer(v18)
#     goto raise(v20, v21)
# block5():
#     v22: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.3)
#     goto return(-1)
# block6(v23: Signed):
#     v24: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.3)
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
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.4, v7)
#     exits [normal: block5(v8), except @vtable_Exception as (v9: Ptr(Struct object_vtable), v10: Ptr(GcStruct Exception)): block4(v9, v10)]
# block4(v11: Ptr(Struct object_vtable), v12: Ptr(GcStruct Exception)):
#     v13: Ptr(Struct Exception_vtable) = cast_pointer(v11)
#     goto block8(v13, v12)
# block5(v14: Ptr(GcStruct str)):
#     v15: Ptr(GcStruct exceptions.Described) = malloc(<GcStruct exceptions.Described>)
#     v16: Ptr(GcStruct object) = cast_pointer(v15)
#     v17: Ptr(Struct object_vtable) = cast_pointer(@vtable_exceptions.Described)
#     setfield(v16, "typeptr", v17)
#     v18: Ptr(GcStruct BaseException) = cast_pointer(v15)
#     setfield(v18, "message", v14)
#     v19: Void = direct_call(&exceptions.Described.__init__, v15, v14)
#     exits [normal: block7(v15), except @vtable_Exception as (v20: Ptr(Struct object_vtable), v21: Ptr(GcStruct Exception)): block6(v20, v21)]
# block6(v22: Ptr(Struct object_vtable), v23: Ptr(GcStruct Exception)):
#     v24: Ptr(Struct Exception_vtable) = cast_pointer(v22)
#     goto block8(v24, v23)
# block7(v25: Ptr(GcStruct exceptions.Described)):
#     v26: Ptr(Struct Exception_vtable) = cast_pointer(@vtable_exceptions.Described)
#     v27: Ptr(GcStruct Exception) = cast_pointer(v25)
#     goto block8(v26, v27)
# block8(v28: Ptr(Struct Exception_vtable), v29: Ptr(GcStruct Exception)):
#     v30: Ptr(Struct object_vtable) = cast_pointer(v28)
#     v31: Signed = getfield(v30, "subclassrange_min")
#     v32: Bool = int_between(8, v31, 9)
#     branch v32 [true: block10(v29), false: block9(v28, v29)]
# block9(v33: Ptr(Struct Exception_vtable), v34: Ptr(GcStruct Exception)):
#     v35: Ptr(Struct object_vtable) = cast_pointer(v33)
#     v36: Ptr(GcStruct object) = cast_pointer(v34)
#     goto raise(v35, v36)
# block10(v37: Ptr(GcStruct Exception)):
#     v38: Ptr(GcStruct exceptions.Described) = cast_pointer(v37)
#     goto block11(v38)
# block11(v39: Ptr(GcStruct exceptions.Described)):
#     v40: Ptr(GcStruct str) = direct_call(&exceptions.Described.__str__: Ptr(Func(Ptr(GcStruct exceptions.Described)) -> Ptr(GcStruct str)), v39)
#     goto return(v40)
# }
# graph exceptions.message_of(v0: Signed) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 0)
#     goto block1(v0, v1)
# block1(v2: Signed, v3: Bool):
#     goto block2(v2, v3)
# block2(v4: Signed, v5: Bool):
#     branch v5 [true: block4(v4), false: block3()]
# block3():
#     v6: Ptr(GcStruct KeyError) = malloc(<GcStruct KeyError>)
#     v7: Ptr(GcStruct object) = cast_pointer(v6)
#     v8: Ptr(Struct object_vtable) = cast_pointer(@vtable_KeyError)
#     setfield(v7, "typeptr", v8)
#     v9: Ptr(GcStruct BaseException) = cast_pointer(v6)
#     setfield(v9, "message", @str.9)
#     v10: Ptr(Struct Exception_vtable) = cast_pointer(@vtable_KeyError)
#     v11: Ptr(GcStruct Exception) = cast_pointer(v6)
#     goto block7(v10, v11)
# block4(v12: Signed):
#     v13: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v12)
#     v14: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.10, v13)
#     exits [normal: block6(v14), except @vtable_Exception as (v15: Ptr(Struct object_vtable), v16: Ptr(GcStruct Exception)): block5(v15, v16)]
# block5(v17: Ptr(Struct object_vtable), v18: Ptr(GcStruct Exception)):
#     v19: Ptr(Struct Exception_vtable) = cast_pointer(v17)
#     goto block7(v19, v18)
# block6(v20: Ptr(GcStruct str)):
#     v21: Ptr(GcStruct ValueError) = malloc(<GcStruct ValueError>)
#     v22: Ptr(GcStruct object) = cast_pointer(v21)
#     v23: Ptr(Struct object_vtable) = cast_pointer(@vtable_ValueError)
#     setfield(v22, "typeptr", v23)
#     v24: Ptr(GcStruct BaseException) = cast_pointer(v21)
#     setfield(v24, "message", v20)
#     v25: Ptr(Struct Exception_vtable) = cast_pointer(@vtable_ValueError)
#     v26: Ptr(GcStruct Exception) = cast_pointer(v21)
#     goto block7(v25, v26)
# block7(v27: Ptr(Struct Exception_vtable), v28: Ptr(GcStruct Exception)):
#     v29: Ptr(Struct object_vtable) = cast_pointer(v27)
#     v30: Signed = getfield(v29, "subclassrange_min")
#     v31: Bool = int_between(3, v30, 4)
#     branch v31 [true: block12(v28), false: block8(v27, v28)]
# block8(v32: Ptr(Struct Exception_vtable), v33: Ptr(GcStruct Exception)):
#     v34: Ptr(Struct object_vtable) = cast_pointer(v32)
#     v35: Signed = getfield(v34, "subclassrange_min")
#     v36: Bool = int_between(5, v35, 6)
#     branch v36 [true: block10(v33), false: block9(v32, v33)]
# block9(v37: Ptr(Struct Exception_vtable), v38: Ptr(GcStruct Exception)):
#     v39: Ptr(Struct object_vtable) = cast_pointer(v37)
#     v40: Ptr(GcStruct object) = cast_pointer(v38)
#     goto raise(v39, v40)
# block10(v41: Ptr(GcStruct Exception)):
#     v42: Ptr(GcStruct KeyError) = cast_pointer(v41)
#     goto block11(v42)
# block11(v43: Ptr(GcStruct KeyError)):
#     v44: Ptr(GcStruct BaseException) = cast_pointer(v43)
#     v45: Ptr(GcStruct str) = getfield(v44, "message")
#     v46: Bool = ptr_nonzero(v45)
#     v47: Ptr(GcStruct str) = select(v46, v45, @str.2)
#     goto return(v47)
# block12(v48: Ptr(GcStruct Exception)):
#     v49: Ptr(GcStruct ValueError) = cast_pointer(v48)
#     goto block13(v49)
# block13(v50: Ptr(GcStruct ValueError)):
#     v51: Ptr(GcStruct BaseException) = cast_pointer(v50)
#     v52: Ptr(GcStruct str) = getfield(v51, "message")
#     v53: Bool = ptr_nonzero(v52)
#     v54: Ptr(GcStruct str) = select(v53, v52, @str.2)
#     goto return(v54)
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
#     v11: Bool = int_between(7, v10, 8)
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
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct ValueError size=16 align=8 { super: GcStruct Exception @0 }
# Struct ValueError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct LookupError size=16 align=8 { super: GcStruct Exception @0 }
# Struct LookupError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct KeyError size=16 align=8 { super: GcStruct LookupError @0 }
# Struct KeyError_vtable size=24 align=8 { super: Struct LookupError_vtable @0 }
# GcStruct IndexError size=16 align=8 { super: GcStruct LookupError @0 }
# Struct IndexError_vtable size=24 align=8 { super: Struct LookupError_vtable @0 }
# GcStruct exceptions.ParseError size=24 align=8 { super: GcStruct Exception @0, inst_pos: Signed @16 }
# Struct exceptions.ParseError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct exceptions.Described size=24 align=8 { super: GcStruct Exception @0, inst_message: Ptr(GcStruct str) @16 }
# Struct exceptions.Described_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# prebuilt @str.10: GcStruct str = {hash: 0, length: 4, chars: "bad "}
# prebuilt @str.2: GcStruct str = {hash: 0, length: 0, chars: ""}
# prebuilt @str.3: GcStruct str = {hash: 0, length: 5, chars: "done\x0a"}
# prebuilt @str.4: GcStruct str = {hash: 0, length: 2, chars: "n="}
# prebuilt @str.9: GcStruct str = {hash: 0, length: 3, chars: "'k'"}
# prebuilt @str_BaseException: GcStruct str = {hash: 0, length: 13, chars: "BaseException"}
# prebuilt @str_Described: GcStruct str = {hash: 0, length: 9, chars: "Described"}
# prebuilt @str_Exception: GcStruct str = {hash: 0, length: 9, chars: "Exception"}
# prebuilt @str_IndexError: GcStruct str = {hash: 0, length: 10, chars: "IndexError"}
# prebuilt @str_KeyError: GcStruct str = {hash: 0, length: 8, chars: "KeyError"}
# prebuilt @str_ParseError: GcStruct str = {hash: 0, length: 10, chars: "ParseError"}
# prebuilt @str_ValueError: GcStruct str = {hash: 0, length: 10, chars: "ValueError"}
# prebuilt @str_big: GcStruct str = {hash: 0, length: 3, chars: "big"}
# prebuilt @str_fine: GcStruct str = {hash: 0, length: 4, chars: "fine"}
# prebuilt @vtable_BaseException: Struct BaseException_vtable = {super: {subclassrange_min: 1, subclassrange_max: 9, name: @str_BaseException}}
# prebuilt @vtable_Exception: Struct Exception_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 9, name: @str_Exception}}}
# prebuilt @vtable_IndexError: Struct IndexError_vtable = {super: {super: {super: {super: {subclassrange_min: 6, subclassrange_max: 7, name: @str_IndexError}}}}}
# prebuilt @vtable_KeyError: Struct KeyError_vtable = {super: {super: {super: {super: {subclassrange_min: 5, subclassrange_max: 6, name: @str_KeyError}}}}}
# prebuilt @vtable_ValueError: Struct ValueError_vtable = {super: {super: {super: {subclassrange_min: 3, subclassrange_max: 4, name: @str_ValueError}}}}
# prebuilt @vtable_exceptions.Described: Struct exceptions.Described_vtable = {super: {super: {super: {subclassrange_min: 8, subclassrange_max: 9, name: @str_Described}}}}
# prebuilt @vtable_exceptions.ParseError: Struct exceptions.ParseError_vtable = {super: {super: {super: {subclassrange_min: 7, subclassrange_max: 8, name: @str_ParseError}}}}
