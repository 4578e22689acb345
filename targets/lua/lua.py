# targets/lua -- a Lua 5.4 interpreter in kiln Python, written for a meta-tracing JIT.
#
#   PYTHONPATH=lib python3 targets/lua/lua.py SCRIPT.lua [ARGS...]      (on CPython)
#   build/kiln translate targets/lua/lua.py -o lua && ./lua SCRIPT.lua [ARGS...]
#   lua.py -e 'CODE'       run a string;   lua.py --dis SCRIPT.lua   list the bytecode
#
# The pipeline: llex (tokens) -> lparser (syntax tree with resolved names, last.py) ->
# lcompiler (register bytecode, lopcodes.py) -> lvm (the dispatch loop, with a JitDriver; its
# parts lframe, lcoro (pcall & coroutines), lerror (errors and to-be-closed variables), lops
# (operations and metamethods), ldebug (names for messages)). Values are W_Value instances
# (lobject, ltable, lnumber); the libraries are lbaselib (base, coroutine, package), lstrlib
# (+ lpattern, lstrpack), ltablib, lmathlib, loslib (os and io), ldblib (debug, partial) and
# lutf8lib; lauxlib has their argument checks.
# Errors are reported as lua5.4 does: "lua: script.lua:3: attempt to ..." on stderr, status 1.
import os
import time

from lobject import W_String, W_Int, W_Closure, W_Cell, W_Nil, W_Number, w_nil
from ltable import W_Table
from lops import LuaError
from lvm import LuaVM, write_fd
from llex import LuaSyntaxError
from lopcodes import disassemble
from lbaselib import open_base, compile_source, read_file, skip_shebang
from lstrlib import open_string
from ltablib import open_table
from lmathlib import open_math, RandomState
from ldblib import open_debug
from lutf8lib import open_utf8
from loslib import open_os_io, LuaExit
from lauxlib import setfield, tostring_basic


def new_vm():
    vm = LuaVM()
    vm.random_state = RandomState()
    vm.start_time = time.perf_counter()
    open_base(vm)
    open_string(vm)
    open_table(vm)
    open_math(vm)
    open_os_io(vm)
    open_debug(vm)
    open_utf8(vm)
    return vm


def error_message(vm, e):
    """The message lua.c prints for an uncaught error value."""
    v = e.w_value
    if isinstance(v, W_String):
        return v.s
    if isinstance(v, W_Number):
        return tostring_basic(v)
    mt = vm.get_metatable(v)
    if mt is not None and not isinstance(mt.get_str("__tostring"), W_Nil):
        try:
            results = vm.call_function(mt.get_str("__tostring"), [v])
            if len(results) > 0 and isinstance(results[0], W_String):
                r = results[0]
                assert isinstance(r, W_String)
                return r.s
        except LuaError:
            pass
    return "(error object is a %s value)" % v.typename()


def report(vm, progname, msg):
    vm.flush()
    write_fd(2, "%s: %s\nstack traceback:\n\t[C]: in ?\n" % (progname, msg))


def report_error(vm, progname, e):
    vm.flush()
    tb = "stack traceback:\n\t[C]: in ?"
    frame = e.tb_frame
    if frame is not None:
        tb = vm.traceback(frame)
    write_fd(2, "%s: %s\n%s\n" % (progname, error_message(vm, e), tb))


def run_chunk(vm, progname, source, chunkname, args):
    try:
        proto = compile_source(source, chunkname)
    except LuaSyntaxError as e:
        report(vm, progname, e.msg)
        return 1
    main = W_Closure(proto, [W_Cell(vm.globals)])
    try:
        vm.call_function(main, args)
    except LuaError as e:
        report_error(vm, progname, e)
        return 1
    except LuaExit as e:
        vm.flush()
        return e.status
    vm.flush()
    return 0


def entry_point(argv):
    progname = "lua"
    vm = new_vm()
    # LUA_UNBUFFERED=1: write output at once (to see how far a crashing program got)
    vm.unbuffered = os.environ.get("LUA_UNBUFFERED") is not None
    if len(argv) < 2:
        write_fd(2, "usage: %s [--dis] [-e CODE] SCRIPT.lua [ARGS...]\n" % progname)
        return 1
    i = 1
    dis = False
    while i < len(argv):
        a = argv[i]
        if a == "--dis":
            dis = True
            i += 1
        elif a == "-e" and i + 1 < len(argv):
            status = run_chunk(vm, progname, argv[i + 1], "=(command line)", [])
            if status != 0:
                return status
            i += 2
        else:
            break
    if i >= len(argv):
        return 0
    script = argv[i]
    argt = W_Table()
    argt.set_int(-i, W_String(argv[0]))
    script_args = []
    for k in range(i, len(argv)):
        argt.set_int(k - i, W_String(argv[k]))
        if k > i:
            script_args.append(W_String(argv[k]))
    setfield(vm.globals, "arg", argt)
    source = read_file(script)
    if source is None:
        report(vm, progname, "cannot open %s" % script)
        return 1
    source = skip_shebang(source)
    if dis:
        try:
            proto = compile_source(source, "@" + script)
        except LuaSyntaxError as e:
            report(vm, progname, e.msg)
            return 1
        write_fd(1, disassemble(proto) + "\n")
        return 0
    return run_chunk(vm, progname, source, "@" + script, script_args)


def target(driver, args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.setrecursionlimit(100000)
    sys.exit(entry_point(sys.argv))
