# test: transforms
# dump-after: exceptions
# functions: parse checked careful entry_point
# The exception transform: a test of the exception state after each operation that may raise
# (helpers flagged CanRaise, calls of graphs that may raise); propagation records the frame's
# line and returns a dummy value; handlers test class-id ranges in order, clear the state and
# get the instance; `raise` is exc_raise. A graph that cannot raise (plain) gets no test.


class ParseError(Exception):
    pass


def plain(x):
    return x + 1


def parse(s):
    if s == "":
        raise ParseError("empty")
    return int(s)


def checked(s):
    try:
        return parse(s)
    except ParseError:
        return -1
    except ValueError as e:
        print(str(e))
        return -2


def careful(s):
    n = plain(len(s))
    try:
        return parse(s) + n
    finally:
        print("done")


def entry_point(argv):
    print(checked(""), checked("x"), checked("12"), careful("3"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph exceptions.careful(v0: UniChar) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: UniChar):
#     v1: Signed = direct_call(&exceptions.plain, 1)
#     v2: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v0)
#     v3: Signed = direct_call(&exceptions.parse, v2)
#     v4: Bool = exc_occurred()
#     branch v4 [true: block5(), false: block1(v1, v3)]
# block1(v5: Signed, v6: Signed):
#     v7: Signed = int_add(v6, v5)
#     goto block2(v7)
# block2(v8: Signed):
#     v9: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.11)
#     v10: Bool = exc_occurred()
#     branch v10 [true: block4(), false: block3(v8)]
# block3(v11: Signed):
#     goto return(v11)
# block4():
#     exc_traceback("transforms/exceptions.py:39:careful")
#     goto return(0)
# block5():
#     v12: Ptr(Struct object_vtable) = exc_fetch_type()
#     v13: Ptr(GcStruct object) = exc_fetch_value()
#     v14: Signed = getfield(v12, "subclassrange_min")
#     v15: Bool = int_between(1, v14, 35)
#     branch v15 [true: block7(v12, v13), false: block6()]
# block6():
#     exc_traceback("transforms/exceptions.py:37:careful")
#     goto return(0)
# block7(v16: Ptr(Struct object_vtable), v17: Ptr(GcStruct object)):
#     exc_clear()
#     v18: Ptr(GcStruct BaseException) = cast_pointer(v17)
#     goto block8(v16, v18)
# block8(v19: Ptr(Struct object_vtable), v20: Ptr(GcStruct BaseException)):
#     v21: Ptr(Struct BaseException_vtable) = cast_pointer(v19)
#     goto block9(v21, v20)
# block9(v22: Ptr(Struct BaseException_vtable), v23: Ptr(GcStruct BaseException)):
#     v24: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.11)
#     v25: Bool = exc_occurred()
#     branch v25 [true: block12(), false: block10(v22, v23)]
# block10(v26: Ptr(Struct BaseException_vtable), v27: Ptr(GcStruct BaseException)):
#     v28: Ptr(Struct object_vtable) = cast_pointer(v26)
#     v29: Ptr(GcStruct object) = cast_pointer(v27)
#     goto block11(v28, v29)
# block11(v30: Ptr(Struct object_vtable), v31: Ptr(GcStruct object)):
#     exc_raise(v30, v31)
#     exc_traceback("transforms/exceptions.py:39:careful")
#     goto return(0)
# block12():
#     exc_traceback("transforms/exceptions.py:39:careful")
#     goto return(0)
# }
# graph exceptions.checked(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Signed = direct_call(&exceptions.parse, v0)
#     v2: Bool = exc_occurred()
#     branch v2 [true: block1(), false: return(v1)]
# block1():
#     v3: Ptr(Struct object_vtable) = exc_fetch_type()
#     v4: Ptr(GcStruct object) = exc_fetch_value()
#     v5: Signed = getfield(v3, "subclassrange_min")
#     v6: Bool = int_between(2, v5, 32)
#     branch v6 [true: block3(v3, v4), false: block2()]
# block2():
#     exc_traceback("transforms/exceptions.py:26:checked")
#     goto return(0)
# block3(v7: Ptr(Struct object_vtable), v8: Ptr(GcStruct object)):
#     exc_clear()
#     v9: Ptr(GcStruct Exception) = cast_pointer(v8)
#     goto block4(v7, v9)
# block4(v10: Ptr(Struct object_vtable), v11: Ptr(GcStruct Exception)):
#     v12: Ptr(Struct Exception_vtable) = cast_pointer(v10)
#     goto block5(v12, v11)
# block5(v13: Ptr(Struct Exception_vtable), v14: Ptr(GcStruct Exception)):
#     v15: Ptr(Struct object_vtable) = cast_pointer(v13)
#     v16: Signed = getfield(v15, "subclassrange_min")
#     v17: Bool = int_between(3, v16, 4)
#     branch v17 [true: return(-1), false: block6(v13, v14)]
# block6(v18: Ptr(Struct Exception_vtable), v19: Ptr(GcStruct Exception)):
#     v20: Ptr(Struct object_vtable) = cast_pointer(v18)
#     v21: Signed = getfield(v20, "subclassrange_min")
#     v22: Bool = int_between(4, v21, 8)
#     branch v22 [true: block9(v19), false: block7(v18, v19)]
# block7(v23: Ptr(Struct Exception_vtable), v24: Ptr(GcStruct Exception)):
#     v25: Ptr(Struct object_vtable) = cast_pointer(v23)
#     v26: Ptr(GcStruct object) = cast_pointer(v24)
#     goto block8(v25, v26)
# block8(v27: Ptr(Struct object_vtable), v28: Ptr(GcStruct object)):
#     exc_raise(v27, v28)
#     exc_traceback("transforms/exceptions.py:24:checked")
#     goto return(0)
# block9(v29: Ptr(GcStruct Exception)):
#     v30: Ptr(GcStruct ValueError) = cast_pointer(v29)
#     goto block10(v30)
# block10(v31: Ptr(GcStruct ValueError)):
#     v32: Ptr(GcStruct BaseException) = cast_pointer(v31)
#     v33: Ptr(GcStruct str) = getfield(v32, "message")
#     v34: Bool = ptr_nonzero(v33)
#     v35: Ptr(GcStruct str) = select(v34, v33, @str.12)
#     v36: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v35, @str.13)
#     v37: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v36)
#     v38: Bool = exc_occurred()
#     branch v38 [true: block12(), false: block11()]
# block11():
#     goto return(-2)
# block12():
#     exc_traceback("transforms/exceptions.py:30:checked")
#     goto return(0)
# }
# graph exceptions.entry_point(v0: Ptr(GcStruct list_str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_str)):
#     v1: Signed = direct_call(&exceptions.checked, @str.12)
#     v2: Bool = exc_occurred()
#     branch v2 [true: block10(), false: block1(v1)]
# block1(v3: Signed):
#     v4: Signed = direct_call(&exceptions.checked, @str_x)
#     v5: Bool = exc_occurred()
#     branch v5 [true: block9(), false: block2(v3, v4)]
# block2(v6: Signed, v7: Signed):
#     v8: Signed = direct_call(&exceptions.checked, @str_12)
#     v9: Bool = exc_occurred()
#     branch v9 [true: block8(), false: block3(v6, v7, v8)]
# block3(v10: Signed, v11: Signed, v12: Signed):
#     v13: Signed = direct_call(&exceptions.careful, U'3')
#     v14: Bool = exc_occurred()
#     branch v14 [true: block7(), false: block4(v10, v11, v12, v13)]
# block4(v15: Signed, v16: Signed, v17: Signed, v18: Signed):
#     v19: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v15)
#     v20: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v16)
#     v21: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v17)
#     v22: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v18)
#     v23: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v19, @str.14, v20, @str.14, v21, @str.14, v22, @str.13)
#     v24: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v23)
#     v25: Bool = exc_occurred()
#     branch v25 [true: block6(), false: block5()]
# block5():
#     goto return(0)
# block6():
#     exc_traceback("transforms/exceptions.py:43:entry_point")
#     goto return(0)
# block7():
#     exc_traceback("transforms/exceptions.py:43:entry_point")
#     goto return(0)
# block8():
#     exc_traceback("transforms/exceptions.py:43:entry_point")
#     goto return(0)
# block9():
#     exc_traceback("transforms/exceptions.py:43:entry_point")
#     goto return(0)
# block10():
#     exc_traceback("transforms/exceptions.py:43:entry_point")
#     goto return(0)
# }
# graph exceptions.parse(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Bool = direct_call(&kiln_str_eq: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v0, @str.12)
#     branch v1 [true: block4(), false: block1(v0)]
# block1(v2: Ptr(GcStruct str)):
#     v3: Signed = direct_call(&kiln_str_to_int: Ptr(Func(Ptr(GcStruct str), Signed) -> Signed), v2, 10)
#     v4: Bool = exc_occurred()
#     branch v4 [true: block3(), false: block2(v3)]
# block2(v5: Signed):
#     goto return(v5)
# block3():
#     exc_traceback("transforms/exceptions.py:21:parse")
#     goto return(0)
# block4():
#     v6: Ptr(GcStruct exceptions.ParseError) = malloc(<GcStruct exceptions.ParseError>)
#     v7: Ptr(GcStruct object) = cast_pointer(v6)
#     v8: Ptr(Struct object_vtable) = cast_pointer(@vtable_exceptions.ParseError)
#     setfield(v7, "typeptr", v8)
#     v9: Ptr(GcStruct BaseException) = cast_pointer(v6)
#     setfield(v9, "message", @str_empty)
#     v10: Ptr(Struct object_vtable) = cast_pointer(@vtable_exceptions.ParseError)
#     v11: Ptr(GcStruct object) = cast_pointer(v6)
#     goto block5(v10, v11)
# block5(v12: Ptr(Struct object_vtable), v13: Ptr(GcStruct object)):
#     exc_raise(v12, v13)
#     exc_traceback("transforms/exceptions.py:20:parse")
#     goto return(0)
# }
