# examples/vm/objects.py -- the values of the vm example's language, and its exceptions.
#
# A value is a W_Int (a 64-bit integer; arithmetic that would overflow raises the user-level
# exception "integer overflow" instead of wrapping, so CPython and the translated binary agree)
# or a W_Str. Both are immutable. Truth: an int is true if it is not 0, a string if it is not
# empty. Comparisons give the ints 1 and 0.
#
# A user-level exception is the Python exception VMError carrying the raised value; errors the
# operations detect (division by zero, overflow, type errors) raise a string value, so a program
# can catch them like its own.
from kiln.rarithmetic import ovfcheck


class W_Object(object):
    def is_true(self):
        raise NotImplementedError

    def to_str(self):
        raise NotImplementedError

    def type_name(self):
        raise NotImplementedError


class W_Int(W_Object):
    _immutable_fields_ = ["intval"]

    def __init__(self, intval):
        self.intval = intval

    def is_true(self):
        return self.intval != 0

    def to_str(self):
        return str(self.intval)

    def type_name(self):
        return "int"


class W_Str(W_Object):
    _immutable_fields_ = ["strval"]

    def __init__(self, strval):
        self.strval = strval

    def is_true(self):
        return len(self.strval) != 0

    def to_str(self):
        return self.strval

    def type_name(self):
        return "str"


W_TRUE = W_Int(1)
W_FALSE = W_Int(0)


def wrap_bool(flag):
    if flag:
        return W_TRUE
    return W_FALSE


class VMError(Exception):
    """A user-level exception: w_value is what the program raised. code and pc are where it was
    raised, set by the first frame that sees it (for the message if nobody catches it)."""

    def __init__(self, w_value):
        self.w_value = w_value
        self.code = None
        self.pc = 0


def error(message):
    return VMError(W_Str(message))


def overflow():
    return error("integer overflow")


def type_error(what, w_a, w_b):
    return error("type error: cannot %s %s and %s" % (what, w_a.type_name(), w_b.type_name()))


# -- Operations ------------------------------------------------------------------------------
# The int-int case comes first in each: it is the one hot loops take.

def add(w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        try:
            return W_Int(ovfcheck(w_a.intval + w_b.intval))
        except OverflowError:
            raise overflow()
    return W_Str(w_a.to_str() + w_b.to_str())


def sub(w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        try:
            return W_Int(ovfcheck(w_a.intval - w_b.intval))
        except OverflowError:
            raise overflow()
    raise type_error("subtract", w_a, w_b)


def mul(w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        try:
            return W_Int(ovfcheck(w_a.intval * w_b.intval))
        except OverflowError:
            raise overflow()
    raise type_error("multiply", w_a, w_b)


def div(w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        a = w_a.intval
        b = w_b.intval
        if b == 0:
            raise error("division by zero")
        if b == -1:
            # the one quotient that does not fit: -2**63 // -1
            return neg(w_a)
        return W_Int(a // b)
    raise type_error("divide", w_a, w_b)


def mod(w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        b = w_b.intval
        if b == 0:
            raise error("division by zero")
        if b == -1:
            return W_FALSE
        return W_Int(w_a.intval % b)
    raise type_error("divide", w_a, w_b)


def neg(w_a):
    if isinstance(w_a, W_Int):
        try:
            return W_Int(ovfcheck(0 - w_a.intval))
        except OverflowError:
            raise overflow()
    raise error("type error: cannot negate " + w_a.type_name())


def equal(w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return w_a.intval == w_b.intval
    if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        return w_a.strval == w_b.strval
    return False


def compare(w_a, w_b):
    """-1, 0 or 1 as w_a is less than, equal to or greater than w_b (two ints or two strs)."""
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        a = w_a.intval
        b = w_b.intval
    elif isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        a = 0
        b = 0
        if w_a.strval < w_b.strval:
            a = -1
        elif w_a.strval > w_b.strval:
            a = 1
    else:
        raise type_error("compare", w_a, w_b)
    if a < b:
        return -1
    if a > b:
        return 1
    return 0
