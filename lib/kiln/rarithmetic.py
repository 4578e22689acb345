"""Machine-integer arithmetic for kiln Python: ovfcheck, intmask, r_uint & co.

At run time a kiln Python ``int`` is a 64-bit signed machine integer whose
``+ - * <<`` wrap silently.  On CPython the same program computes with big
integers instead, so this module gives the author the tools to say what is
meant, with the same result on both:

* ``ovfcheck(x + y)``    -- raise OverflowError if the result does not fit;
* ``intmask(x)``         -- wrap to a signed 64-bit value on purpose;
* ``r_uint(x)`` and the other fixed-width types below -- integers whose
  arithmetic wraps modulo 2**BITS on CPython too.

Fixed-width integer types (all subclasses of ``int``, built by ``build_int``
and cached by (signedness, bits), so ``r_ulonglong is r_uint``):

    r_uint = r_uint64 = r_ulonglong     unsigned 64
    r_int64 = r_longlong = r_int        signed 64 (like int, but wrapping)
    r_uint32, r_int32                   unsigned / signed 32

Operator rules (the translated semantics; see docs/hints.md "rarithmetic"):

1. A binary arithmetic or bitwise operator (``+ - * // % ** & | ^`` and
   ``divmod``) between a fixed-width value and an ``int`` or ``bool`` gives
   the fixed-width type, in either operand order.  The ``int`` operand is
   first converted to that type (so ``r_uint(5) // -1 == 0``: -1 becomes
   2**64-1), then the operation is done and the result wrapped.
2. Two fixed-width types of the same signedness combine to the wider one;
   mixing signed and unsigned fixed-width types raises TypeError.
3. With a ``float`` operand the result is the plain float result (the
   fixed-width value is used as its mathematical value).
4. Shifts keep the type of the *left* operand: ``r_uint << int`` is r_uint,
   ``int << r_uint`` is int.  A negative count raises ValueError; a count
   >= BITS gives 0 for ``<<`` and for ``>>`` of unsigned or non-negative
   values, and -1 for ``>>`` of a negative signed value.
5. ``/`` is true division (a float), operands converted as in rule 1.
6. Comparisons, hashing and ``==`` use the mathematical values.  (The
   translator rejects comparing an unsigned value with a signed one that is
   not known to be non-negative; where both sides agree there is no
   difference.)
7. ``-x``, ``~x``, ``+x`` and ``abs(x)`` stay in the type (``-r_uint(1)`` is
   2**64-1; ``abs`` of the most negative signed value wraps to itself).
8. Floor division and modulo follow Python (round toward minus infinity)
   for signed types; dividing by zero raises ZeroDivisionError.
"""

import math
import operator
import struct

from kiln._marks import builtin
from kiln.rstring import (
    InvalidBaseError, ParseStringError, ParseStringOverflowError,
    strip_spaces)

__all__ = [
    'LONG_BIT', 'LONG_MASK', 'LONG_TEST', 'LONGLONG_BIT', 'LONGLONG_MASK',
    'LONGLONG_TEST', 'maxint', 'INT_MAX', 'INT_MIN', 'UINT_MAX',
    'ovfcheck', 'intmask', 'longlongmask', 'widen', 'is_valid_int',
    'ovfcheck_float_to_int', 'most_neg_value_of_same_type',
    'most_pos_value_of_same_type', 'most_neg_value_of', 'most_pos_value_of',
    'highest_bit', 'int_between', 'byteswap', 'build_int', 'base_int',
    'signed_int', 'unsigned_int', 'r_uint', 'r_uint64', 'r_ulonglong',
    'r_int', 'r_int64', 'r_longlong', 'r_uint32', 'r_int32',
    'r_singlefloat', 'string_to_int', 'ParseStringError',
    'ParseStringOverflowError', 'InvalidBaseError',
]

LONG_BIT = 64
LONG_MASK = (1 << LONG_BIT) - 1
LONG_TEST = 1 << (LONG_BIT - 1)
LONGLONG_BIT = 64
LONGLONG_MASK = (1 << LONGLONG_BIT) - 1
LONGLONG_TEST = 1 << (LONGLONG_BIT - 1)
maxint = LONG_TEST - 1
INT_MAX = (1 << 31) - 1          # C 'int'
INT_MIN = -(1 << 31)
UINT_MAX = (1 << 32) - 1


# -- Wrapping and checking plain ints -------------------------------------

@builtin
def intmask(n):
    """Wrap the integer ``n`` to a signed 64-bit ``int`` (two's complement)."""
    if not isinstance(n, int):
        from kiln.objectmodel import Symbolic
        if isinstance(n, Symbolic):
            return n
        raise TypeError("intmask() argument must be an integer, not '%s'"
                        % type(n).__name__)
    n = int(n) & LONG_MASK
    if n >= LONG_TEST:
        n -= 1 << LONG_BIT
    return n


@builtin
def longlongmask(n):
    """Wrap ``n`` to a signed 64-bit ``r_longlong``."""
    return r_longlong(intmask(n))


@builtin
def ovfcheck(r):
    """Return ``r`` if it fits a signed 64-bit int, else raise OverflowError.

    Write it around exactly one operation: ``ovfcheck(x + y)``.  The
    translator turns that operation into its overflow-checking form; on
    CPython the big-integer result is range-checked here.
    """
    if isinstance(r, base_int):
        raise TypeError("ovfcheck() on a '%s' value: its arithmetic "
                        "already wrapped" % type(r).__name__)
    if not isinstance(r, int):
        raise TypeError("ovfcheck() argument must be an int, not '%s'"
                        % type(r).__name__)
    if not -LONG_TEST <= r <= maxint:
        raise OverflowError("integer overflow")
    return r


@builtin
def is_valid_int(r):
    """True if ``r`` is an integer (of any kiln integer type) that fits a
    signed 64-bit int."""
    return isinstance(r, int) and -LONG_TEST <= r <= maxint


@builtin
def ovfcheck_float_to_int(x):
    """Convert a float to int, truncating; raise OverflowError if the result
    does not fit a signed 64-bit int or ``x`` is inf or nan."""
    if math.isnan(x):
        raise OverflowError("cannot convert float NaN to integer")
    if -9223372036854775808.0 <= x < 9223372036854775808.0:
        return int(x)
    raise OverflowError("float too large to convert to integer")


@builtin
def widen(n):
    """Convert a narrower-than-int fixed-width value (or a bool) to ``int``;
    64-bit types (``r_uint``, ``r_int64``) and ``int`` are returned as they
    are."""
    if isinstance(n, bool):
        return int(n)
    if isinstance(n, base_int) and n.BITS < LONG_BIT:
        return int(n)
    return n


def _type_limits(tp):
    if tp is int or tp is bool:
        return -LONG_TEST, maxint, int
    if isinstance(tp, type) and issubclass(tp, base_int):
        return tp.MIN, tp.MAX, tp
    raise TypeError("not a kiln integer type: %r" % (tp,))


def most_neg_value_of(tp):
    """The most negative value of the integer type ``tp``."""
    low, _, result_type = _type_limits(tp)
    return result_type(low)


def most_pos_value_of(tp):
    """The most positive value of the integer type ``tp``."""
    _, high, result_type = _type_limits(tp)
    return result_type(high)


@builtin
def most_neg_value_of_same_type(x):
    """The most negative value of ``x``'s integer type."""
    return most_neg_value_of(type(x))


@builtin
def most_pos_value_of_same_type(x):
    """The most positive value of ``x``'s integer type."""
    return most_pos_value_of(type(x))


@builtin
def highest_bit(n):
    """Index of the single set bit of ``n``, a positive power of two."""
    if n <= 0 or n & (n - 1):
        raise ValueError("highest_bit() argument must be a positive power "
                         "of two, not %d" % n)
    return int(n).bit_length() - 1


@builtin
def int_between(lower, n, upper):
    """``lower <= n < upper`` (one JIT operation when translated)."""
    return lower <= n < upper


@builtin
def byteswap(arg):
    """Reverse the bytes of an integer (of its type's width; 8 bytes for
    ``int``) or of a float's 8-byte IEEE representation."""
    if isinstance(arg, float):
        return struct.unpack('<d', struct.pack('>d', arg))[0]
    if isinstance(arg, base_int):
        tp, nbytes = type(arg), arg.BITS // 8
    elif isinstance(arg, int):
        tp, nbytes = intmask, 8
    else:
        raise TypeError("byteswap() needs an integer or a float, not '%s'"
                        % type(arg).__name__)
    raw = (int(arg) & ((1 << (8 * nbytes)) - 1)).to_bytes(nbytes, 'little')
    return tp(int.from_bytes(raw, 'big'))


# -- Fixed-width integer types ----------------------------------------------

class base_int(int):
    """Base of the fixed-width integer types; see the module docstring for
    the operator rules.  Subclasses define BITS and SIGNED."""
    __slots__ = ()
    BITS = 0
    SIGNED = False
    MASK = 0
    MIN = 0
    MAX = 0

    def __new__(cls, value=0):
        if isinstance(value, (float, str)):
            value = int(value)
        elif not isinstance(value, int):
            raise TypeError("%s() argument must be an int, float or str, "
                            "not '%s'" % (cls.__name__, type(value).__name__))
        return int.__new__(cls, cls._wrap(int(value)))

    @classmethod
    def _wrap(cls, value):
        value &= cls.MASK
        if cls.SIGNED and value > cls.MAX:
            value -= cls.MASK + 1
        return value

    def __repr__(self):
        return '%s(%d)' % (type(self).__name__, int(self))

    def __str__(self):
        return int.__repr__(self)

    # -- unary operators stay in the type (rule 7)
    def __neg__(self):
        return type(self)(-int(self))

    def __pos__(self):
        return type(self)(int(self))

    def __invert__(self):
        return type(self)(~int(self))

    def __abs__(self):
        return type(self)(abs(int(self)))

    # -- shifts keep the left operand's type (rule 4)
    def __lshift__(self, count):
        count = _shift_count(count)
        if count is None:
            return NotImplemented
        if count >= self.BITS:
            return type(self)(0)
        return type(self)(int(self) << count)

    def __rshift__(self, count):
        count = _shift_count(count)
        if count is None:
            return NotImplemented
        return type(self)(int(self) >> min(count, self.BITS))

    def __rlshift__(self, value):
        if not isinstance(value, int):
            return NotImplemented
        return int(value) << _shift_count(self)

    def __rrshift__(self, value):
        if not isinstance(value, int):
            return NotImplemented
        return int(value) >> _shift_count(self)

    def __pow__(self, exponent, modulo=None):
        result_type = _result_type(self, exponent)
        if result_type is None:
            return NotImplemented
        return _power(result_type, int(self), int(exponent), modulo)

    def __rpow__(self, base, modulo=None):
        result_type = _result_type(self, base)
        if result_type is None:
            return NotImplemented
        return _power(result_type, int(base), int(self), modulo)

    def __divmod__(self, other):
        return (self // other, self % other) if _accepts(other) else NotImplemented

    def __rdivmod__(self, other):
        return (other // self, other % self) if _accepts(other) else NotImplemented


class signed_int(base_int):
    """Fixed-width two's-complement signed integer."""
    __slots__ = ()
    SIGNED = True


class unsigned_int(base_int):
    """Fixed-width unsigned integer (values 0 .. 2**BITS-1)."""
    __slots__ = ()
    SIGNED = False


def _accepts(other):
    return isinstance(other, int)


def _shift_count(count):
    if not isinstance(count, int):
        return None
    if count < 0:
        raise ValueError("negative shift count")
    return int(count)


def _result_type(value, other):
    """The type of ``value <op> other`` (rules 1-3), or None for
    NotImplemented."""
    if isinstance(other, base_int):
        left, right = type(value), type(other)
        if left is right:
            return left
        if left.SIGNED != right.SIGNED:
            raise TypeError("cannot mix '%s' and '%s': one is signed and the "
                            "other unsigned; convert one of them explicitly"
                            % (left.__name__, right.__name__))
        return build_int(None, left.SIGNED, max(left.BITS, right.BITS))
    if isinstance(other, int):
        return type(value)
    return None


def _power(result_type, base, exponent, modulo):
    exponent = result_type._wrap(exponent)
    if exponent < 0:
        raise ValueError("negative exponent for '%s'" % result_type.__name__)
    if modulo is not None:
        return result_type(pow(result_type._wrap(base), exponent,
                               result_type._wrap(int(modulo))))
    return result_type(pow(base, exponent, result_type.MASK + 1))


def _binary(op, name):
    """Install ``__name__`` and ``__rname__`` on base_int for the integer
    operator ``op`` (rule 1: convert both operands, operate, wrap)."""
    def forward(self, other):
        result_type = _result_type(self, other)
        if result_type is None:
            return NotImplemented
        wrap = result_type._wrap
        return result_type(op(wrap(int(self)), wrap(int(other))))

    def reflected(self, other):
        result_type = _result_type(self, other)
        if result_type is None:
            return NotImplemented
        wrap = result_type._wrap
        return result_type(op(wrap(int(other)), wrap(int(self))))

    forward.__name__ = forward.__qualname__ = '__%s__' % name
    reflected.__name__ = reflected.__qualname__ = '__r%s__' % name
    setattr(base_int, forward.__name__, forward)
    setattr(base_int, reflected.__name__, reflected)


def _install_operators():
    for name, op in [('add', operator.add), ('sub', operator.sub),
                     ('mul', operator.mul), ('floordiv', operator.floordiv),
                     ('mod', operator.mod), ('and', operator.and_),
                     ('or', operator.or_), ('xor', operator.xor)]:
        _binary(op, name)
    # '/' is true division: the float result is not wrapped (rule 5).
    def truediv(self, other):
        result_type = _result_type(self, other)
        if result_type is None:
            return NotImplemented
        wrap = result_type._wrap
        return wrap(int(self)) / wrap(int(other))

    def rtruediv(self, other):
        result_type = _result_type(self, other)
        if result_type is None:
            return NotImplemented
        wrap = result_type._wrap
        return wrap(int(other)) / wrap(int(self))
    base_int.__truediv__ = truediv
    base_int.__rtruediv__ = rtruediv


_install_operators()

_int_types = {}


def build_int(name, sign, bits):
    """The fixed-width integer class for (``sign``, ``bits``), created on
    first use and cached: two requests for the same width and signedness
    give the same class whatever ``name`` they pass."""
    sign, bits = bool(sign), int(bits)
    key = (sign, bits)
    if key in _int_types:
        return _int_types[key]
    if bits <= 0 or bits > 64:
        raise ValueError("build_int(): bits must be 1..64, not %d" % bits)
    if name is None:
        name = ('r_int%d' if sign else 'r_uint%d') % bits
    body = {'__slots__': (), 'BITS': bits, 'MASK': (1 << bits) - 1,
            'MIN': -(1 << (bits - 1)) if sign else 0,
            'MAX': (1 << (bits - 1)) - 1 if sign else (1 << bits) - 1,
            '__module__': __name__, '_kiln_builtin_': True}
    cls = type(name, (signed_int if sign else unsigned_int,), body)
    cls.__qualname__ = name
    _int_types[key] = cls
    return cls


r_uint = build_int('r_uint', False, 64)
r_uint64 = r_ulonglong = r_uint
r_int64 = build_int('r_int64', True, 64)
r_int = r_longlong = r_int64
r_uint32 = build_int('r_uint32', False, 32)
r_int32 = build_int('r_int32', True, 32)


# -- Single-precision floats ---------------------------------------------------

@builtin
class r_singlefloat:
    """A 32-bit float.  It only stores and compares; convert with
    ``float(x)`` to compute."""
    __slots__ = ('_value',)

    def __init__(self, value):
        value = float(value)
        try:
            self._value = struct.unpack('f', struct.pack('f', value))[0]
        except OverflowError:
            self._value = math.copysign(math.inf, value)

    def __float__(self):
        return self._value

    def __repr__(self):
        return 'r_singlefloat(%r)' % self._value

    def __eq__(self, other):
        if not isinstance(other, r_singlefloat):
            return NotImplemented
        return self._value == other._value

    def __hash__(self):
        return hash(self._value)

    def __bool__(self):
        raise TypeError("r_singlefloat has no truth value; use float(x)")


# -- Integer parsing ------------------------------------------------------------

class _Literal:
    """The ``parser`` of a ParseStringOverflowError: enough to parse the
    literal again with a big-integer library."""
    __slots__ = ('literal', 'base')

    def __init__(self, literal, base):
        self.literal = literal
        self.base = base


_PREFIX_BASES = {'x': 16, 'o': 8, 'b': 2}


def _digit_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'z':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'Z':
        return ord(c) - ord('A') + 10
    return 99


def _invalid_literal(s, base):
    return ParseStringError("invalid literal for int() with base %d: %r"
                            % (base, s))


def string_to_int(s, base=10, allow_underscores=False,
                  no_implicit_octal=False):
    """Parse ``s`` as an integer literal in ``base`` (2..36, or 0 to guess it
    from a ``0x``/``0o``/``0b`` prefix; the prefix is also accepted with its
    own base).  Surrounding ASCII whitespace and one sign are allowed; so are
    single underscores between digits (and after a prefix) if
    ``allow_underscores``.  With base 0 a leading zero means octal
    (``0777``), unless ``no_implicit_octal`` -- then, as in Python 3, the
    literal must be all zeros.  Raises ParseStringError, InvalidBaseError,
    or ParseStringOverflowError if the value does not fit a signed 64-bit
    int.  This is ordinary kiln Python: it accumulates the value negatively
    under ovfcheck, so it never needs a big integer."""
    original_base = base
    if base != 0 and not 2 <= base <= 36:
        raise InvalidBaseError("int() base must be >= 2 and <= 36, or 0")
    text = strip_spaces(s)
    i, end = 0, len(text)
    negative = i < end and text[i] == '-'
    if i < end and text[i] in '+-':
        i += 1
    prefix = text[i + 1:i + 2].lower() if text[i:i + 1] == '0' else ''
    after_prefix = False
    if base == 0:
        if prefix in _PREFIX_BASES:
            base, after_prefix = _PREFIX_BASES[prefix], True
        elif text[i:i + 1] == '0' and not no_implicit_octal:
            base = 8
        else:
            base = 10
    elif prefix in _PREFIX_BASES and _PREFIX_BASES[prefix] == base:
        after_prefix = True
    if after_prefix:
        i += 2
    first_digit = i
    value, ndigits, last_underscore, overflowed = 0, 0, False, False
    while i < end:
        c = text[i]
        i += 1
        if c == '_':
            if (not allow_underscores or last_underscore
                    or (ndigits == 0 and not after_prefix)):
                raise _invalid_literal(s, original_base)
            last_underscore = True
            continue
        digit = _digit_value(c)
        if digit >= base:
            raise _invalid_literal(s, original_base)
        ndigits += 1
        last_underscore = False
        if not overflowed:
            try:
                value = ovfcheck(value * base)
                value = ovfcheck(value - digit)     # accumulate negatively
            except OverflowError:
                overflowed = True
    if ndigits == 0 or last_underscore:
        raise _invalid_literal(s, original_base)
    if (original_base == 0 and base == 10 and text[first_digit:first_digit + 1]
            == '0' and value != 0):
        raise _invalid_literal(s, original_base)    # '0777', no_implicit_octal
    if not overflowed and not negative:
        try:
            value = ovfcheck(-value)
        except OverflowError:
            overflowed = True
    if overflowed:
        raise ParseStringOverflowError(_Literal(text, base))
    return value
