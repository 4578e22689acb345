# targets/lua: a partial debug library -- the parts the official tests and ordinary programs
# use: getinfo (level or function; source, lines, what, func, nups, nparams, isvararg,
# activelines), getlocal/setlocal (active locals of a Lua frame, parameters of a function),
# getupvalue/setupvalue/upvalueid/upvaluejoin, traceback, getmetatable/setmetatable (also for
# the metatables of numbers, booleans, nil and functions), and no-op hooks.
from lobject import (W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Function, W_Closure,
                     W_Builtin, W_Cell, W_Userdata, w_nil, w_true, w_false)
from ltable import W_Table
from lops import LuaError, arg_error, caller_error, tostr_basic
from lvm import K_NORMAL, RET_NORMAL, RET_UNWIND, RET_PCALL, RET_BASE, RET_COROUTINE, W_Coroutine
from lauxlib import arg, check_int, opt_int, opt_str, check_str, type_error, register, setfield
from ldebug import local_name, funcname_for_call


class W_UpvalueId(W_Userdata):
    """What debug.upvalueid returns (a light userdata in PUC Lua)."""

    def __init__(self, cell):
        self.cell = cell

    def tostring(self):
        return "userdata: upvalue"


def frame_at_level(vm, level):
    """The Lua frame `level` levels up from the builtin (1 = its caller), or None when that
    level is not a Lua function or does not exist."""
    if level <= vm.c_chain:
        return None
    frame = vm.frame
    level -= vm.c_chain + 1
    while frame is not None and level > 0:
        kind = frame.ret_kind
        if kind == RET_PCALL:
            if level == 1:
                return None
            level -= 1
        elif (kind == RET_BASE and not frame.meta_call) or kind == RET_COROUTINE:
            return None
        elif kind == RET_UNWIND:
            # a __close run by an error: PUC runs it from the pcall that caught the error
            return None
        frame = frame.parent
        level -= 1
    return frame


def level_exists(vm, level):
    depth = vm.c_chain
    frame = vm.frame
    while frame is not None:
        depth += 1
        if frame.ret_kind == RET_PCALL or frame.ret_kind == RET_BASE:
            depth += 1
        frame = frame.parent
    return level <= depth


def func_info(vm, t, fn):
    if isinstance(fn, W_Closure):
        p = fn.proto
        setfield(t, "source", W_String(p.source))
        setfield(t, "short_src", W_String(p.chunk))
        setfield(t, "linedefined", W_Int(p.linedefined))
        setfield(t, "lastlinedefined", W_Int(p.lastlinedefined))
        setfield(t, "what", W_String("main" if p.linedefined == 0 else "Lua"))
        setfield(t, "nups", W_Int(len(fn.upvals)))
        setfield(t, "nparams", W_Int(p.numparams))
        setfield(t, "isvararg", w_true if p.is_vararg else w_false)
        lines = W_Table()
        for ln in p.lines:
            lines.set_int(ln, w_true)
        setfield(t, "activelines", lines)
    else:
        setfield(t, "source", W_String("=[C]"))
        setfield(t, "short_src", W_String("[C]"))
        setfield(t, "linedefined", W_Int(-1))
        setfield(t, "lastlinedefined", W_Int(-1))
        setfield(t, "what", W_String("C"))
        setfield(t, "nups", W_Int(0))
        setfield(t, "nparams", W_Int(0))
        setfield(t, "isvararg", w_true)
    setfield(t, "func", fn)
    setfield(t, "namewhat", W_String(""))
    setfield(t, "istailcall", w_false)


def db_getinfo(vm, args):
    start = 0
    if len(args) > 0 and isinstance(args[0], W_Coroutine):
        start = 1
    what = opt_str(vm, args, start + 1, "flnSrtu")
    if what.startswith(">"):
        raise arg_error(start + 2, "invalid option")
    t = W_Table()
    v = arg(args, start)
    if isinstance(v, W_Function):
        func_info(vm, t, v)
        setfield(t, "currentline", W_Int(-1))
        return [t]
    if start == 1:
        return [w_nil]
    level = check_int(vm, args, start)
    if level < 0:
        return [w_nil]
    if level == 0:
        func_info(vm, t, W_Builtin("getinfo", db_getinfo, K_NORMAL))
        setfield(t, "currentline", W_Int(-1))
        return [t]
    frame = frame_at_level(vm, level)
    if frame is None:
        if not level_exists(vm, level):
            return [w_nil]
        func_info(vm, t, W_Builtin("?", db_getinfo, K_NORMAL))
        setfield(t, "currentline", W_Int(-1))
        return [t]
    func_info(vm, t, frame.closure)
    setfield(t, "currentline", W_Int(frame.proto.line_at(frame.pc - 1)))
    parent = frame.parent
    if parent is not None and frame.ret_kind == RET_NORMAL:
        obj = funcname_for_call(parent.proto, parent.pc - 1)
        if obj is not None:
            setfield(t, "name", W_String(obj.name))
            kind = obj.kind
            if kind == "for iterator":
                kind = "for iterator"
            setfield(t, "namewhat", W_String(kind))
    return [t]


def frame_local(frame, n):
    """(name, register) of the n-th active local of a frame, or ('', -1)."""
    p = frame.proto
    pc = frame.pc - 1
    count = 0
    for lv in p.locvars:
        if lv.startpc > pc:
            break
        if lv.endpc < 0 or pc < lv.endpc:
            count += 1
            if count == n:
                return lv.name, lv.reg
    return "", -1


def db_getlocal(vm, args):
    start = 0
    if len(args) > 0 and isinstance(args[0], W_Coroutine):
        start = 1
    v = arg(args, start)
    n = check_int(vm, args, start + 1)
    if isinstance(v, W_Closure):
        p = v.proto
        if 1 <= n <= p.numparams:
            for lv in p.locvars:
                if lv.reg == n - 1 and lv.startpc == 0:
                    return [W_String(lv.name)]
        return [w_nil]
    if isinstance(v, W_Function):
        return [w_nil]
    if start == 1:
        co = args[0]
        assert isinstance(co, W_Coroutine)
        frame = co.frame
        level = check_int(vm, args, 1)
        while frame is not None and level > 1:
            frame = frame.parent
            level -= 1
    else:
        frame = frame_at_level(vm, check_int(vm, args, 0))
    if frame is None:
        raise arg_error(start + 1, "level out of range")
    name, reg = frame_local(frame, n)
    if reg < 0:
        if n < 0 and frame.varargs is not None:
            varargs = frame.varargs
            assert varargs is not None
            if -n <= len(varargs):
                return [W_String("(vararg)"), varargs[-n - 1]]
        return [w_nil]
    val = frame.regs[reg]
    if isinstance(val, W_Cell):
        val = val.w_value
    return [W_String(name), val]


def db_setlocal(vm, args):
    start = 0
    if len(args) > 0 and isinstance(args[0], W_Coroutine):
        start = 1
    if start == 1:
        co = args[0]
        assert isinstance(co, W_Coroutine)
        frame = co.frame
        level = check_int(vm, args, 1)
        while frame is not None and level > 1:
            frame = frame.parent
            level -= 1
    else:
        frame = frame_at_level(vm, check_int(vm, args, 0))
    if frame is None:
        raise arg_error(start + 1, "level out of range")
    n = check_int(vm, args, start + 1)
    value = arg(args, start + 2)
    name, reg = frame_local(frame, n)
    if reg < 0:
        return [w_nil]
    cell = frame.regs[reg]
    if isinstance(cell, W_Cell):
        cell.w_value = value
    else:
        frame.regs[reg] = value
    return [W_String(name)]


def check_upvalue(vm, args, fi, ni):
    """The index of upvalue args[ni] of the closure args[fi], or -1."""
    f = arg(args, fi)
    if not isinstance(f, W_Function):
        raise type_error(vm, args, fi, "function")
    n = check_int(vm, args, ni)
    if isinstance(f, W_Closure) and 1 <= n <= len(f.upvals):
        return n - 1
    return -1


def closure_arg(args, i):
    f = args[i]
    assert isinstance(f, W_Closure)
    return f


def db_getupvalue(vm, args):
    i = check_upvalue(vm, args, 0, 1)
    if i < 0:
        return [w_nil]
    f = closure_arg(args, 0)
    names = f.proto.upval_names
    name = names[i] if i < len(names) else "?"
    return [W_String(name), f.upvals[i].w_value]


def db_setupvalue(vm, args):
    i = check_upvalue(vm, args, 0, 1)
    if i < 0:
        return [w_nil]
    f = closure_arg(args, 0)
    f.upvals[i].w_value = arg(args, 2)
    names = f.proto.upval_names
    return [W_String(names[i] if i < len(names) else "?")]


def db_upvalueid(vm, args):
    i = check_upvalue(vm, args, 0, 1)
    if i < 0:
        f = args[0]
        n = check_int(vm, args, 1)
        if isinstance(f, W_Builtin) and 1 <= n <= f.nupvalues():
            return [W_UpvalueId(None)]
        return [w_nil]
    cell = closure_arg(args, 0).upvals[i]
    ident = vm.upvalue_ids.get(cell, None)
    if ident is None:
        ident = W_UpvalueId(cell)
        vm.upvalue_ids[cell] = ident
    return [ident]


def db_upvaluejoin(vm, args):
    i1 = check_upvalue(vm, args, 0, 1)
    i2 = check_upvalue(vm, args, 2, 3)
    if i1 < 0:
        raise arg_error(2, "invalid upvalue index")
    if i2 < 0:
        raise arg_error(4, "invalid upvalue index")
    closure_arg(args, 0).upvals[i1] = closure_arg(args, 2).upvals[i2]
    return []


def db_traceback(vm, args):
    start = 0
    if len(args) > 0 and isinstance(args[0], W_Coroutine):
        start = 1
    msg = arg(args, start)
    if not isinstance(msg, W_Nil) and not isinstance(msg, W_String) and not isinstance(msg, W_Number):
        return [msg]
    text = ""
    if isinstance(msg, W_String) or isinstance(msg, W_Number):
        text = tostr_basic(msg) + "\n"
    frame = vm.frame
    if frame is None:
        return [W_String(text + "stack traceback:\n\t[C]: in ?")]
    return [W_String(text + vm.traceback(frame))]


def db_sethook(vm, args):
    return []


def db_gethook(vm, args):
    return [w_nil]


def db_getmetatable(vm, args):
    v = arg(args, 0)
    mt = vm.get_metatable(v)
    if mt is None:
        return [w_nil]
    return [mt]


def db_setmetatable(vm, args):
    v = arg(args, 0)
    mt = arg(args, 1)
    if not isinstance(mt, W_Nil) and not isinstance(mt, W_Table):
        raise type_error(vm, args, 1, "nil or table")
    m = mt if isinstance(mt, W_Table) else None
    if isinstance(v, W_Table):
        v.metatable = m
    else:
        vm.set_type_metatable(v, m)
    return [v]


def db_getuservalue(vm, args):
    return [w_nil, w_false]


def db_setuservalue(vm, args):
    v = arg(args, 0)
    if isinstance(v, W_UpvalueId):
        raise arg_error(1, "userdata expected, got light userdata")
    if not isinstance(v, W_Userdata):
        raise type_error(vm, args, 0, "userdata")
    return [v]


def db_getregistry(vm, args):
    return [vm.registry]


def open_debug(vm):
    t = W_Table()
    setfield(vm.globals, "debug", t)
    setfield(vm.loaded, "debug", t)
    register(vm, t, "getinfo", "debug.getinfo", db_getinfo, K_NORMAL)
    register(vm, t, "getlocal", "debug.getlocal", db_getlocal, K_NORMAL)
    register(vm, t, "setlocal", "debug.setlocal", db_setlocal, K_NORMAL)
    register(vm, t, "getupvalue", "debug.getupvalue", db_getupvalue, K_NORMAL)
    register(vm, t, "setupvalue", "debug.setupvalue", db_setupvalue, K_NORMAL)
    register(vm, t, "upvalueid", "debug.upvalueid", db_upvalueid, K_NORMAL)
    register(vm, t, "upvaluejoin", "debug.upvaluejoin", db_upvaluejoin, K_NORMAL)
    register(vm, t, "traceback", "debug.traceback", db_traceback, K_NORMAL)
    register(vm, t, "sethook", "debug.sethook", db_sethook, K_NORMAL)
    register(vm, t, "gethook", "debug.gethook", db_gethook, K_NORMAL)
    register(vm, t, "getmetatable", "debug.getmetatable", db_getmetatable, K_NORMAL)
    register(vm, t, "setmetatable", "debug.setmetatable", db_setmetatable, K_NORMAL)
    register(vm, t, "getuservalue", "debug.getuservalue", db_getuservalue, K_NORMAL)
    register(vm, t, "setuservalue", "debug.setuservalue", db_setuservalue, K_NORMAL)
    register(vm, t, "getregistry", "debug.getregistry", db_getregistry, K_NORMAL)
