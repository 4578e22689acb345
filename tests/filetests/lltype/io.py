# test: lltype
# functions: write_text read_binary read_lines count_lines numbered seek_tell console env_and_paths clocks low_level exit_early
# Files (Ptr(GcStruct file {stream: Ptr(Opaque FILE), flags})) and the os, sys and time
# functions: one runtime helper call each; iter(f) is f; `with` is file_enter and file_close.
import os
import sys
import time


def write_text(path, lines):
    with open(path, "w") as f:
        for line in lines:
            f.write(line + "\n")
        f.flush()


def read_binary(path):
    f = open(path, "rb")
    data = f.read(4)
    rest = f.read()
    f.close()
    return len(data) + len(rest)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
        return first.strip() + " (+%d more)" % len(f.readlines())


def count_lines(path):
    n = 0
    with open(path) as f:
        for line in f:
            n += len(line)
    return n


def numbered(path):
    f = open(path)
    total = 0
    for i, line in enumerate(f, 1):
        total += i * len(line)
    f.close()
    f = open(path)
    lines = list(f)
    f.close()
    return total + len(lines)


def seek_tell(path):
    f = open(path, mode="rb")
    f.seek(2)
    f.seek(-1, 2)
    pos = f.tell()
    f.close()
    return pos


def console(msg):
    n = sys.stdout.write(msg + "\n")
    sys.stderr.write("to stderr\n")
    sys.stdout.flush()
    return n


def env_and_paths(name):
    home = os.environ.get(name, "/")
    other = os.getenv(name)
    joined = os.path.join(home, "a", os.path.basename("/x/y"))
    return joined, os.path.dirname("/x/y"), other is None, os.path.exists(home)


def clocks():
    return time.time() > 0.0 and time.perf_counter() >= 0.0


def low_level(path):
    fd = os.open(path, 0)
    data = os.read(fd, 10)
    os.close(fd)
    os.write(1, data + b"\n")
    os.unlink(path)
    return len(data)


def exit_early(code):
    if code > 100:
        sys.exit(code)
    if code > 50:
        sys.exit("too big")
    if code < 0:
        sys.exit()
    return code


def entry_point(argv):
    path = "/tmp/kiln_lltype_io_%d.txt" % len(argv)
    write_text(path, ["one", "two", "three"])
    print(read_binary(path), read_lines(path), count_lines(path), numbered(path), seek_tell(path))
    print(console("hello"))
    print(env_and_paths("KILN_SURELY_UNSET_VARIABLE"))
    print(clocks())
    print(low_level(path))
    print(exit_early(len(argv)))
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph io.clocks() -> Bool raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0():
#     v0: Float = direct_call(&kiln_time_time: Ptr(Func() -> Float))
#     v1: Bool = float_gt(v0, 0.0)
#     branch v1 [true: block1(), false: return(v1)]
# block1():
#     v2: Float = direct_call(&kiln_time_perf_counter: Ptr(Func() -> Float))
#     v3: Bool = float_ge(v2, 0.0)
#     goto return(v3)
# }
# graph io.console(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.1)
#     v2: Signed = direct_call(&kiln_sys_stdout_write: Ptr(Func(Ptr(GcStruct str)) -> Signed), v1)
#     v3: Signed = direct_call(&kiln_sys_stderr_write: Ptr(Func(Ptr(GcStruct str)) -> Signed), @str.2)
#     v4: Void = direct_call(&kiln_sys_stdout_flush: Ptr(Func() -> Void))
#     goto return(v2)
# }
# graph io.count_lines(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct file) = direct_call(&kiln_file_open: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct file)), v0, @str_r, null: Ptr(GcStruct str))
#     v2: Ptr(GcStruct file) = direct_call(&kiln_file_enter: Ptr(Func(Ptr(GcStruct file)) -> Ptr(GcStruct file)), v1)
#     goto block1(0, v1, v2)
# block1(v3: Signed, v4: Ptr(GcStruct file), v5: Ptr(GcStruct file)):
#     v6: Ptr(GcStruct str) = direct_call(&kiln_file_next: Ptr(Func(Ptr(GcStruct file)) -> Ptr(GcStruct str)), v5)
#     exits [normal: block5(v3, v4, v5, v6), except @vtable_StopIteration as (v7: Ptr(Struct object_vtable), v8: Ptr(GcStruct StopIteration)): block4(v3, v4), except @vtable_BaseException as (v9: Ptr(Struct object_vtable), v10: Ptr(GcStruct BaseException)): block2(v9, v10, v3, v4)]
# block2(v11: Ptr(Struct object_vtable), v12: Ptr(GcStruct BaseException), v13: Signed, v14: Ptr(GcStruct file)):
#     v15: Ptr(Struct BaseException_vtable) = cast_pointer(v11)
#     goto block3(v15, v12, v13, v14)
# block3(v16: Ptr(Struct BaseException_vtable), v17: Ptr(GcStruct BaseException), v18: Signed, v19: Ptr(GcStruct file)):
#     v20: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v19)
#     v21: Ptr(Struct object_vtable) = cast_pointer(v16)
#     v22: Ptr(GcStruct object) = cast_pointer(v17)
#     goto raise(v21, v22)
# block4(v23: Signed, v24: Ptr(GcStruct file)):
#     v25: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v24)
#     goto return(v23)
# block5(v26: Signed, v27: Ptr(GcStruct file), v28: Ptr(GcStruct file), v29: Ptr(GcStruct str)):
#     v30: Signed = getfield(v29, "length")
#     goto block6(v26, v27, v28, v30)
# block6(v31: Signed, v32: Ptr(GcStruct file), v33: Ptr(GcStruct file), v34: Signed):
#     v35: Signed = int_add(v31, v34)
#     goto block1(v35, v32, v33)
# }
# graph io.env_and_paths(v0: Ptr(GcStruct str)) -> Ptr(GcStruct tuple4_str_str_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct str) = direct_call(&kiln_os_getenv: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.10)
#     v2: Ptr(GcStruct str) = direct_call(&kiln_os_getenv: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, null: Ptr(GcStruct str))
#     v3: Ptr(GcStruct str) = direct_call(&kiln_os_path_basename: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.11)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_os_path_join: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v1, @str_a, v3)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_os_path_dirname: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.11)
#     v6: Bool = ptr_iszero(v2)
#     v7: Bool = direct_call(&kiln_os_path_exists: Ptr(Func(Ptr(GcStruct str)) -> Bool), v1)
#     v8: Ptr(GcStruct tuple4_str_str_Bool_Bool) = malloc(<GcStruct tuple4_str_str_Bool_Bool>)
#     setfield(v8, "item0", v4)
#     setfield(v8, "item1", v5)
#     setfield(v8, "item2", v6)
#     setfield(v8, "item3", v7)
#     goto return(v8)
# }
# graph io.exit_early(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 100)
#     branch v1 [true: block7(v0), false: block1(v0)]
# block1(v2: Signed):
#     v3: Bool = int_gt(v2, 50)
#     branch v3 [true: block5(v2), false: block2(v2)]
# block2(v4: Signed):
#     v5: Bool = int_lt(v4, 0)
#     branch v5 [true: block3(v4), false: return(v4)]
# block3(v6: Signed):
#     v7: Void = direct_call(&kiln_sys_exit: Ptr(Func() -> Void))
#     goto block4()
# block4():
#     unreachable
# block5(v8: Signed):
#     v9: Void = direct_call(&kiln_sys_exit: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.12)
#     goto block6()
# block6():
#     unreachable
# block7(v10: Signed):
#     v11: Void = direct_call(&kiln_sys_exit: Ptr(Func(Signed) -> Void), v10)
#     goto block8()
# block8():
#     unreachable
# }
# graph io.low_level(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Signed = direct_call(&kiln_os_open: Ptr(Func(Ptr(GcStruct str), Signed, Signed) -> Signed), v0, 0, 511)
#     v2: Ptr(GcStruct str) = direct_call(&kiln_os_read: Ptr(Func(Signed, Signed) -> Ptr(GcStruct str)), v1, 10)
#     v3: Void = direct_call(&kiln_os_close: Ptr(Func(Signed) -> Void), v1)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v2, @str.1)
#     v5: Signed = direct_call(&kiln_os_write: Ptr(Func(Signed, Ptr(GcStruct str)) -> Signed), 1, v4)
#     v6: Void = direct_call(&kiln_os_unlink: Ptr(Func(Ptr(GcStruct str)) -> Void), v0)
#     v7: Signed = getfield(v2, "length")
#     goto return(v7)
# }
# graph io.numbered(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct file) = direct_call(&kiln_file_open: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct file)), v0, @str_r, null: Ptr(GcStruct str))
#     v2: Ptr(GcStruct enumerate_file) = malloc(<GcStruct enumerate_file>)
#     setfield(v2, "iter", v1)
#     setfield(v2, "index", 1)
#     goto block1(v0, v1, 0, v2)
# block1(v3: Ptr(GcStruct str), v4: Ptr(GcStruct file), v5: Signed, v6: Ptr(GcStruct enumerate_file)):
#     v7: Ptr(GcStruct tuple2_Signed_str) = direct_call(&kiln_enumerate_next: Ptr(Func(Ptr(GcStruct enumerate_file)) -> Ptr(GcStruct tuple2_Signed_str)), v6)
#     exits [normal: block3(v3, v4, v5, v6, v7), except @vtable_StopIteration as (v8: Ptr(Struct object_vtable), v9: Ptr(GcStruct StopIteration)): block2(v3, v4, v5)]
# block2(v10: Ptr(GcStruct str), v11: Ptr(GcStruct file), v12: Signed):
#     v13: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v11)
#     v14: Ptr(GcStruct file) = direct_call(&kiln_file_open: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct file)), v10, @str_r, null: Ptr(GcStruct str))
#     v15: Ptr(GcArray(Ptr(GcStruct str))) = direct_call(&kiln_file_readlines: Ptr(Func(Ptr(GcStruct file)) -> Ptr(GcArray(Ptr(GcStruct str)))), v14)
#     v16: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v14)
#     v17: Signed = getarraysize(v15)
#     v18: Signed = int_add(v12, v17)
#     goto return(v18)
# block3(v19: Ptr(GcStruct str), v20: Ptr(GcStruct file), v21: Signed, v22: Ptr(GcStruct enumerate_file), v23: Ptr(GcStruct tuple2_Signed_str)):
#     v24: Signed = getfield(v23, "item0")
#     v25: Ptr(GcStruct str) = getfield(v23, "item1")
#     v26: Signed = getfield(v25, "length")
#     v27: Signed = int_mul(v24, v26)
#     v28: Signed = int_add(v21, v27)
#     goto block1(v19, v20, v28, v22)
# }
# graph io.read_binary(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct file) = direct_call(&kiln_file_open: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct file)), v0, @str_rb, null: Ptr(GcStruct str))
#     v2: Ptr(GcStruct str) = direct_call(&kiln_file_read: Ptr(Func(Ptr(GcStruct file), Signed) -> Ptr(GcStruct str)), v1, 4)
#     v3: Ptr(GcStruct str) = direct_call(&kiln_file_read: Ptr(Func(Ptr(GcStruct file), Signed) -> Ptr(GcStruct str)), v1, -1)
#     v4: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v1)
#     v5: Signed = getfield(v2, "length")
#     v6: Signed = getfield(v3, "length")
#     v7: Signed = int_add(v5, v6)
#     goto return(v7)
# }
# graph io.read_lines(v0: Ptr(GcStruct str)) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct file) = direct_call(&kiln_file_open: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct file)), v0, @str_r, @str.13)
#     v2: Ptr(GcStruct file) = direct_call(&kiln_file_enter: Ptr(Func(Ptr(GcStruct file)) -> Ptr(GcStruct file)), v1)
#     goto block1(v2, v1, v2)
# block1(v3: Ptr(GcStruct file), v4: Ptr(GcStruct file), v5: Ptr(GcStruct file)):
#     v6: Ptr(GcStruct str) = direct_call(&kiln_file_readline: Ptr(Func(Ptr(GcStruct file)) -> Ptr(GcStruct str)), v5)
#     exits [normal: block3(v3, v4, v6), except @vtable_BaseException as (v7: Ptr(Struct object_vtable), v8: Ptr(GcStruct BaseException)): block2(v7, v8, v4)]
# block2(v9: Ptr(Struct object_vtable), v10: Ptr(GcStruct BaseException), v11: Ptr(GcStruct file)):
#     v12: Ptr(Struct BaseException_vtable) = cast_pointer(v9)
#     goto block14(v12, v10, v11)
# block3(v13: Ptr(GcStruct file), v14: Ptr(GcStruct file), v15: Ptr(GcStruct str)):
#     goto block4(v13, v14, v15)
# block4(v16: Ptr(GcStruct file), v17: Ptr(GcStruct file), v18: Ptr(GcStruct str)):
#     v19: Ptr(GcStruct str) = direct_call(&kiln_str_strip: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), v18, null: Ptr(GcStruct str), 0)
#     exits [normal: block6(v16, v17, v19), except @vtable_BaseException as (v20: Ptr(Struct object_vtable), v21: Ptr(GcStruct BaseException)): block5(v20, v21, v17)]
# block5(v22: Ptr(Struct object_vtable), v23: Ptr(GcStruct BaseException), v24: Ptr(GcStruct file)):
#     v25: Ptr(Struct BaseException_vtable) = cast_pointer(v22)
#     goto block14(v25, v23, v24)
# block6(v26: Ptr(GcStruct file), v27: Ptr(GcStruct file), v28: Ptr(GcStruct str)):
#     goto block7(v27, v28, v26)
# block7(v29: Ptr(GcStruct file), v30: Ptr(GcStruct str), v31: Ptr(GcStruct file)):
#     v32: Ptr(GcArray(Ptr(GcStruct str))) = direct_call(&kiln_file_readlines: Ptr(Func(Ptr(GcStruct file)) -> Ptr(GcArray(Ptr(GcStruct str)))), v31)
#     exits [normal: block9(v29, v30, v32), except @vtable_BaseException as (v33: Ptr(Struct object_vtable), v34: Ptr(GcStruct BaseException)): block8(v33, v34, v29)]
# block8(v35: Ptr(Struct object_vtable), v36: Ptr(GcStruct BaseException), v37: Ptr(GcStruct file)):
#     v38: Ptr(Struct BaseException_vtable) = cast_pointer(v35)
#     goto block14(v38, v36, v37)
# block9(v39: Ptr(GcStruct file), v40: Ptr(GcStruct str), v41: Ptr(GcArray(Ptr(GcStruct str)))):
#     v42: Signed = getarraysize(v41)
#     goto block10(v39, v40, v42)
# block10(v43: Ptr(GcStruct file), v44: Ptr(GcStruct str), v45: Signed):
#     v46: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v45)
#     v47: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.14, v46, @str.15)
#     exits [normal: block12(v43, v44, v47), except @vtable_BaseException as (v48: Ptr(Struct object_vtable), v49: Ptr(GcStruct BaseException)): block11(v48, v49, v43)]
# block11(v50: Ptr(Struct object_vtable), v51: Ptr(GcStruct BaseException), v52: Ptr(GcStruct file)):
#     v53: Ptr(Struct BaseException_vtable) = cast_pointer(v50)
#     goto block14(v53, v51, v52)
# block12(v54: Ptr(GcStruct file), v55: Ptr(GcStruct str), v56: Ptr(GcStruct str)):
#     v57: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v55, v56)
#     exits [normal: block15(v54, v57), except @vtable_BaseException as (v58: Ptr(Struct object_vtable), v59: Ptr(GcStruct BaseException)): block13(v58, v59, v54)]
# block13(v60: Ptr(Struct object_vtable), v61: Ptr(GcStruct BaseException), v62: Ptr(GcStruct file)):
#     v63: Ptr(Struct BaseException_vtable) = cast_pointer(v60)
#     goto block14(v63, v61, v62)
# block14(v64: Ptr(Struct BaseException_vtable), v65: Ptr(GcStruct BaseException), v66: Ptr(GcStruct file)):
#     v67: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v66)
#     v68: Ptr(Struct object_vtable) = cast_pointer(v64)
#     v69: Ptr(GcStruct object) = cast_pointer(v65)
#     goto raise(v68, v69)
# block15(v70: Ptr(GcStruct file), v71: Ptr(GcStruct str)):
#     v72: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v70)
#     goto return(v71)
# }
# graph io.seek_tell(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcStruct file) = direct_call(&kiln_file_open: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct file)), v0, @str_rb, null: Ptr(GcStruct str))
#     v2: Signed = direct_call(&kiln_file_seek: Ptr(Func(Ptr(GcStruct file), Signed, Signed) -> Signed), v1, 2, 0)
#     v3: Signed = direct_call(&kiln_file_seek: Ptr(Func(Ptr(GcStruct file), Signed, Signed) -> Signed), v1, -1, 2)
#     v4: Signed = direct_call(&kiln_file_tell: Ptr(Func(Ptr(GcStruct file)) -> Signed), v1)
#     v5: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v1)
#     goto return(v4)
# }
# graph io.write_text(v0: Ptr(GcStruct str), v1: Ptr(GcArray(Ptr(GcStruct str)))) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Ptr(GcArray(Ptr(GcStruct str)))):
#     v2: Ptr(GcStruct file) = direct_call(&kiln_file_open: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct file)), v0, @str_w, null: Ptr(GcStruct str))
#     v3: Ptr(GcStruct file) = direct_call(&kiln_file_enter: Ptr(Func(Ptr(GcStruct file)) -> Ptr(GcStruct file)), v2)
#     v4: Ptr(GcStruct arrayiter_str) = malloc(<GcStruct arrayiter_str>)
#     setfield(v4, "list", v1)
#     goto block1(v3, v2, v4)
# block1(v5: Ptr(GcStruct file), v6: Ptr(GcStruct file), v7: Ptr(GcStruct arrayiter_str)):
#     v8: Ptr(GcStruct str) = direct_call(&kiln_listiter_next: Ptr(Func(Ptr(GcStruct arrayiter_str)) -> Ptr(GcStruct str)), v7)
#     exits [normal: block7(v5, v6, v7, v8), except @vtable_StopIteration as (v9: Ptr(Struct object_vtable), v10: Ptr(GcStruct StopIteration)): block3(v5, v6), except @vtable_BaseException as (v11: Ptr(Struct object_vtable), v12: Ptr(GcStruct BaseException)): block2(v11, v12, v6)]
# block2(v13: Ptr(Struct object_vtable), v14: Ptr(GcStruct BaseException), v15: Ptr(GcStruct file)):
#     v16: Ptr(Struct BaseException_vtable) = cast_pointer(v13)
#     goto block12(v16, v14, v15)
# block3(v17: Ptr(GcStruct file), v18: Ptr(GcStruct file)):
#     goto block4(v18, v17)
# block4(v19: Ptr(GcStruct file), v20: Ptr(GcStruct file)):
#     v21: Void = direct_call(&kiln_file_flush: Ptr(Func(Ptr(GcStruct file)) -> Void), v20)
#     exits [normal: block6(v19), except @vtable_BaseException as (v22: Ptr(Struct object_vtable), v23: Ptr(GcStruct BaseException)): block5(v22, v23, v19)]
# block5(v24: Ptr(Struct object_vtable), v25: Ptr(GcStruct BaseException), v26: Ptr(GcStruct file)):
#     v27: Ptr(Struct BaseException_vtable) = cast_pointer(v24)
#     goto block12(v27, v25, v26)
# block6(v28: Ptr(GcStruct file)):
#     v29: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v28)
#     goto return("")
# block7(v30: Ptr(GcStruct file), v31: Ptr(GcStruct file), v32: Ptr(GcStruct arrayiter_str), v33: Ptr(GcStruct str)):
#     goto block8(v30, v33, v31, v32, v30)
# block8(v34: Ptr(GcStruct file), v35: Ptr(GcStruct str), v36: Ptr(GcStruct file), v37: Ptr(GcStruct arrayiter_str), v38: Ptr(GcStruct file)):
#     v39: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v35, @str.1)
#     exits [normal: block10(v34, v36, v37, v38, v39), except @vtable_BaseException as (v40: Ptr(Struct object_vtable), v41: Ptr(GcStruct BaseException)): block9(v40, v41, v36)]
# block9(v42: Ptr(Struct object_vtable), v43: Ptr(GcStruct BaseException), v44: Ptr(GcStruct file)):
#     v45: Ptr(Struct BaseException_vtable) = cast_pointer(v42)
#     goto block12(v45, v43, v44)
# block10(v46: Ptr(GcStruct file), v47: Ptr(GcStruct file), v48: Ptr(GcStruct arrayiter_str), v49: Ptr(GcStruct file), v50: Ptr(GcStruct str)):
#     v51: Signed = direct_call(&kiln_file_write: Ptr(Func(Ptr(GcStruct file), Ptr(GcStruct str)) -> Signed), v49, v50)
#     exits [normal: block1(v46, v47, v48), except @vtable_BaseException as (v52: Ptr(Struct object_vtable), v53: Ptr(GcStruct BaseException)): block11(v52, v53, v47)]
# block11(v54: Ptr(Struct object_vtable), v55: Ptr(GcStruct BaseException), v56: Ptr(GcStruct file)):
#     v57: Ptr(Struct BaseException_vtable) = cast_pointer(v54)
#     goto block12(v57, v55, v56)
# block12(v58: Ptr(Struct BaseException_vtable), v59: Ptr(GcStruct BaseException), v60: Ptr(GcStruct file)):
#     v61: Void = direct_call(&kiln_file_close: Ptr(Func(Ptr(GcStruct file)) -> Void), v60)
#     v62: Ptr(Struct object_vtable) = cast_pointer(v58)
#     v63: Ptr(GcStruct object) = cast_pointer(v59)
#     goto raise(v62, v63)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct StopIteration size=16 align=8 { super: GcStruct Exception @0 }
# Struct StopIteration_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple4_str_str_Bool_Bool size=24 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Bool @16, item3: Bool @17 }
# GcStruct file size=16 align=8 { stream: Ptr(Opaque FILE) @0, flags: Signed @8 }
# GcStruct enumerate_file size=16 align=8 { iter: Ptr(GcStruct file) @0, index: Signed @8 }
# GcStruct tuple2_Signed_str size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8 }
# GcStruct arrayiter_str size=16 align=8 { list: Ptr(GcArray(Ptr(GcStruct str))) @0, index: Signed @8 }
# prebuilt @str.1: GcStruct str = {hash: 0, length: 1, chars: "\x0a"}
# prebuilt @str.10: GcStruct str = {hash: 0, length: 1, chars: "/"}
# prebuilt @str.11: GcStruct str = {hash: 0, length: 4, chars: "/x/y"}
# prebuilt @str.12: GcStruct str = {hash: 0, length: 7, chars: "too big"}
# prebuilt @str.13: GcStruct str = {hash: 0, length: 5, chars: "utf-8"}
# prebuilt @str.14: GcStruct str = {hash: 0, length: 3, chars: " (+"}
# prebuilt @str.15: GcStruct str = {hash: 0, length: 6, chars: " more)"}
# prebuilt @str.2: GcStruct str = {hash: 0, length: 10, chars: "to stderr\x0a"}
# prebuilt @str_BaseException: GcStruct str = {hash: 0, length: 13, chars: "BaseException"}
# prebuilt @str_StopIteration: GcStruct str = {hash: 0, length: 13, chars: "StopIteration"}
# prebuilt @str_a: GcStruct str = {hash: 0, length: 1, chars: "a"}
# prebuilt @str_r: GcStruct str = {hash: 0, length: 1, chars: "r"}
# prebuilt @str_rb: GcStruct str = {hash: 0, length: 2, chars: "rb"}
# prebuilt @str_w: GcStruct str = {hash: 0, length: 1, chars: "w"}
# prebuilt @vtable_BaseException: Struct BaseException_vtable = {super: {subclassrange_min: 1, subclassrange_max: 4, name: @str_BaseException}}
# prebuilt @vtable_StopIteration: Struct StopIteration_vtable = {super: {super: {super: {subclassrange_min: 3, subclassrange_max: 4, name: @str_StopIteration}}}}
