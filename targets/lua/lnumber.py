# targets/lua: numbers -- conversion between strings and numbers with Lua 5.4's rules, and the
# arithmetic that Lua defines differently from Python (float division by zero, floor division
# of floats, exact comparisons between integers and floats, shifts, fmod).
import math

from kiln.rarithmetic import intmask, r_uint

from lobject import W_Int, W_Float, isdigit, isxdigit, isspace, hexvalue

MAXINT = 9223372036854775807
MININT = -MAXINT - 1
TWO63 = 9223372036854775808.0
INF = float("inf")
NAN = INF - INF


# -- Formatting -----------------------------------------------------------------------------

def int_to_str(i):
    return "%d" % i


def fmt_g14(f):
    """printf("%.14g", f) as C prints it (inf, -inf, -nan)."""
    if f != f:
        return "-nan"
    if f == INF:
        return "inf"
    if f == -INF:
        return "-inf"
    return "%.14g" % f


def float_to_str(f):
    """tostring() of a float: "%.14g", plus ".0" when that looks like an integer."""
    if f != f:
        # x86 makes NaNs with the sign bit set and PUC Lua prints them with printf; kiln cannot
        # see a NaN's sign, so every NaN prints as the common case (0/0).
        return "-nan"
    if f == INF:
        return "inf"
    if f == -INF:
        return "-inf"
    s = "%.14g" % f
    for c in s:
        if not (isdigit(c) or c == "-"):
            return s
    return s + ".0"


# -- Parsing --------------------------------------------------------------------------------

class NumberParse(object):
    """The result of parsing a numeral: is_int tells which of ival and fval holds it."""

    def __init__(self, ok, is_int, ival, fval):
        self.ok = ok
        self.is_int = is_int
        self.ival = ival
        self.fval = fval


FAILED = NumberParse(False, False, 0, 0.0)


def parse_number(s):
    """Lua's lua_stringtonumber: decimal or hexadecimal integers and floats, surrounded by
    optional whitespace. Decimal integers that overflow become floats; hexadecimal ones wrap."""
    n = len(s)
    i = 0
    while i < n and isspace(s[i]):
        i += 1
    j = n
    while j > i and isspace(s[j - 1]):
        j -= 1
    if i >= j:
        return FAILED
    neg = False
    start = i
    if s[i] == "-":
        neg = True
        i += 1
    elif s[i] == "+":
        i += 1
    if i + 1 < j and s[i] == "0" and (s[i + 1] == "x" or s[i + 1] == "X"):
        return parse_hex(s, i + 2, j, neg)
    # a decimal integer?
    k = i
    value = 0       # accumulated negated, so that -2^63 fits
    overflow = False
    while k < j and isdigit(s[k]):
        d = ord(s[k]) - 48
        if value < (MININT + d) // 10 or (value == (MININT + d) // 10 and (MININT + d) % 10 != 0):
            overflow = True
        else:
            value = value * 10 - d
        k += 1
    if k == j and k > i:
        if not overflow and (neg or value != MININT):
            if not neg:
                value = -value
            return NumberParse(True, True, value, 0.0)
        return parse_decimal_float(s, start, j)
    return parse_decimal_float(s, start, j)


def parse_decimal_float(s, start, end):
    i = start
    if i < end and (s[i] == "-" or s[i] == "+"):
        i += 1
    digits = 0
    while i < end and isdigit(s[i]):
        i += 1
        digits += 1
    if i < end and s[i] == ".":
        i += 1
        while i < end and isdigit(s[i]):
            i += 1
            digits += 1
    if digits == 0:
        return FAILED
    if i < end and (s[i] == "e" or s[i] == "E"):
        i += 1
        if i < end and (s[i] == "-" or s[i] == "+"):
            i += 1
        expdigits = 0
        while i < end and isdigit(s[i]):
            i += 1
            expdigits += 1
        if expdigits == 0:
            return FAILED
    if i != end:
        return FAILED
    return NumberParse(True, False, 0, float(s[start:end]))


def parse_hex(s, i, end, neg):
    """Hexadecimal numerals, as lua_strx2number: the mantissa is accumulated in a double (at
    most 30 significant digits, the rest only count in the exponent)."""
    ivalue = 0
    fvalue = 0.0
    exp = 0
    anydigit = False
    sigdigits = 0
    isfloat = False
    while i < end and isxdigit(s[i]):
        d = hexvalue(s[i])
        ivalue = intmask((ivalue << 4) + d)
        if sigdigits == 0 and d == 0:
            pass
        elif sigdigits < 30:
            fvalue = fvalue * 16.0 + d
            sigdigits += 1
        else:
            exp += 4
        anydigit = True
        i += 1
    if i < end and s[i] == ".":
        isfloat = True
        i += 1
        while i < end and isxdigit(s[i]):
            d = hexvalue(s[i])
            if sigdigits == 0 and d == 0:
                exp -= 4
            elif sigdigits < 30:
                fvalue = fvalue * 16.0 + d
                sigdigits += 1
                exp -= 4
            anydigit = True
            i += 1
    if not anydigit:
        return FAILED
    if i < end and (s[i] == "p" or s[i] == "P"):
        isfloat = True
        i += 1
        expneg = False
        if i < end and (s[i] == "-" or s[i] == "+"):
            expneg = s[i] == "-"
            i += 1
        if i >= end or not isdigit(s[i]):
            return FAILED
        e = 0
        while i < end and isdigit(s[i]):
            if e < 100000:
                e = e * 10 + ord(s[i]) - 48
            i += 1
        if expneg:
            e = -e
        exp += e
    if i != end:
        return FAILED
    if not isfloat:
        if neg:
            ivalue = intmask(-ivalue)
        return NumberParse(True, True, ivalue, 0.0)
    f = ldexp(fvalue, exp)
    if neg:
        f = -f
    return NumberParse(True, False, 0, f)


def ldexp(f, e):
    """f * 2**e, exactly as C's ldexp for the values Lua's parser makes."""
    if f == 0.0:
        return f
    while e > 0:
        step = e if e < 1000 else 1000
        f = f * pow2(step)
        e -= step
        if f == INF:
            return f
    while e < 0:
        step = -e if -e < 1000 else 1000
        # scale down in steps small enough that subnormal results round only once
        if step > 60 and abs(f) < 1e-280:
            step = 60
        f = f * pow2(-step)
        e += step
        if f == 0.0:
            return f
    return f


def pow2(e):
    result = 1.0
    base = 2.0
    if e < 0:
        base = 0.5
        e = -e
    while e > 0:
        if e & 1:
            result *= base
        base *= base
        e >>= 1
    return result


# -- Conversions ----------------------------------------------------------------------------

def float_fits_int(f):
    return -TWO63 <= f < TWO63


def float_to_int_exact(f):
    """(True, i) when f has an exact integer value that fits in 64 bits."""
    if f != f or not float_fits_int(f):
        return False, 0
    i = int(f)
    if float(i) != f:
        return False, 0
    return True, i


def float_floor(f):
    if f != f or f == INF or f == -INF or abs(f) >= 4503599627370496.0:
        return f
    i = int(f)
    if float(i) > f:
        i -= 1
    return float(i)


def float_ceil(f):
    return -float_floor(-f)


# -- Arithmetic -----------------------------------------------------------------------------

def float_div(a, b):
    if b == 0.0:
        if a != a or a == 0.0:
            return NAN
        if (a > 0.0) == (math.atan2(b, -1.0) > 0.0):
            return INF
        return -INF
    return a / b


def float_mod(a, b):
    if b == 0.0 or a != a or b != b or a == INF or a == -INF:
        return NAN
    if b == INF:
        if a >= 0.0:
            return a
        return INF
    if b == -INF:
        if a <= 0.0:
            return a
        return -INF
    r = fmod(a, b)
    if r != 0.0 and (r < 0.0) != (b < 0.0):
        r += b
    return r


def fmod(a, b):
    """C's fmod for finite a and non-zero finite b, computed exactly by subtracting scaled
    copies of b (each subtraction is exact)."""
    neg = a < 0.0
    x = abs(a)
    y = abs(b)
    if x < y:
        return a
    while x >= y:
        s = y
        while s * 2.0 <= x and s * 2.0 != INF:
            s = s * 2.0
        x = x - s
    if neg:
        return -x
    return x


def float_idiv(a, b):
    return float_floor(float_div(a, b))


def float_pow(a, b):
    if b == 0.0:
        return 1.0
    if a != a or b != b:
        return NAN
    if a == 1.0:
        return 1.0
    b_int = float_floor(b) == b
    if a < 0.0 and not b_int and b != INF and b != -INF:
        return NAN
    if a == 0.0:
        if b < 0.0:
            if b_int and is_odd_float(b) and math.atan2(a, -1.0) < 0.0:
                return -INF
            return INF
        if b_int and is_odd_float(b) and math.atan2(a, -1.0) < 0.0:
            return -0.0
        return 0.0
    try:
        return a ** b
    except OverflowError:
        if a < 0.0 and b_int and is_odd_float(b):
            return -INF
        return INF
    except ZeroDivisionError:
        return INF
    except ValueError:
        return NAN


def is_odd_float(b):
    if abs(b) >= 9007199254740992.0:
        return False
    return int(b) % 2 != 0


def int_idiv(a, b):
    """a // b for b != 0, wrapping minint // -1 as Lua does."""
    if b == -1:
        return intmask(-a)
    return a // b


def int_mod(a, b):
    if b == -1:
        return 0
    return a % b


def shift_left(x, n):
    if n <= -64 or n >= 64:
        return 0
    if n >= 0:
        return intmask(x << n)
    return intmask(r_uint(x) >> (-n))


def int_lt_float(i, f):
    """i < f, exactly."""
    if f != f:
        return False
    if f >= TWO63:
        return True
    if f < -TWO63:
        return False
    c = float_ceil(f)
    return i < int(c)


def int_le_float(i, f):
    if f != f:
        return False
    if f >= TWO63:
        return True
    if f < -TWO63:
        return False
    return i <= int(float_floor(f))


def float_lt_int(f, i):
    if f != f:
        return False
    if f >= TWO63:
        return False
    if f < -TWO63:
        return True
    return int(float_floor(f)) < i


def float_le_int(f, i):
    if f != f:
        return False
    if f >= TWO63:
        return False
    if f < -TWO63:
        return True
    return int(float_ceil(f)) <= i


def int_eq_float(i, f):
    ok, j = float_to_int_exact(f)
    return ok and i == j


def make_number(p):
    if p.is_int:
        return W_Int(p.ival)
    return W_Float(p.fval)
