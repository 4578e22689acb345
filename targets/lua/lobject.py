# targets/lua: Lua values. Every Lua value is an instance of a W_Value subclass, so that a
# register, a table slot or a list of arguments always holds one static type (list[W_Value]).
#
# Lua strings are byte strings; they are kept as kiln `str` whose characters are all below 256
# (one character per byte), which gives cheap indexing, slicing, hashing and dict keys. Bytes
# only exist at the edges (reading source files, writing output).
#
# Integers are 64-bit and wrap like Lua's: every operation that may overflow goes through
# intmask(), which is free when translated (machine arithmetic wraps) and wraps on CPython.
from kiln.rarithmetic import intmask


class W_Value(object):
    def typename(self):
        raise NotImplementedError

    def is_true(self):
        return True


class W_Nil(W_Value):
    def typename(self):
        return "nil"

    def is_true(self):
        return False


class W_Bool(W_Value):
    _immutable_fields_ = ["bval"]

    def __init__(self, bval):
        self.bval = bval

    def typename(self):
        return "boolean"

    def is_true(self):
        return self.bval


class W_Number(W_Value):
    def typename(self):
        return "number"


class W_Int(W_Number):
    _immutable_fields_ = ["ival"]

    def __init__(self, ival):
        self.ival = ival


class W_Float(W_Number):
    _immutable_fields_ = ["fval"]

    def __init__(self, fval):
        self.fval = fval


class W_String(W_Value):
    _immutable_fields_ = ["s"]

    def __init__(self, s):
        self.s = s
        self.interned = False     # the one object of INTERNED for its text
        # interned: one bit of 63, W_Table.keymask's filter (0: not interned)
        self.keybit = 0
        # where this (interned) key was last found in a big table: W_Table.get_str_w
        self.cache_table = None
        self.cache_slot = 0

    def typename(self):
        return "string"


class InternPool(object):
    """One W_String per text for string constants and for the string keys stored in tables,
    so that a table lookup with an interned key can compare objects (see W_Table.get_str_w)."""

    def __init__(self):
        self.strings = {}

    def intern(self, w):
        if w.interned:
            return w
        found = self.strings.get(w.s, None)
        if found is not None:
            return found
        self.add(w)
        return w

    def intern_str(self, s):
        found = self.strings.get(s, None)
        if found is not None:
            return found
        w = W_String(s)
        self.add(w)
        return w

    def add(self, w):
        w.interned = True
        # the bits go round in order of interning, spreading the keys of one table over them
        w.keybit = 1 << (len(self.strings) % 63)
        self.strings[w.s] = w


INTERNED = InternPool()


class W_Function(W_Value):
    def typename(self):
        return "function"


class W_Cell(W_Value):
    """A captured local variable (an upvalue). Never visible to Lua code: registers of captured
    locals hold a cell, and closures keep the cells they capture."""

    def __init__(self, w_value):
        self.w_value = w_value

    def typename(self):
        return "cell"


class W_Closure(W_Function):
    _immutable_fields_ = ["proto"]

    def __init__(self, proto, upvals):
        self.proto = proto
        self.upvals = upvals


class W_Builtin(W_Function):
    """A function implemented in Python: fn(interp, args) -> results. `kind` marks the few
    builtins the VM runs itself (pcall, coroutine.yield, ...) so that they need no host
    recursion; `co` is the coroutine of a function made by coroutine.wrap."""
    _immutable_fields_ = ["name", "fn", "kind", "co"]

    def __init__(self, name, fn, kind):
        self.name = name
        self.fn = fn
        self.kind = kind
        self.co = None

    def typename(self):
        return "function"

    def call(self, vm, args):
        """Run the builtin; subclasses with their own state override this."""
        return self.fn(vm, args)

    def nupvalues(self):
        """How many upvalues the C function would have in PUC Lua (for debug.upvalueid)."""
        return 0


class W_Userdata(W_Value):
    def typename(self):
        return "userdata"

    def get_metatable(self):
        return None

    def tostring(self):
        return "userdata"


w_nil = W_Nil()
w_true = W_Bool(True)
w_false = W_Bool(False)


def newbool(b):
    if b:
        return w_true
    return w_false


def newint(i):
    return W_Int(intmask(i))


def newstr(s):
    return W_String(s)


# The characters C's isspace() accepts in the "C" locale.
SPACE_CHARS = " \t\n\r\f\v"


def isdigit(c):
    return "0" <= c <= "9"


def isalpha(c):
    return ("a" <= c <= "z") or ("A" <= c <= "Z")


def isalnum(c):
    return isalpha(c) or isdigit(c)


def isxdigit(c):
    return isdigit(c) or ("a" <= c <= "f") or ("A" <= c <= "F")


def isspace(c):
    return c in SPACE_CHARS


def hexvalue(c):
    if isdigit(c):
        return ord(c) - ord("0")
    if "a" <= c <= "f":
        return ord(c) - ord("a") + 10
    return ord(c) - ord("A") + 10


def bytes_to_str(data):
    """Bytes read from a file, as a Lua string (one character per byte)."""
    chars = []
    for byte in data:
        chars.append(chr(byte))
    return "".join(chars)


def str_to_bytes(s):
    """A Lua string as the bytes to write. Plain ASCII takes the fast path."""
    ascii = True
    for c in s:
        if ord(c) >= 128:
            ascii = False
            break
    if ascii:
        return s.encode()
    return bytes([ord(c) & 255 for c in s])
