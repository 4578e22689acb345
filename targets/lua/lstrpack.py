# targets/lua: string.pack, string.unpack and string.packsize (lstrlib.c's format language:
# endianness < > =, alignment ! and X, integers b B h H i I l L j J T with sizes 1..16, floats
# f d n, strings c s z, padding x). Floats are converted to and from their IEEE-754 bits with
# exact arithmetic (kiln has no struct module).
import math

from kiln.rarithmetic import intmask, r_uint

from lobject import W_Int, W_Float, W_String, W_Number, w_nil
from lops import arg_error, caller_error, to_int_strict
from lnumber import INF, NAN, ldexp, pow2, float_floor
from lauxlib import arg, check_int, opt_int, check_str, check_float, check_number, type_error

MAXINTSIZE = 16
NATIVE_ALIGN = 8
MAXSIZE = 2147483647

K_INT = 0
K_UINT = 1
K_FLOAT = 2      # size 4
K_DOUBLE = 3     # size 8 (d and n)
K_CHAR = 4       # fixed-size string
K_STRING = 5     # length-prefixed string
K_ZSTR = 6
K_PADDING = 7
K_PADDALIGN = 8
K_NOP = 9


class Header(object):
    def __init__(self):
        self.little = True
        self.maxalign = 1


class Option(object):
    def __init__(self, kind, size, align):
        self.kind = kind
        self.size = size
        self.align = align     # padding bytes to insert before the item


class FormatReader(object):
    def __init__(self, fmt):
        self.fmt = fmt
        self.pos = 0
        self.h = Header()

    def more(self):
        return self.pos < len(self.fmt)

    def getnum(self, default):
        fmt = self.fmt
        if self.pos >= len(fmt) or not ("0" <= fmt[self.pos] <= "9"):
            return default
        a = 0
        while self.pos < len(fmt) and "0" <= fmt[self.pos] <= "9" and a <= (MAXSIZE - 9) // 10:
            a = a * 10 + ord(fmt[self.pos]) - 48
            self.pos += 1
        return a

    def getnumlimit(self, default):
        sz = self.getnum(default)
        if sz > MAXINTSIZE or sz <= 0:
            raise caller_error("integral size (%d) out of limits [1,%d]" % (sz, MAXINTSIZE))
        return sz

    def getoption(self):
        """(kind, size) of the next option."""
        c = self.fmt[self.pos]
        self.pos += 1
        if c == "b":
            return K_INT, 1
        if c == "B":
            return K_UINT, 1
        if c == "h":
            return K_INT, 2
        if c == "H":
            return K_UINT, 2
        if c == "l" or c == "j":
            return K_INT, 8
        if c == "L" or c == "J" or c == "T":
            return K_UINT, 8
        if c == "f":
            return K_FLOAT, 4
        if c == "n" or c == "d":
            return K_DOUBLE, 8
        if c == "i":
            return K_INT, self.getnumlimit(4)
        if c == "I":
            return K_UINT, self.getnumlimit(4)
        if c == "s":
            return K_STRING, self.getnumlimit(8)
        if c == "c":
            size = self.getnum(-1)
            if size == -1:
                raise caller_error("missing size for format option 'c'")
            return K_CHAR, size
        if c == "z":
            return K_ZSTR, 0
        if c == "x":
            return K_PADDING, 1
        if c == "X":
            return K_PADDALIGN, 0
        if c == " ":
            return K_NOP, 0
        if c == "<" or c == "=":
            self.h.little = True
            return K_NOP, 0
        if c == ">":
            self.h.little = False
            return K_NOP, 0
        if c == "!":
            self.h.maxalign = self.getnumlimit(NATIVE_ALIGN)
            return K_NOP, 0
        raise caller_error("invalid format option '%s'" % c)

    def getdetails(self, totalsize):
        kind, size = self.getoption()
        align = size
        if kind == K_PADDALIGN:
            if self.pos >= len(self.fmt):
                raise arg_error(1, "invalid next option for option 'X'")
            k2, align = self.getoption()
            if k2 == K_CHAR or align == 0:
                raise arg_error(1, "invalid next option for option 'X'")
        pad = 0
        if align > 1 and kind != K_CHAR:
            if align > self.h.maxalign:
                align = self.h.maxalign
            if align & (align - 1) != 0:
                raise arg_error(1, "format asks for alignment not power of 2")
            pad = (align - (totalsize & (align - 1))) & (align - 1)
        return Option(kind, size, pad)


def pack_int(out, n, little, size, neg):
    """Append the size bytes of the integer n (two's complement, sign-extended)."""
    buf = []
    v = r_uint(n)
    for i in range(size):
        if i < 8:
            buf.append(chr(intmask(v & r_uint(0xFF))))
            v = v >> 8
        else:
            buf.append("\xff" if neg else "\x00")
    if not little:
        buf.reverse()
    out.append("".join(buf))


def double_bits(x):
    """The IEEE-754 bits of a double as an unsigned 64-bit integer."""
    sign = r_uint(0)
    if x < 0.0 or (x == 0.0 and math.atan2(x, -1.0) < 0.0):
        sign = r_uint(1) << 63
        x = -x
    if x != x:
        return r_uint(0x7FF8000000000000) | (r_uint(1) << 63)
    if x == INF:
        return sign | r_uint(0x7FF0000000000000)
    if x == 0.0:
        return sign
    e = 0
    m = x
    while m >= 2.0:
        m = m / 2.0
        e += 1
    while m < 1.0 and e > -1022:
        m = m * 2.0
        e -= 1
    if m < 1.0:
        # subnormal: x = frac * 2^-1074
        frac = r_uint(int(ldexp(x, 1074)))
        return sign | frac
    frac = r_uint(int((m - 1.0) * 4503599627370496.0))
    return sign | (r_uint(e + 1023) << 52) | frac


def bits_double(b):
    sign = (b >> 63) != r_uint(0)
    e = intmask((b >> 52) & r_uint(0x7FF))
    frac = intmask(b & r_uint(0xFFFFFFFFFFFFF))
    if e == 0x7FF:
        if frac != 0:
            return NAN
        x = INF
    elif e == 0:
        x = ldexp(float(frac), -1074)
    else:
        x = ldexp(float(frac) / 4503599627370496.0 + 1.0, e - 1023)
    if sign:
        return -x
    return x


def float_bits(x):
    """The IEEE-754 single-precision bits of x (rounded to nearest even)."""
    sign = 0
    if x < 0.0 or (x == 0.0 and math.atan2(x, -1.0) < 0.0):
        sign = 1 << 31
        x = -x
    if x != x:
        return 0x7FC00000 | sign
    if x == INF:
        return sign | 0x7F800000
    if x == 0.0:
        return sign
    e = 0
    m = x
    while m >= 2.0:
        m = m / 2.0
        e += 1
    while m < 1.0:
        m = m * 2.0
        e -= 1
    if e < -126:
        # subnormal: units of 2^-149
        q = round_even(ldexp(x, 149))
        if q >= (1 << 23):
            return sign | (1 << 23)
        return sign | q
    q = round_even((m - 1.0) * 8388608.0)
    if q >= (1 << 23):
        q = 0
        e += 1
    if e > 127:
        return sign | 0x7F800000
    return sign | ((e + 127) << 23) | q


def round_even(f):
    fl = float_floor(f)
    i = int(fl)
    d = f - fl
    if d > 0.5 or (d == 0.5 and i % 2 == 1):
        i += 1
    return i


def bits_float(b):
    sign = (b >> 31) & 1
    e = (b >> 23) & 0xFF
    frac = b & 0x7FFFFF
    if e == 0xFF:
        if frac != 0:
            return NAN
        x = INF
    elif e == 0:
        x = ldexp(float(frac), -149)
    else:
        x = ldexp(float(frac) / 8388608.0 + 1.0, e - 127)
    if sign:
        return -x
    return x


def s_pack(vm, args):
    fmt = check_str(vm, args, 0)
    r = FormatReader(fmt)
    out = []
    total = 0
    argi = 1
    while r.more():
        opt = r.getdetails(total)
        total += opt.align + opt.size
        for i in range(opt.align):
            out.append("\x00")
        kind = opt.kind
        size = opt.size
        if kind == K_INT or kind == K_UINT:
            n = check_int(vm, args, argi)
            if size < 8:
                lim = 1 << (size * 8 - 1)
                if kind == K_INT:
                    if not (-lim <= n < lim):
                        raise arg_error(argi + 1, "integer overflow")
                elif not (r_uint(n) < r_uint(lim * 2)):
                    raise arg_error(argi + 1, "unsigned overflow")
            pack_int(out, n, r.h.little, size, n < 0)
            argi += 1
        elif kind == K_FLOAT:
            f = check_float(vm, args, argi)
            pack_int(out, float_bits(f), r.h.little, 4, False)
            argi += 1
        elif kind == K_DOUBLE:
            f = check_float(vm, args, argi)
            pack_int(out, intmask(double_bits(f)), r.h.little, 8, False)
            argi += 1
        elif kind == K_CHAR:
            s = check_str(vm, args, argi)
            if len(s) > size:
                raise arg_error(argi + 1, "string longer than given size")
            out.append(s)
            for i in range(size - len(s)):
                out.append("\x00")
            argi += 1
        elif kind == K_STRING:
            s = check_str(vm, args, argi)
            if size < 8 and len(s) >= (1 << (size * 8)):
                raise arg_error(argi + 1, "string length does not fit in given size")
            pack_int(out, len(s), r.h.little, size, False)
            out.append(s)
            total += len(s)
            argi += 1
        elif kind == K_ZSTR:
            s = check_str(vm, args, argi)
            if s.find("\x00") >= 0:
                raise arg_error(argi + 1, "string contains zeros")
            out.append(s)
            out.append("\x00")
            total += len(s) + 1
            argi += 1
        elif kind == K_PADDING:
            out.append("\x00")
    return [W_String("".join(out))]


def s_packsize(vm, args):
    fmt = check_str(vm, args, 0)
    r = FormatReader(fmt)
    total = 0
    while r.more():
        opt = r.getdetails(total)
        if opt.kind == K_STRING or opt.kind == K_ZSTR:
            raise arg_error(1, "variable-length format")
        size = opt.size + opt.align
        if total > MAXSIZE - size:
            raise arg_error(1, "format result too large")
        total += size
    return [W_Int(total)]


def unpack_int(data, pos, little, size, signed):
    res = r_uint(0)
    limit = size if size <= 8 else 8
    for i in range(limit):
        idx = pos + i if little else pos + size - 1 - i
        res |= r_uint(ord(data[idx])) << (8 * i)
    if size < 8:
        if signed:
            mask = r_uint(1) << (size * 8 - 1)
            res = (res ^ mask) - mask
    elif size > 8:
        for i in range(8, size):
            idx = pos + i if little else pos + size - 1 - i
            expected = 0xFF if (signed and intmask(res) < 0) else 0
            if ord(data[idx]) != expected:
                raise caller_error("%d-byte integer does not fit into Lua Integer" % size)
    return intmask(res)


def s_unpack(vm, args):
    fmt = check_str(vm, args, 0)
    data = check_str(vm, args, 1)
    ld = len(data)
    pos = opt_int(vm, args, 2, 1)
    if pos == 0 or pos < -ld:
        pos = 1
    elif pos < 0:
        pos = ld + pos + 1
    pos -= 1
    if pos > ld or pos < 0:
        raise arg_error(3, "initial position out of string")
    r = FormatReader(fmt)
    out = []
    while r.more():
        opt = r.getdetails(pos)
        if opt.align + opt.size > ld - pos:
            raise arg_error(2, "data string too short")
        pos += opt.align
        kind = opt.kind
        size = opt.size
        if kind == K_INT or kind == K_UINT:
            out.append(W_Int(unpack_int(data, pos, r.h.little, size, kind == K_INT)))
        elif kind == K_FLOAT:
            bits = unpack_int(data, pos, r.h.little, 4, False)
            out.append(W_Float(bits_float(bits)))
        elif kind == K_DOUBLE:
            bits = unpack_int(data, pos, r.h.little, 8, False)
            out.append(W_Float(bits_double(r_uint(bits))))
        elif kind == K_CHAR:
            out.append(W_String(data[pos:pos + size]))
        elif kind == K_STRING:
            length = unpack_int(data, pos, r.h.little, size, False)
            if length < 0 or length > ld - pos - size:
                raise arg_error(2, "data string too short")
            out.append(W_String(data[pos + size:pos + size + length]))
            pos += length
        elif kind == K_ZSTR:
            end = data.find("\x00", pos)
            if end < 0:
                raise arg_error(2, "unfinished string for format 'z'")
            out.append(W_String(data[pos:end]))
            pos = end + 1 - size
        pos += size
    out.append(W_Int(pos + 1))
    return out
