# targets/lua: names of values for error messages, found from the bytecode as ldebug.c does
# ("attempt to index a nil value (global 'x')", "bad argument #1 to 'insert'"): the name of a
# local active at the instruction, else the instruction that last set the register before it
# (findsetreg), decoded as a global, field, method, upvalue or constant.
from lobject import W_String, W_Int
from lopcodes import (MOVE, LOADK, LOADNIL, LOADBOOL, GETUPVAL, GETCELL, NEWCELL, MKCELL,
                      GETTABUP, GETTABLE, NEWTABLE, SELF, ADD, SHR, CONCAT, UNM, NOT, LEN, BNOT,
                      JMP, CALL, TAILCALL, FORPREP, FORLOOP, TFORCALL, TFORLOOP, CLOSURE,
                      VARARG, get_op, get_a, get_b, get_c)


class ObjName(object):
    def __init__(self, kind, name):
        self.kind = kind      # "local", "global", "field", "method", "upvalue", "constant"
        self.name = name


def local_name(proto, reg, pc):
    """The name of the local in register reg active at pc, or '' (also for the compiler's
    internal ones, named "(for state)")."""
    name = raw_local_name(proto, reg, pc)
    if name.startswith("("):
        return ""
    return name


def raw_local_name(proto, reg, pc):
    name = ""
    for lv in proto.locvars:
        if lv.startpc > pc:
            break
        if lv.reg == reg and (lv.endpc < 0 or pc < lv.endpc):
            name = lv.name
    return name


def sets_register(w, reg):
    op = get_op(w)
    a = get_a(w)
    if op == LOADNIL:
        return a <= reg < a + get_b(w)
    if op == CALL or op == TAILCALL:
        return reg >= a
    if op == TFORCALL:
        return reg >= a + 4
    if op == VARARG:
        return reg >= a
    if op == SELF:
        return reg == a or reg == a + 1
    if op == FORPREP or op == FORLOOP:
        return a <= reg <= a + 3
    if op == TFORLOOP:
        return reg == a + 2
    if (op == MOVE or op == LOADK or op == LOADBOOL or op == GETUPVAL or op == GETCELL
            or op == NEWCELL or op == MKCELL or op == GETTABUP or op == GETTABLE
            or op == NEWTABLE or op == CLOSURE or (ADD <= op <= CONCAT)
            or op == UNM or op == NOT or op == LEN or op == BNOT):
        return reg == a
    return False


def findsetreg(proto, lastpc, reg):
    code = proto.code
    setreg = -1
    jmptarget = 0
    pc = 0
    while pc < lastpc:
        w = code[pc]
        if get_op(w) == JMP:
            dest = get_b(w)
            if pc < dest <= lastpc and dest > jmptarget:
                jmptarget = dest
        elif sets_register(w, reg):
            if pc < jmptarget:
                setreg = -1
            else:
                setreg = pc
        pc += 1
    return setreg


def const_string(proto, rk):
    if rk < 0:
        k = proto.consts[-1 - rk]
        if isinstance(k, W_String):
            return k.s
    return ""


def key_name(proto, pc, rk):
    """The name of a table key for messages: a constant string, or '?'."""
    if rk < 0:
        s = const_string(proto, rk)
        if s != "":
            return s
        return "?"
    obj = getobjname(proto, pc, rk)
    if obj is not None and obj.kind == "constant":
        return obj.name
    return "?"


def getobjname(proto, lastpc, reg):
    name = local_name(proto, reg, lastpc)
    if name != "":
        return ObjName("local", name)
    pc = findsetreg(proto, lastpc, reg)
    if pc < 0:
        return None
    w = proto.code[pc]
    op = get_op(w)
    b = get_b(w)
    c = get_c(w)
    if op == MOVE:
        if b < get_a(w):
            return getobjname(proto, pc, b)
        return None
    if op == GETCELL:
        name = local_name(proto, b, pc)
        if name != "":
            return ObjName("local", name)
        return None
    if op == GETTABUP:
        kind = "field"
        if b < len(proto.upval_names) and proto.upval_names[b] == "_ENV":
            kind = "global"
        return ObjName(kind, key_name(proto, pc, c))
    if op == GETTABLE:
        kind = "field"
        t = getobjname(proto, pc, b)
        if t is not None and t.name == "_ENV" and (t.kind == "local" or t.kind == "upvalue"):
            kind = "global"
        if c < 0:
            k = proto.consts[-1 - c]
            if isinstance(k, W_Int) and 0 <= k.ival <= 255:
                return ObjName("field", "integer index")
        return ObjName(kind, key_name(proto, pc, c))
    if op == GETUPVAL:
        if b < len(proto.upval_names):
            return ObjName("upvalue", proto.upval_names[b])
        return None
    if op == LOADK:
        k = proto.consts[b]
        if isinstance(k, W_String):
            return ObjName("constant", k.s)
        return None
    if op == SELF:
        return ObjName("method", key_name(proto, pc, c))
    return None


def rk_name(proto, pc, rk):
    """getobjname for an RK operand: a string constant is named 'constant'."""
    if rk < 0:
        s = const_string(proto, rk)
        if s != "" or isinstance(proto.consts[-1 - rk], W_String):
            return ObjName("constant", s)
        return None
    return getobjname(proto, pc, rk)


def funcname_for_call(proto, pc):
    """The name of the function called by the CALL (or TFORCALL) at pc, for 'bad argument'
    messages; None when unknown."""
    w = proto.code[pc]
    op = get_op(w)
    if op == TFORCALL:
        return ObjName("for iterator", "for iterator")
    if op != CALL and op != TAILCALL:
        return None
    return getobjname(proto, pc, get_a(w))
