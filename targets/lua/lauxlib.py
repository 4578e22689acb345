# targets/lua: helpers for builtins (as lauxlib.c): argument checks with Lua's messages
# ("bad argument #1 to 'insert' (table expected, got nil)"; the function name and position are
# added by the VM, see LuaError), tostring with __tostring/__name, and registration.
from lobject import (W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Function, W_Builtin,
                     W_Closure, W_Userdata, w_nil, w_true, w_false)
from ltable import W_Table
from lops import LuaError, arg_error, caller_error, runtime_error, to_number, to_integer, tostr_basic
from lnumber import float_to_int_exact


def arg(args, i):
    if i < len(args):
        return args[i]
    return w_nil


def typename_for_arg(vm, args, i):
    if i >= len(args):
        return "no value"
    v = args[i]
    mt = vm.get_metatable(v)
    if mt is not None and not isinstance(v, W_String):
        name = mt.get_str("__name")
        if isinstance(name, W_String):
            return name.s
    return v.typename()


def type_error(vm, args, i, expected):
    return arg_error(i + 1, "%s expected, got %s" % (expected, typename_for_arg(vm, args, i)))


def check_any(vm, args, i):
    if i >= len(args):
        raise arg_error(i + 1, "value expected")
    return args[i]


def check_table(vm, args, i):
    v = arg(args, i)
    if isinstance(v, W_Table):
        return v
    raise type_error(vm, args, i, "table")


def check_int(vm, args, i):
    v = arg(args, i)
    if isinstance(v, W_Int):
        return v.ival
    ok, n = to_integer(v)
    if ok:
        return n
    if to_number(v) is not None:
        raise arg_error(i + 1, "number has no integer representation")
    raise type_error(vm, args, i, "number")


def opt_int(vm, args, i, default):
    if i >= len(args) or isinstance(args[i], W_Nil):
        return default
    return check_int(vm, args, i)


def check_number(vm, args, i):
    v = arg(args, i)
    if isinstance(v, W_Number):
        return v
    n = to_number(v)
    if n is not None:
        return n
    raise type_error(vm, args, i, "number")


def check_float(vm, args, i):
    n = check_number(vm, args, i)
    if isinstance(n, W_Int):
        return float(n.ival)
    assert isinstance(n, W_Float)
    return n.fval


def check_str(vm, args, i):
    v = arg(args, i)
    if isinstance(v, W_String):
        return v.s
    if isinstance(v, W_Number):
        return tostr_basic(v)
    raise type_error(vm, args, i, "string")


def opt_str(vm, args, i, default):
    if i >= len(args) or isinstance(args[i], W_Nil):
        return default
    return check_str(vm, args, i)


def check_function(vm, args, i):
    v = arg(args, i)
    if isinstance(v, W_Function):
        return v
    raise type_error(vm, args, i, "function")


def opt_bool(args, i):
    return arg(args, i).is_true()


def tostring_meta(vm, v):
    """tostring(v): __tostring, then __name, then the default forms."""
    mt = vm.get_metatable(v)
    if mt is not None:
        mm = mt.get_str("__tostring")
        if not isinstance(mm, W_Nil):
            results = vm.call_function(mm, [v])
            r = results[0] if len(results) > 0 else w_nil
            if isinstance(r, W_String):
                return r.s
            if isinstance(r, W_Number):
                return tostr_basic(r)
            raise caller_error("'__tostring' must return a string")
        name = mt.get_str("__name")
        if isinstance(name, W_String) and not isinstance(v, W_String):
            return "%s: 0x%08x" % (name.s, address(v))
    return tostring_basic(v)


def tostring_basic(v):
    if isinstance(v, W_String):
        return v.s
    if isinstance(v, W_Number):
        return tostr_basic(v)
    if isinstance(v, W_Nil):
        return "nil"
    if isinstance(v, W_Bool):
        return "true" if v.bval else "false"
    if isinstance(v, W_Userdata):
        return v.tostring()
    return "%s: 0x%08x" % (v.typename(), address(v))


def address(v):
    """A stand-in for the object's address in tostring (stable for the object's life)."""
    return ADDRESSES.get(v)


class AddressBook(object):
    def __init__(self):
        self.ids = {}
        self.next = 0x55a4c8e0f000

    def get(self, v):
        a = self.ids.get(v, 0)
        if a == 0:
            a = self.next
            self.next += 0x40
            self.ids[v] = a
        return a


ADDRESSES = AddressBook()


def register(vm, table, name, qualname, fn, kind):
    b = W_Builtin(qualname, fn, kind)
    table.set_str(W_String(name), b)
    return b


def setfield(table, name, value):
    table.set_str(W_String(name), value)
