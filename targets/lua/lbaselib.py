# targets/lua: the base library (print, type, pairs, pcall, load, require, ...) and the
# coroutine library.
import os

from kiln import rgc
from kiln.rarithmetic import intmask

from lobject import (W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Function, W_Builtin,
                     W_Closure, W_Cell, W_Userdata, w_nil, w_true, w_false, newbool,
                     bytes_to_str, isspace, isalnum, isdigit, isalpha, hexvalue)
from ltable import W_Table
from lops import LuaError, arg_error, caller_error, runtime_error, raw_equals, tostr_basic, to_number
from lvm import (W_Coroutine, K_NORMAL, K_PAIRS, K_PCALL, K_XPCALL, K_YIELD, K_RESUME, K_WRAP,
                 CO_SUSPENDED, CO_RUNNING, CO_NORMAL, CO_DEAD, RET_PCALL, RET_BASE)
from lauxlib import (arg, check_any, check_table, check_int, opt_int, check_str, opt_str,
                     check_function, type_error, tostring_meta, register, setfield)
from llex import LuaSyntaxError
from lparser import parse
from lcompiler import compile_chunk
from lnumber import MAXINT


# -- Loading chunks -------------------------------------------------------------------------

def compile_source(source, chunkname):
    """The Proto of a chunk; raises LuaSyntaxError."""
    p = parse(source, chunkname)
    body = p.body
    env = p.env_var
    assert body is not None and env is not None
    return compile_chunk(body, env, chunkname)


def load_chunk(vm, source, chunkname, env):
    proto = compile_source(source, chunkname)
    return W_Closure(proto, [W_Cell(env)])


def read_file(path):
    """The contents of a file as a Lua string, or None if it cannot be read."""
    try:
        f = open(path, "rb")
        data = f.read()
        f.close()
    except OSError:
        return None
    return bytes_to_str(data)


def skip_shebang(source):
    if source.startswith("#"):
        nl = source.find("\n")
        if nl < 0:
            return ""
        return "--" + source[nl:]
    return source


# -- Base functions -------------------------------------------------------------------------

def b_print(vm, args):
    parts = []
    for v in args:
        parts.append(tostring_meta(vm, v))
    vm.write("\t".join(parts) + "\n")
    return []


def b_type(vm, args):
    v = check_any(vm, args, 0)
    return [W_String(v.typename())]


def b_tostring(vm, args):
    v = check_any(vm, args, 0)
    return [W_String(tostring_meta(vm, v))]


def b_tonumber(vm, args):
    if len(args) < 2 or isinstance(args[1], W_Nil):
        v = check_any(vm, args, 0)
        n = to_number(v)
        if n is None:
            return [w_nil]
        return [n]
    base = check_int(vm, args, 1)
    v = arg(args, 0)
    if not isinstance(v, W_String):
        raise type_error(vm, args, 0, "string")
    if base < 2 or base > 36:
        raise arg_error(2, "base out of range")
    s = v.s
    i = 0
    n = len(s)
    while i < n and isspace(s[i]):
        i += 1
    neg = False
    if i < n and s[i] == "-":
        neg = True
        i += 1
    elif i < n and s[i] == "+":
        i += 1
    if i >= n or not isalnum(s[i]):
        return [w_nil]
    value = 0
    while i < n and isalnum(s[i]):
        c = s[i]
        if isdigit(c):
            d = ord(c) - 48
        else:
            d = (ord(c) | 32) - ord("a") + 10
        if d >= base:
            return [w_nil]
        value = intmask(value * base + d)
        i += 1
    while i < n and isspace(s[i]):
        i += 1
    if i != n:
        return [w_nil]
    if neg:
        value = intmask(-value)
    return [W_Int(value)]


def b_ipairs_aux(vm, args):
    i = intmask(check_int(vm, args, 1) + 1)
    t = arg(args, 0)
    if isinstance(t, W_Table) and t.metatable is None:
        v = t.get_int(i)
    else:
        v = vm.index_host(t, W_Int(i))
    if isinstance(v, W_Nil):
        return [w_nil]
    return [W_Int(i), v]


def b_ipairs(vm, args):
    t = check_any(vm, args, 0)
    return [vm.w_ipairs_aux, t, W_Int(0)]


def b_next(vm, args):
    t = check_table(vm, args, 0)
    pos = t.position_after(arg(args, 1))
    if pos < 0:
        raise runtime_error("invalid key to 'next'", None)
    p = t.next_position(pos)
    if p < 0:
        return [w_nil]
    return [t.key_at(p), t.value_at(p)]


def b_pairs(vm, args):
    t = check_any(vm, args, 0)
    mm = vm.metamethod(t, "__pairs")
    if not isinstance(mm, W_Nil):
        results = vm.call_function(mm, [t])
        out = []
        for i in range(3):
            out.append(results[i] if i < len(results) else w_nil)
        return out
    w_next = vm.w_next
    assert w_next is not None
    return [w_next, t, w_nil]


def b_select(vm, args):
    n = arg(args, 0)
    if isinstance(n, W_String) and n.s == "#":
        return [W_Int(len(args) - 1)]
    i = check_int(vm, args, 0)
    if i < 0:
        i = len(args) - 1 + i
        if i < 0:
            raise arg_error(1, "index out of range")
        return args[1 + i:]
    if i == 0:
        raise arg_error(1, "index out of range")
    if i >= len(args):
        return []
    return args[i:]


def b_rawget(vm, args):
    t = check_table(vm, args, 0)
    check_any(vm, args, 1)
    return [t.get(args[1])]


def b_rawset(vm, args):
    t = check_table(vm, args, 0)
    check_any(vm, args, 1)
    check_any(vm, args, 2)
    vm.rawset(t, args[1], args[2])
    return [t]


def b_rawequal(vm, args):
    a = check_any(vm, args, 0)
    b = check_any(vm, args, 1)
    return [newbool(raw_equals(a, b))]


def b_rawlen(vm, args):
    v = arg(args, 0)
    if isinstance(v, W_Table):
        return [W_Int(v.length())]
    if isinstance(v, W_String):
        return [W_Int(len(v.s))]
    raise type_error(vm, args, 0, "table or string")


def b_setmetatable(vm, args):
    t = check_table(vm, args, 0)
    mt = arg(args, 1)
    if not isinstance(mt, W_Nil) and not isinstance(mt, W_Table):
        raise type_error(vm, args, 1, "nil or table")
    old = t.metatable
    if old is not None and not isinstance(old.get_str("__metatable"), W_Nil):
        raise caller_error("cannot change a protected metatable")
    if isinstance(mt, W_Table):
        t.metatable = mt
    else:
        t.metatable = None
    return [t]


def b_getmetatable(vm, args):
    v = check_any(vm, args, 0)
    mt = vm.get_metatable(v)
    if mt is None:
        return [w_nil]
    protected = mt.get_str("__metatable")
    if not isinstance(protected, W_Nil):
        return [protected]
    return [mt]


def b_assert(vm, args):
    v = check_any(vm, args, 0)
    if v.is_true():
        return args
    if len(args) < 2:
        raise caller_error("assertion failed!")
    raise LuaError(args[1])


def b_error(vm, args):
    v = arg(args, 0)
    level = opt_int(vm, args, 1, 1)
    if isinstance(v, W_String) and level > 0:
        v = W_String(vm.error_level_where(level) + v.s)
    raise LuaError(v)


def b_pcall_host(vm, args):
    # only reached through LuaVM.call_builtin_host, which handles K_PCALL itself
    return []


def b_load(vm, args):
    chunk = arg(args, 0)
    if isinstance(chunk, W_String):
        source = chunk.s
        chunkname = opt_str(vm, args, 1, source)
    elif isinstance(chunk, W_Function):
        chunkname = opt_str(vm, args, 1, "=(load)")
        pieces = []
        while True:
            try:
                results = vm.call_function(chunk, [])
            except LuaError as e:
                return [w_nil, e.w_value]
            if len(results) == 0 or isinstance(results[0], W_Nil):
                break
            piece = results[0]
            if not isinstance(piece, W_String):
                return [w_nil, W_String("reader function must return a string")]
            if piece.s == "":
                break
            pieces.append(piece.s)
        source = "".join(pieces)
    else:
        raise type_error(vm, args, 0, "string")
    mode = opt_str(vm, args, 2, "bt")
    if source.startswith("\x1bLua"):
        if mode.find("b") < 0:
            return [w_nil, W_String("attempt to load a binary chunk (mode is '%s')" % mode)]
        return [w_nil, W_String("binary chunks are not supported")]
    if mode.find("t") < 0:
        return [w_nil, W_String("attempt to load a text chunk (mode is '%s')" % mode)]
    env = vm.globals
    try:
        proto = compile_source(source, chunkname)
    except LuaSyntaxError as e:
        return [w_nil, W_String(e.msg)]
    cell = W_Cell(env)
    if len(args) >= 4:
        cell.w_value = args[3]
    return [W_Closure(proto, [cell])]


def b_dofile(vm, args):
    name = opt_str(vm, args, 0, "")
    source = read_file(name)
    if source is None:
        raise caller_error("cannot open %s" % name)
    try:
        proto = compile_source(skip_shebang(source), "@" + name)
    except LuaSyntaxError as e:
        raise LuaError(W_String(e.msg))
    return vm.call_function(W_Closure(proto, [W_Cell(vm.globals)]), [])


def b_loadfile(vm, args):
    name = opt_str(vm, args, 0, "")
    source = read_file(name)
    if source is None:
        return [w_nil, W_String("cannot open %s" % name)]
    try:
        proto = compile_source(skip_shebang(source), "@" + name)
    except LuaSyntaxError as e:
        return [w_nil, W_String(e.msg)]
    cell = W_Cell(vm.globals)
    if len(args) >= 3:
        cell.w_value = args[2]
    return [W_Closure(proto, [cell])]


def b_require(vm, args):
    name = check_str(vm, args, 0)
    v = vm.loaded.get_str(name)
    if v.is_true():
        return [v]
    preload = vm.globals.get_str("package")
    loader = w_nil
    if isinstance(preload, W_Table):
        pt = preload.get_str("preload")
        if isinstance(pt, W_Table):
            loader = pt.get_str(name)
    if not isinstance(loader, W_Nil):
        results = vm.call_function(loader, [W_String(name), W_String(":preload:")])
        r = results[0] if len(results) > 0 else w_nil
        if not isinstance(r, W_Nil):
            vm.loaded.set_str(W_String(name), r)
        if isinstance(vm.loaded.get_str(name), W_Nil):
            vm.loaded.set_str(W_String(name), w_true)
        return [vm.loaded.get_str(name), W_String(":preload:")]
    path = name.replace(".", "/")
    tried = []
    for template in ["./?.lua", "./?/init.lua"]:
        filename = template.replace("?", path)
        source = read_file(filename)
        if source is None:
            tried.append("\n\tno file '%s'" % filename)
            continue
        try:
            proto = compile_source(skip_shebang(source), "@" + filename)
        except LuaSyntaxError as e:
            raise caller_error("error loading module '%s' from file '%s':\n\t%s" % (name, filename, e.msg))
        results = vm.call_function(W_Closure(proto, [W_Cell(vm.globals)]),
                                   [W_String(name), W_String(filename)])
        r = results[0] if len(results) > 0 else w_nil
        if not isinstance(r, W_Nil):
            vm.loaded.set_str(W_String(name), r)
        if isinstance(vm.loaded.get_str(name), W_Nil):
            vm.loaded.set_str(W_String(name), w_true)
        return [vm.loaded.get_str(name), W_String(filename)]
    raise caller_error("module '%s' not found:\n\tno field package.preload['%s']%s" % (
        name, name, "".join(tried)))


def b_collectgarbage(vm, args):
    opt = opt_str(vm, args, 0, "collect")
    if opt == "count":
        size = float(rgc.get_heap_size()) / 1024.0
        return [W_Float(size), W_Int(0)]
    if opt == "collect":
        rgc.collect()
        return [W_Int(0)]
    if opt == "step" or opt == "isrunning":
        return [w_true]
    if opt == "incremental" or opt == "generational":
        return [W_String("incremental")]
    if opt == "stop" or opt == "restart" or opt == "setpause" or opt == "setstepmul":
        return [W_Int(0)]
    raise arg_error(1, "invalid option '%s'" % opt)


# -- Coroutines -----------------------------------------------------------------------------

def check_co(vm, args, i):
    v = arg(args, i)
    if isinstance(v, W_Coroutine):
        return v
    raise type_error(vm, args, i, "thread")


def co_create(vm, args):
    f = check_function(vm, args, 0)
    return [W_Coroutine(f, False)]


def co_status(vm, args):
    co = check_co(vm, args, 0)
    return [W_String(status_name(vm, co))]


def status_name(vm, co):
    if co is vm.current:
        return "running"
    if co.status == CO_SUSPENDED:
        return "suspended"
    if co.status == CO_NORMAL or co.status == CO_RUNNING:
        return "normal"
    return "dead"


def co_running(vm, args):
    return [vm.current, newbool(vm.current.is_main)]


def co_isyieldable(vm, args):
    if len(args) > 0:
        co = check_co(vm, args, 0)
        if co is not vm.current:
            return [newbool(not co.is_main)]
    if vm.current.is_main:
        return [w_false]
    f = vm.frame
    while f is not None:
        if f.ret_kind == RET_BASE:
            return [w_false]
        f = f.parent
    return [w_true]


def co_wrap(vm, args):
    f = check_function(vm, args, 0)
    b = W_Builtin("wrap", b_pcall_host, K_WRAP)
    b.co = W_Coroutine(f, False)
    return [b]


def co_close(vm, args):
    co = check_co(vm, args, 0)
    status = status_name(vm, co)
    if status == "running" or status == "normal":
        raise caller_error("cannot close a %s coroutine" % status)
    err = w_nil
    has_err = False
    frame = co.frame
    if co.status == CO_SUSPENDED and frame is not None:
        # close the pending to-be-closed variables, innermost frame first, running "in" the
        # coroutine (so that it cannot be closed again meanwhile)
        prev = vm.current
        vm.current = co
        co.status = CO_RUNNING
        f = frame
        while f is not None:
            if f.tbc is not None:
                try:
                    err = vm.close_tbc(f, 0, err, has_err)
                except LuaError as e:
                    err = e.w_value
                    has_err = True
            f = f.parent
        vm.current = prev
    co.frame = None
    co.status = CO_DEAD
    if not has_err and co.error_value is not None:
        ev = co.error_value
        assert ev is not None
        err = ev
        has_err = True
        co.error_value = None
    if has_err:
        return [w_false, err]
    return [w_true]


def open_base(vm):
    g = vm.globals
    setfield(g, "_G", g)
    setfield(g, "_VERSION", W_String("Lua 5.4"))
    register(vm, g, "print", "print", b_print, K_NORMAL)
    register(vm, g, "type", "type", b_type, K_NORMAL)
    register(vm, g, "tostring", "tostring", b_tostring, K_NORMAL)
    register(vm, g, "tonumber", "tonumber", b_tonumber, K_NORMAL)
    register(vm, g, "ipairs", "ipairs", b_ipairs, K_NORMAL)
    vm.w_ipairs_aux = W_Builtin("ipairs_aux", b_ipairs_aux, K_NORMAL)
    vm.w_next = register(vm, g, "next", "next", b_next, K_NORMAL)
    register(vm, g, "pairs", "pairs", b_pairs, K_PAIRS)
    register(vm, g, "select", "select", b_select, K_NORMAL)
    register(vm, g, "rawget", "rawget", b_rawget, K_NORMAL)
    register(vm, g, "rawset", "rawset", b_rawset, K_NORMAL)
    register(vm, g, "rawequal", "rawequal", b_rawequal, K_NORMAL)
    register(vm, g, "rawlen", "rawlen", b_rawlen, K_NORMAL)
    register(vm, g, "setmetatable", "setmetatable", b_setmetatable, K_NORMAL)
    register(vm, g, "getmetatable", "getmetatable", b_getmetatable, K_NORMAL)
    register(vm, g, "assert", "assert", b_assert, K_NORMAL)
    register(vm, g, "error", "error", b_error, K_NORMAL)
    register(vm, g, "pcall", "pcall", b_pcall_host, K_PCALL)
    register(vm, g, "xpcall", "xpcall", b_pcall_host, K_XPCALL)
    register(vm, g, "load", "load", b_load, K_NORMAL)
    register(vm, g, "loadfile", "loadfile", b_loadfile, K_NORMAL)
    register(vm, g, "dofile", "dofile", b_dofile, K_NORMAL)
    register(vm, g, "require", "require", b_require, K_NORMAL)
    register(vm, g, "collectgarbage", "collectgarbage", b_collectgarbage, K_NORMAL)

    co = W_Table()
    setfield(g, "coroutine", co)
    register(vm, co, "create", "coroutine.create", co_create, K_NORMAL)
    register(vm, co, "resume", "coroutine.resume", b_pcall_host, K_RESUME)
    register(vm, co, "yield", "coroutine.yield", b_pcall_host, K_YIELD)
    register(vm, co, "status", "coroutine.status", co_status, K_NORMAL)
    register(vm, co, "running", "coroutine.running", co_running, K_NORMAL)
    register(vm, co, "isyieldable", "coroutine.isyieldable", co_isyieldable, K_NORMAL)
    register(vm, co, "wrap", "coroutine.wrap", co_wrap, K_NORMAL)
    register(vm, co, "close", "coroutine.close", co_close, K_NORMAL)

    package = W_Table()
    setfield(g, "package", package)
    setfield(package, "loaded", vm.loaded)
    setfield(package, "path", W_String("./?.lua;./?/init.lua"))
    setfield(package, "cpath", W_String(""))
    setfield(package, "config", W_String("/\n;\n?\n!\n-\n"))
    setfield(package, "preload", W_Table())
    setfield(vm.loaded, "_G", g)
    setfield(vm.loaded, "coroutine", co)
    setfield(vm.loaded, "package", package)
