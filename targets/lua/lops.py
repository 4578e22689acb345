# targets/lua: operations on Lua values -- arithmetic, comparison, concatenation, length,
# indexing -- with the Lua 5.4 rules for integers, floats and string coercion, and the
# metamethod lookups. An operation that needs a metamethod implemented in Lua does not call it:
# it returns None (or -1) after storing the function and its arguments in the interpreter's
# `mm_*` fields, so that the VM can run the call on its own frame stack (no host recursion)
# and a builtin can run it with interp.call_function.
import math

from kiln.rarithmetic import intmask

from lobject import (W_Value, W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Function,
                     W_Userdata, w_nil, w_true, w_false)
from ltable import W_Table, TableKeyError
from lnumber import (parse_number, make_number, float_to_str, int_to_str, float_div,
                     float_mod, float_idiv, float_pow, int_idiv, int_mod, shift_left,
                     float_to_int_exact, int_lt_float, int_le_float, float_lt_int, float_le_int,
                     int_eq_float)
from lopcodes import (ADD, SUB, MUL, DIV, MOD, POW, IDIV, BAND, BOR, BXOR, SHL, SHR, CONCAT,
                      ARITH_EVENTS)

# How an error gets its position and names when it is finished (see LuaError.kind).
ERR_FINAL = 0      # w_value is the error value
ERR_RUNTIME = 1    # raised by an operation: position of the running Lua instruction, if any
ERR_ARG = 2        # a builtin's bad argument: "bad argument #n to 'f' (msg)", caller's position
ERR_CALLER = 3     # a builtin's error (luaL_error): position of the builtin's caller

MAXTAGLOOP = 2000


class LuaError(Exception):
    """A Lua error. While `kind` is not ERR_FINAL the error is pending: its message still
    lacks the position (and the variable name of `bad`, or the function name), which the code
    that knows the running instruction adds (LuaVM.finish_error)."""

    def __init__(self, w_value):
        self.w_value = w_value
        self.kind = ERR_FINAL
        self.msg = ""
        self.argn = 0
        self.bad = None
        self.suffix = ""          # text after the variable name of `bad`
        self.tb_frame = None      # the Lua frame where it was raised (for tracebacks)


def runtime_error(msg, bad):
    e = LuaError(w_nil)
    e.kind = ERR_RUNTIME
    e.msg = msg
    e.bad = bad
    return e


def tointeger_error(x, y):
    """'number has no integer representation', naming the first operand without one."""
    ok, i = to_int_strict(x)
    e = runtime_error("number", y if ok else x)
    e.suffix = " has no integer representation"
    e.kind = ERR_RUNTIME
    return e


def arg_error(argn, msg):
    e = LuaError(w_nil)
    e.kind = ERR_ARG
    e.msg = msg
    e.argn = argn
    return e


def caller_error(msg):
    e = LuaError(w_nil)
    e.kind = ERR_CALLER
    e.msg = msg
    return e


# -- Metatables -----------------------------------------------------------------------------

class MetaState(object):
    """The interpreter state operations need: the string metatable and the pending
    metamethod call. LuaVM derives from it."""

    def __init__(self):
        self.string_meta = None
        # metatables of the other types, set by debug.setmetatable
        self.number_meta = None
        self.bool_meta = None
        self.nil_meta = None
        self.function_meta = None
        self.thread_meta = None
        self.mm_func = w_nil
        self.mm_a = w_nil
        self.mm_b = w_nil
        self.mm_c = w_nil
        self.mm_event = ""

    def get_metatable(self, v):
        if isinstance(v, W_Table):
            return v.metatable
        if isinstance(v, W_String):
            return self.string_meta
        if isinstance(v, W_Userdata):
            return v.get_metatable()
        if isinstance(v, W_Number):
            return self.number_meta
        if isinstance(v, W_Bool):
            return self.bool_meta
        if isinstance(v, W_Nil):
            return self.nil_meta
        if isinstance(v, W_Function):
            return self.function_meta
        return self.thread_meta

    def set_type_metatable(self, v, mt):
        if isinstance(v, W_String):
            self.string_meta = mt
        elif isinstance(v, W_Number):
            self.number_meta = mt
        elif isinstance(v, W_Bool):
            self.bool_meta = mt
        elif isinstance(v, W_Nil):
            self.nil_meta = mt
        elif isinstance(v, W_Function):
            self.function_meta = mt
        elif not isinstance(v, W_Userdata):
            self.thread_meta = mt

    def metamethod(self, v, event):
        mt = self.get_metatable(v)
        if mt is None:
            return w_nil
        return mt.get_str(event)

    def pend(self, func, a, b, event):
        self.mm_func = func
        self.mm_a = a
        self.mm_b = b
        self.mm_event = event

    def objtypename(self, v):
        """The type name used in messages: __name from the metatable when it is a string."""
        mt = self.get_metatable(v)
        if mt is not None and not isinstance(v, W_String):
            name = mt.get_str("__name")
            if isinstance(name, W_String):
                return name.s
        return v.typename()

    def type_error(self, v, what):
        return runtime_error("attempt to %s a %s value" % (what, self.objtypename(v)), v)

    # -- Arithmetic -------------------------------------------------------------------------

    def arith(self, op, x, y):
        """x op y for ADD..CONCAT; None when a metamethod must be called."""
        if isinstance(x, W_Int) and isinstance(y, W_Int):
            return arith_int(op, x.ival, y.ival)
        if isinstance(x, W_Number) and isinstance(y, W_Number):
            return arith_num(op, x, y)
        if op == CONCAT:
            return self.concat(x, y)
        if op < BAND:
            nx = to_number(x)
            ny = to_number(y)
            if nx is not None and ny is not None and (
                    not isinstance(x, W_Number) or not isinstance(y, W_Number)):
                return self.arith(op, nx, ny)
        event = ARITH_EVENTS[op - ADD]
        if op < BAND and (isinstance(x, W_String) or isinstance(y, W_String)):
            # the string library's arithmetic metamethods (lstrlib.c trymt)
            mm = w_nil
            if not isinstance(x, W_String):
                mm = self.metamethod(x, event)
            if isinstance(mm, W_Nil) and not isinstance(y, W_String):
                mm = self.metamethod(y, event)
            if not isinstance(mm, W_Nil):
                self.pend(mm, x, y, event)
                return None
            raise runtime_error("attempt to %s a '%s' with a '%s'" % (
                event[2:], x.typename(), y.typename()), None)
        mm = self.metamethod(x, event)
        if isinstance(mm, W_Nil):
            mm = self.metamethod(y, event)
        if not isinstance(mm, W_Nil):
            self.pend(mm, x, y, event)
            return None
        if op >= BAND:
            if isinstance(x, W_Number) and isinstance(y, W_Number):
                raise tointeger_error(x, y)
            bad = y if isinstance(x, W_Number) else x
            raise self.type_error(bad, "perform bitwise operation on")
        bad = y if to_number(x) is not None else x
        raise self.type_error(bad, "perform arithmetic on")

    def concat(self, x, y):
        if ((isinstance(x, W_String) or isinstance(x, W_Number))
                and (isinstance(y, W_String) or isinstance(y, W_Number))):
            return W_String(tostr_basic(x) + tostr_basic(y))
        mm = self.metamethod(x, "__concat")
        if isinstance(mm, W_Nil):
            mm = self.metamethod(y, "__concat")
        if not isinstance(mm, W_Nil):
            self.pend(mm, x, y, "__concat")
            return None
        bad = x
        if isinstance(x, W_String) or isinstance(x, W_Number):
            bad = y
        raise self.type_error(bad, "concatenate")

    def unm(self, x):
        if isinstance(x, W_Int):
            return W_Int(intmask(-x.ival))
        if isinstance(x, W_Float):
            return W_Float(-x.fval)
        mm = self.metamethod(x, "__unm")
        if not isinstance(mm, W_Nil):
            self.pend(mm, x, x, "__unm")
            return None
        n = to_number(x)
        if n is not None:
            return self.unm(n)
        if isinstance(x, W_String):
            raise runtime_error("attempt to unm a 'string' with a 'string'", None)
        raise self.type_error(x, "perform arithmetic on")

    def bnot(self, x):
        if isinstance(x, W_Int):
            return W_Int(~x.ival)
        if isinstance(x, W_Float):
            ok, i = float_to_int_exact(x.fval)
            if ok:
                return W_Int(~i)
        mm = self.metamethod(x, "__bnot")
        if not isinstance(mm, W_Nil):
            self.pend(mm, x, x, "__bnot")
            return None
        if isinstance(x, W_Float):
            raise tointeger_error(x, x)
        raise self.type_error(x, "perform bitwise operation on")

    def length(self, x):
        if isinstance(x, W_String):
            return W_Int(len(x.s))
        mm = self.metamethod(x, "__len")
        if not isinstance(mm, W_Nil):
            self.pend(mm, x, x, "__len")
            return None
        if isinstance(x, W_Table):
            return W_Int(x.length())
        raise self.type_error(x, "get length of")

    # -- Comparison -------------------------------------------------------------------------

    def equals(self, x, y):
        """1 if x == y, 0 if not, -1 when __eq must be called."""
        if x is y and not isinstance(x, W_Float):
            return 1
        if isinstance(x, W_Table) and isinstance(y, W_Table):
            mm = self.metamethod(x, "__eq")
            if isinstance(mm, W_Nil):
                mm = self.metamethod(y, "__eq")
            if isinstance(mm, W_Nil):
                return 0
            self.pend(mm, x, y, "__eq")
            return -1
        if isinstance(x, W_Userdata) and isinstance(y, W_Userdata):
            mm = self.metamethod(x, "__eq")
            if isinstance(mm, W_Nil):
                mm = self.metamethod(y, "__eq")
            if isinstance(mm, W_Nil):
                return 0
            self.pend(mm, x, y, "__eq")
            return -1
        return 1 if raw_equals(x, y) else 0

    def less_than(self, x, y):
        """1 if x < y, 0 if not, -1 when __lt must be called."""
        if isinstance(x, W_Int) and isinstance(y, W_Int):
            return 1 if x.ival < y.ival else 0
        if isinstance(x, W_Number) and isinstance(y, W_Number):
            return 1 if num_lt(x, y) else 0
        if isinstance(x, W_String) and isinstance(y, W_String):
            return 1 if x.s < y.s else 0
        return self.compare_meta(x, y, "__lt")

    def less_equal(self, x, y):
        if isinstance(x, W_Int) and isinstance(y, W_Int):
            return 1 if x.ival <= y.ival else 0
        if isinstance(x, W_Number) and isinstance(y, W_Number):
            return 1 if num_le(x, y) else 0
        if isinstance(x, W_String) and isinstance(y, W_String):
            return 1 if x.s <= y.s else 0
        return self.compare_meta(x, y, "__le")

    def compare_meta(self, x, y, event):
        mm = self.metamethod(x, event)
        if isinstance(mm, W_Nil):
            mm = self.metamethod(y, event)
        if not isinstance(mm, W_Nil):
            self.pend(mm, x, y, event)
            return -1
        t1 = self.objtypename(x)
        t2 = self.objtypename(y)
        if t1 == t2:
            raise runtime_error("attempt to compare two %s values" % t1, None)
        raise runtime_error("attempt to compare %s with %s" % (t1, t2), None)

    # -- Indexing ---------------------------------------------------------------------------

    def index(self, obj, key):
        """obj[key]; None when an __index function must be called (with obj and key)."""
        for loop in range(MAXTAGLOOP):
            if isinstance(obj, W_Table):
                if isinstance(key, W_String):
                    v = obj.get_str_w(key)
                else:
                    v = obj.get(key)
                if not isinstance(v, W_Nil):
                    return v
                mt = obj.metatable
                if mt is None:
                    return w_nil
                mm = mt.get_meta_index()
                if isinstance(mm, W_Nil):
                    return w_nil
            else:
                mm = self.metamethod(obj, "__index")
                if isinstance(mm, W_Nil):
                    raise self.type_error(obj, "index")
            if isinstance(mm, W_Function):
                self.pend(mm, obj, key, "__index")
                return None
            obj = mm
        raise runtime_error("'__index' chain too long; possible loop", None)

    def setindex(self, obj, key, val):
        """obj[key] = val; False when a __newindex function must be called (mm_a, mm_b, mm_c)."""
        for loop in range(MAXTAGLOOP):
            if isinstance(obj, W_Table):
                mt = obj.metatable
                if mt is None:
                    self.rawset(obj, key, val)
                    return True
                mm = mt.get_meta_newindex()
                if isinstance(mm, W_Nil):
                    self.rawset(obj, key, val)
                    return True
                if not isinstance(obj.get(key), W_Nil):
                    self.rawset(obj, key, val)
                    return True
            else:
                mm = self.metamethod(obj, "__newindex")
                if isinstance(mm, W_Nil):
                    raise self.type_error(obj, "index")
            if isinstance(mm, W_Function):
                self.pend(mm, obj, key, "__newindex")
                self.mm_c = val
                return False
            obj = mm
        raise runtime_error("'__newindex' chain too long; possible loop", None)

    def rawset(self, t, key, val):
        try:
            t.set(key, val)
        except TableKeyError as e:
            raise runtime_error(e.msg, None)


# -- Plain operations -----------------------------------------------------------------------

def arith_int(op, a, b):
    if op == ADD:
        return W_Int(intmask(a + b))
    if op == SUB:
        return W_Int(intmask(a - b))
    if op == MUL:
        return W_Int(intmask(a * b))
    if op == DIV:
        return W_Float(float_div(float(a), float(b)))
    if op == MOD:
        if b == 0:
            raise runtime_error("attempt to perform 'n%0'", None)
        return W_Int(int_mod(a, b))
    if op == POW:
        return W_Float(float_pow(float(a), float(b)))
    if op == IDIV:
        if b == 0:
            raise runtime_error("attempt to divide by zero", None)
        return W_Int(int_idiv(a, b))
    if op == BAND:
        return W_Int(a & b)
    if op == BOR:
        return W_Int(a | b)
    if op == BXOR:
        return W_Int(a ^ b)
    if op == SHL:
        return W_Int(shift_left(a, b))
    if op == SHR:
        return W_Int(shift_left(a, intmask(-b)))
    # CONCAT
    return W_String(int_to_str(a) + int_to_str(b))


def arith_num(op, x, y):
    if op >= BAND and op <= SHR:
        ok1, a = to_int_strict(x)
        ok2, b = to_int_strict(y)
        if not (ok1 and ok2):
            raise tointeger_error(x, y)
        return arith_int(op, a, b)
    if op == CONCAT:
        return W_String(tostr_basic(x) + tostr_basic(y))
    a = num_to_float(x)
    b = num_to_float(y)
    if op == ADD:
        return W_Float(a + b)
    if op == SUB:
        return W_Float(a - b)
    if op == MUL:
        return W_Float(a * b)
    if op == DIV:
        return W_Float(float_div(a, b))
    if op == MOD:
        return W_Float(float_mod(a, b))
    if op == POW:
        return W_Float(float_pow(a, b))
    return W_Float(float_idiv(a, b))


def num_to_float(x):
    if isinstance(x, W_Int):
        return float(x.ival)
    assert isinstance(x, W_Float)
    return x.fval


def to_int_strict(x):
    """A number's integer value (floats only with an exact one)."""
    if isinstance(x, W_Int):
        return True, x.ival
    if isinstance(x, W_Float):
        return float_to_int_exact(x.fval)
    return False, 0


def num_lt(x, y):
    if isinstance(x, W_Int):
        if isinstance(y, W_Int):
            return x.ival < y.ival
        assert isinstance(y, W_Float)
        return int_lt_float(x.ival, y.fval)
    assert isinstance(x, W_Float)
    if isinstance(y, W_Float):
        return x.fval < y.fval
    assert isinstance(y, W_Int)
    return float_lt_int(x.fval, y.ival)


def num_le(x, y):
    if isinstance(x, W_Int):
        if isinstance(y, W_Int):
            return x.ival <= y.ival
        assert isinstance(y, W_Float)
        return int_le_float(x.ival, y.fval)
    assert isinstance(x, W_Float)
    if isinstance(y, W_Float):
        return x.fval <= y.fval
    assert isinstance(y, W_Int)
    return float_le_int(x.fval, y.ival)


def raw_equals(x, y):
    if x is y and not isinstance(x, W_Float):
        return True
    if isinstance(x, W_Int):
        if isinstance(y, W_Int):
            return x.ival == y.ival
        if isinstance(y, W_Float):
            return int_eq_float(x.ival, y.fval)
        return False
    if isinstance(x, W_Float):
        if isinstance(y, W_Float):
            return x.fval == y.fval
        if isinstance(y, W_Int):
            return int_eq_float(y.ival, x.fval)
        return False
    if isinstance(x, W_String):
        if isinstance(y, W_String):
            return x.s == y.s
        return False
    if isinstance(x, W_Bool):
        if isinstance(y, W_Bool):
            return x.bval == y.bval
        return False
    return False


def to_number(v):
    """v as a number (strings are converted), or None."""
    if isinstance(v, W_Number):
        return v
    if isinstance(v, W_String):
        p = parse_number(v.s)
        if p.ok:
            return make_number(p)
    return None


def to_integer(v):
    """(True, i) for an integer, a float with an integral value or a string convertible to
    one (lua_tointegerx)."""
    n = to_number(v)
    if n is None:
        return False, 0
    return to_int_strict(n)


def tostr_basic(v):
    """tostring without metamethods, for numbers and strings (concatenation)."""
    if isinstance(v, W_String):
        return v.s
    if isinstance(v, W_Int):
        return int_to_str(v.ival)
    if isinstance(v, W_Float):
        return float_to_str(v.fval)
    return ""
