# targets/lua: the string library (find, match, gmatch, gsub with Lua patterns; format; rep,
# sub, byte, char, upper, lower, len, reverse) and the string metatable (__index = string).
import math

from kiln.rarithmetic import r_uint, intmask
from kiln.rstring import StringBuilder

from lobject import (W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Function, W_Builtin,
                     w_nil, w_true, w_false)
from ltable import W_Table
from lops import LuaError, arg_error, caller_error, to_number, to_int_strict, tostr_basic
from lnumber import float_to_str, float_to_int_exact, int_to_str, MININT, INF
from lvm import K_NORMAL
from lauxlib import (arg, check_any, check_int, opt_int, check_str, opt_str, check_number,
                     type_error, tostring_meta, register, setfield, address)
from lpattern import MatchState, has_specials, SPECIALS
from lstrpack import s_pack, s_unpack, s_packsize, double_bits

MAXSIZE = 2147483647


def posrelat_start(pos, length):
    if pos > 0:
        return pos
    if pos == 0:
        return 1
    if pos < -length:
        return 1
    return length + pos + 1


def get_end_pos(pos, length):
    if pos > length:
        return length
    if pos >= 0:
        return pos
    if pos < -length:
        return 0
    return length + pos + 1


def s_len(vm, args):
    return [W_Int(len(check_str(vm, args, 0)))]


def s_sub(vm, args):
    s = check_str(vm, args, 0)
    n = len(s)
    i = posrelat_start(check_int(vm, args, 1), n)
    j = get_end_pos(opt_int(vm, args, 2, -1), n)
    if i > j:
        return [W_String("")]
    return [W_String(s[i - 1:j])]


def s_upper(vm, args):
    s = check_str(vm, args, 0)
    b = StringBuilder(len(s))
    for c in s:
        if "a" <= c <= "z":
            b.append(chr(ord(c) - 32))
        else:
            b.append(c)
    return [W_String(b.build())]


def s_lower(vm, args):
    s = check_str(vm, args, 0)
    b = StringBuilder(len(s))
    for c in s:
        if "A" <= c <= "Z":
            b.append(chr(ord(c) + 32))
        else:
            b.append(c)
    return [W_String(b.build())]


def s_rep(vm, args):
    s = check_str(vm, args, 0)
    n = check_int(vm, args, 1)
    sep = opt_str(vm, args, 2, "")
    if n <= 0:
        return [W_String("")]
    total = len(s) + len(sep)
    if total > 0 and n > MAXSIZE // total:
        raise caller_error("resulting string too large")
    if sep == "":
        return [W_String(s * n)]
    b = StringBuilder(total * n)
    for i in range(n):
        if i > 0:
            b.append(sep)
        b.append(s)
    return [W_String(b.build())]


def s_reverse(vm, args):
    s = check_str(vm, args, 0)
    b = StringBuilder(len(s))
    i = len(s) - 1
    while i >= 0:
        b.append(s[i])
        i -= 1
    return [W_String(b.build())]


def s_byte(vm, args):
    s = check_str(vm, args, 0)
    n = len(s)
    pi = opt_int(vm, args, 1, 1)
    i = posrelat_start(pi, n)
    j = get_end_pos(opt_int(vm, args, 2, pi), n)
    if i > j:
        return []
    if j - i >= 2147483647:
        raise caller_error("string slice too long")
    out = []
    for k in range(i - 1, j):
        out.append(W_Int(ord(s[k])))
    return out


def s_char(vm, args):
    b = StringBuilder(len(args))
    for i in range(len(args)):
        c = check_int(vm, args, i)
        if c < 0 or c > 255:
            raise arg_error(i + 1, "value out of range")
        b.append(chr(c))
    return [W_String(b.build())]


# -- Pattern matching -----------------------------------------------------------------------

def push_captures(ms, s, e, whole_if_none):
    n = ms.level
    if n == 0 and whole_if_none:
        return [W_String(ms.src[s:e])]
    out = []
    for i in range(n):
        out.append(get_capture(ms, i, s, e))
    return out


def get_capture(ms, i, s, e):
    if i < ms.level and ms.capture_is_position(i):
        return W_Int(ms.capture_position(i))
    return W_String(ms.capture_text(i, s, e))


def str_find_aux(vm, args, find):
    s = check_str(vm, args, 0)
    p = check_str(vm, args, 1)
    ls = len(s)
    init = posrelat_start(opt_int(vm, args, 2, 1), ls)
    if init > ls + 1:
        return [w_nil]
    if find and (arg(args, 3).is_true() or not has_specials(p)):
        idx = s.find(p, init - 1)
        if idx >= 0:
            return [W_Int(idx + 1), W_Int(idx + len(p))]
        return [w_nil]
    ms = MatchState(s, p)
    anchor = len(p) > 0 and p[0] == "^"
    pstart = 1 if anchor else 0
    s1 = init - 1
    while True:
        ms.reset()
        e = ms.do_match(s1, pstart)
        if e != -1:
            if find:
                return [W_Int(s1 + 1), W_Int(e)] + push_captures(ms, -1, -1, False)
            return push_captures(ms, s1, e, True)
        s1 += 1
        if anchor or s1 > ls:
            break
    return [w_nil]


def s_find(vm, args):
    return str_find_aux(vm, args, True)


def s_match(vm, args):
    return str_find_aux(vm, args, False)


class W_GmatchIter(W_Builtin):
    def __init__(self, src, pat, pos):
        W_Builtin.__init__(self, "gmatch_aux", s_len, K_NORMAL)
        self.src = src
        self.pat = pat
        self.pos = pos
        self.lastmatch = -1

    def nupvalues(self):
        return 3

    def call(self, vm, args):
        ms = MatchState(self.src, self.pat)
        src = self.src
        start = self.pos
        while start <= len(src):
            ms.reset()
            e = ms.do_match(start, 0)
            if e != -1 and e != self.lastmatch:
                self.pos = e
                self.lastmatch = e
                return push_captures(ms, start, e, True)
            start += 1
        self.pos = start
        return []


def s_gmatch(vm, args):
    s = check_str(vm, args, 0)
    p = check_str(vm, args, 1)
    init = posrelat_start(opt_int(vm, args, 2, 1), len(s)) - 1
    if init > len(s):
        init = len(s) + 1      # start after the end: no match at all
    return [W_GmatchIter(s, p, init)]


def add_value(vm, ms, b, s, e, repl, tr):
    """Append the replacement of the match s..e to the builder b (gsub); False when the
    match is kept as it was (a nil or false from a table or function)."""
    if isinstance(repl, W_String) or isinstance(repl, W_Number):
        r = tostr_basic(repl)
        i = 0
        n = len(r)
        while i < n:
            c = r[i]
            if c == "%":
                i += 1
                if i >= n:
                    raise caller_error("invalid use of '%' in replacement string")
                d = r[i]
                if d == "%":
                    b.append("%")
                elif "0" <= d <= "9":
                    if d == "0":
                        b.append(ms.src[s:e])
                    else:
                        v = get_capture(ms, ord(d) - ord("1"), s, e)
                        b.append(tostr_basic(v))
                else:
                    raise caller_error("invalid use of '%' in replacement string")
            else:
                b.append(c)
            i += 1
        return True
    cap = get_capture(ms, 0, s, e)
    if isinstance(repl, W_Table):
        v = vm.index_host(repl, cap)
    else:
        results = vm.call_function(repl, push_captures(ms, s, e, True))
        v = results[0] if len(results) > 0 else w_nil
    if isinstance(v, W_Nil) or (isinstance(v, W_Bool) and not v.bval):
        b.append(ms.src[s:e])
        return False
    elif isinstance(v, W_String) or isinstance(v, W_Number):
        b.append(tostr_basic(v))
        return True
    else:
        raise caller_error("invalid replacement value (a %s)" % v.typename())


def s_gsub(vm, args):
    src = check_str(vm, args, 0)
    p = check_str(vm, args, 1)
    repl = arg(args, 2)
    if not (isinstance(repl, W_String) or isinstance(repl, W_Number) or isinstance(repl, W_Table)
            or isinstance(repl, W_Function)):
        raise type_error(vm, args, 2, "string/function/table")
    max_s = opt_int(vm, args, 3, len(src) + 1)
    anchor = len(p) > 0 and p[0] == "^"
    pstart = 1 if anchor else 0
    ms = MatchState(src, p)
    b = StringBuilder(len(src))
    s = 0
    n = 0
    lastmatch = -1
    changed = False
    while n < max_s:
        ms.reset()
        e = ms.do_match(s, pstart)
        if e != -1 and e != lastmatch:
            n += 1
            if add_value(vm, ms, b, s, e, repl, 0):
                changed = True
            s = e
            lastmatch = e
        elif s < len(src):
            b.append(src[s])
            s += 1
        else:
            break
        if anchor:
            break
    if not changed and isinstance(args[0], W_String):
        return [args[0], W_Int(n)]     # PUC returns the subject itself
    if s < len(src):
        b.append_slice(src, s, len(src))
    return [W_String(b.build()), W_Int(n)]


# -- format ---------------------------------------------------------------------------------

FLAGS = "-+ #0"


def s_format(vm, args):
    fmt = check_str(vm, args, 0)
    b = StringBuilder(len(fmt) + 16)
    argi = 0
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%":
            b.append(c)
            continue
        if i >= n:
            raise caller_error("invalid conversion '%' to 'format'")
        if fmt[i] == "%":
            b.append("%")
            i += 1
            continue
        # as lstrlib.c: span flags, width and precision, then check them per conversion
        span = 0
        while i + span < n and fmt[i + span] in "-+ #0123456789.":
            span += 1
        if span + 1 >= 22:
            raise caller_error("invalid format (too long)")
        if i + span >= n:
            raise caller_error("invalid conversion '%%%s' to 'format'" % fmt[i:i + span])
        conv = fmt[i + span]
        spec = fmt[i - 1:i + span + 1]
        i += span + 1
        allowed = conversion_flags(conv)
        prec_ok = conversion_has_precision(conv)
        p = 1
        last = len(spec) - 1
        while p < last and spec[p] in allowed:
            p += 1
        flags = spec[1:p]
        width = ""
        precision = ""
        has_prec = False
        if spec[p] != "0":
            ws = p
            while p < last and p - ws < 2 and "0" <= spec[p] <= "9":
                p += 1
            width = spec[ws:p]
            if spec[p] == "." and prec_ok:
                has_prec = True
                p += 1
                ps = p
                while p < last and p - ps < 2 and "0" <= spec[p] <= "9":
                    p += 1
                precision = spec[ps:p]
        if conv == "q" and spec != "%q":
            raise caller_error("specifier '%q' cannot have modifiers")
        if p != last and conv in "diuoxXcpseEfgGaA":
            raise caller_error("invalid conversion specification: '%s'" % spec)
        argi += 1
        if conv == "d" or conv == "i":
            check_flags(spec, flags, "-+ 0", has_prec)
            v = format_int_arg(vm, args, argi)
            b.append(("%" + flags + width + ("." + precision if has_prec else "") + "d") % v)
        elif conv == "u":
            check_flags(spec, flags, "-0", has_prec)
            v = format_int_arg(vm, args, argi)
            b.append(format_unsigned(v, conv, flags, width, precision, has_prec))
        elif conv == "x" or conv == "X" or conv == "o":
            check_flags(spec, flags, "-#0", has_prec)
            v = format_int_arg(vm, args, argi)
            b.append(format_unsigned(v, conv, flags, width, precision, has_prec))
        elif conv == "c":
            check_flags(spec, flags, "-", False)
            v = format_int_arg(vm, args, argi)
            b.append(pad(chr(v & 255), flags, width))
        elif conv == "e" or conv == "E" or conv == "f" or conv == "g" or conv == "G":
            check_flags(spec, flags, "-+ #0", True)
            f = float_arg(vm, args, argi)
            b.append(format_float(f, conv, flags, width, precision, has_prec))
        elif conv == "a" or conv == "A":
            check_flags(spec, flags, "-+ #0", True)
            f = float_arg(vm, args, argi)
            prec = int_of(precision) if has_prec else -1
            text = hex_float_spec(f, conv == "A", prec, flags)
            if flags.find("0") >= 0 and flags.find("-") < 0 and len(text) < int_of(width):
                k = text.find("x") + 1 if text.find("x") >= 0 else text.find("X") + 1
                text = text[:k] + "0" * (int_of(width) - len(text)) + text[k:]
            b.append(pad(text, flags, width))
        elif conv == "s":
            check_flags(spec, flags, "-", True)
            if argi >= len(args):
                raise arg_error(argi + 1, "no value")
            s = tostring_meta(vm, args[argi])
            if spec != "%s" and s.find("\x00") >= 0:
                raise arg_error(argi + 1, "string contains zeros")
            if has_prec:
                s = s[:int_of(precision)]
            b.append(pad(s, flags, width))
        elif conv == "p":
            check_flags(spec, flags, "-", False)
            if argi >= len(args):
                raise arg_error(argi + 1, "no value")
            b.append(pad(pointer_text(args[argi]), flags, width))
        elif conv == "q":
            if spec != "%q":
                raise caller_error("specifier '%q' cannot have modifiers")
            if argi >= len(args):
                raise arg_error(argi + 1, "no value")
            b.append(quote_value(args[argi], argi))
        else:
            raise caller_error("invalid conversion '%s' to 'format'" % spec)
    return [W_String(b.build())]


def pointer_text(v):
    """%p: an address for objects, "(null)" for values that are not. Short strings are
    interned in PUC Lua, so equal ones share an address."""
    if isinstance(v, W_String):
        if len(v.s) <= 40:
            return "0x%x" % SHORT_STRINGS.get(v.s)
        return "0x%x" % address(v)
    if isinstance(v, W_Nil) or isinstance(v, W_Bool) or isinstance(v, W_Number):
        return "(null)"
    return "0x%x" % address(v)


class StringAddresses(object):
    def __init__(self):
        self.ids = {}
        self.next = 0x55b7d1c09000

    def get(self, s):
        a = self.ids.get(s, 0)
        if a == 0:
            a = self.next
            self.next += 0x40
            self.ids[s] = a
        return a


SHORT_STRINGS = StringAddresses()


def conversion_flags(conv):
    """The flags a conversion accepts (lstrlib.c)."""
    if conv == "d" or conv == "i":
        return "-+ 0"
    if conv == "u":
        return "-0"
    if conv == "o" or conv == "x" or conv == "X":
        return "-#0"
    if conv == "c" or conv == "p" or conv == "s":
        return "--"
    if conv == "q":
        return ""
    return "-+ #0"


def conversion_has_precision(conv):
    return not (conv == "c" or conv == "p" or conv == "q")


def check_flags(spec, flags, allowed, prec_ok):
    for c in flags:
        if c not in allowed:
            raise caller_error("invalid conversion '%s' to 'format'" % spec)


def int_of(digits):
    v = 0
    for c in digits:
        v = v * 10 + ord(c) - 48
    return v


def pad(s, flags, width):
    w = int_of(width)
    if len(s) >= w:
        return s
    if flags.find("-") >= 0:
        return s + " " * (w - len(s))
    return " " * (w - len(s)) + s


def format_int_arg(vm, args, argi):
    if argi >= len(args):
        raise arg_error(argi + 1, "no value")
    v = args[argi]
    n = to_number(v)
    if n is None:
        raise type_error(vm, args, argi, "number")
    ok, i = to_int_strict(n)
    if not ok:
        raise arg_error(argi + 1, "number has no integer representation")
    return i


def float_arg(vm, args, argi):
    if argi >= len(args):
        raise arg_error(argi + 1, "no value")
    n = to_number(args[argi])
    if n is None:
        raise type_error(vm, args, argi, "number")
    if isinstance(n, W_Int):
        return float(n.ival)
    assert isinstance(n, W_Float)
    return n.fval


def format_unsigned(v, conv, flags, width, precision, has_prec):
    digits = "0123456789abcdef" if conv != "X" else "0123456789ABCDEF"
    base = 8 if conv == "o" else (10 if conv == "u" else 16)
    u = r_uint(v)
    out = []
    if u == r_uint(0):
        out.append("0")
    while u > r_uint(0):
        out.append(digits[intmask(u % r_uint(base))])
        u = u // r_uint(base)
    out.reverse()
    s = "".join(out)
    if has_prec:
        p = int_of(precision)
        if len(s) < p:
            s = "0" * (p - len(s)) + s
        if p == 0 and v == 0:
            s = ""
    if flags.find("#") >= 0 and v != 0:
        if conv == "o":
            if not s.startswith("0"):
                s = "0" + s
        elif conv == "x":
            s = "0x" + s
        else:
            s = "0X" + s
    w = int_of(width)
    if flags.find("0") >= 0 and flags.find("-") < 0 and not has_prec and len(s) < w:
        prefix = ""
        if s.startswith("0x") or s.startswith("0X"):
            prefix = s[:2]
            s = s[2:]
        s = prefix + "0" * (w - len(s) - len(prefix)) + s
    return pad(s, flags, width)


def format_float(f, conv, flags, width, precision, has_prec):
    if f != f or f == INF or f == -INF:
        if f != f:
            s = "-nan"
        elif f > 0:
            s = "inf"
            if flags.find("+") >= 0:
                s = "+inf"
            elif flags.find(" ") >= 0:
                s = " inf"
        else:
            s = "-inf"
        if conv == "E" or conv == "F" or conv == "G":
            s = s.upper()
        return pad(s, flags.replace("0", ""), width)
    spec = "%" + flags + width
    if has_prec:
        spec += "." + precision
    spec += conv
    return spec % f


def hex_float(f, upper):
    return hex_float_spec(f, upper, -1, "")


def hex_float_spec(f, upper, precision, flags):
    """C's %a: [-]0xh.hhhp+d, exact (shortest) without a precision, rounded to nearest
    even with one."""
    bits = double_bits(f)
    neg = (bits >> 63) != r_uint(0)
    sign = "-" if neg else ("+" if flags.find("+") >= 0 else (" " if flags.find(" ") >= 0 else ""))
    if f != f:
        s = "-nan" if neg else "nan"
    elif f == INF or f == -INF:
        s = sign + "inf"
    else:
        e = intmask((bits >> 52) & r_uint(0x7FF))
        frac = intmask(bits & r_uint(0xFFFFFFFFFFFFF))
        if e == 0 and frac == 0:
            lead = 0
            exp = 0
        elif e == 0:
            lead = 0
            exp = -1022
        else:
            lead = 1
            exp = e - 1023
        ndigits = 13
        if precision >= 0 and precision < 13:
            drop = 4 * (13 - precision)
            rest = frac & ((1 << drop) - 1)
            frac = frac >> drop
            half = 1 << (drop - 1)
            if rest > half or (rest == half and frac & 1 == 1):
                frac += 1
                if frac >= (1 << (4 * precision)):
                    frac -= 1 << (4 * precision)
                    lead += 1
            ndigits = precision
        digits = []
        for k in range(ndigits):
            digits.append("0123456789abcdef"[(frac >> (4 * (ndigits - 1 - k))) & 15])
        ds = "".join(digits)
        if precision < 0:
            ds = ds.rstrip("0")
        elif precision > 13:
            ds = ds + "0" * (precision - 13)
        mant = "0x%d" % lead
        if ds != "" or flags.find("#") >= 0:
            mant = mant + "." + ds
        s = "%s%sp%s%d" % (sign, mant, "+" if exp >= 0 else "-", abs(exp))
    if upper:
        return s.upper()
    return s


def quote_value(v, argi):
    if isinstance(v, W_String):
        return quote_string(v.s)
    if isinstance(v, W_Int):
        if v.ival == MININT:
            return "0x8000000000000000"
        return int_to_str(v.ival)
    if isinstance(v, W_Float):
        f = v.fval
        if f == INF:
            return "1e9999"
        if f == -INF:
            return "-1e9999"
        if f != f:
            return "(0/0)"
        return hex_float(f, False)
    if isinstance(v, W_Nil):
        return "nil"
    if isinstance(v, W_Bool):
        return "true" if v.bval else "false"
    raise arg_error(argi + 1, "value has no literal form")


def quote_string(s):
    b = StringBuilder(len(s) + 2)
    b.append('"')
    n = len(s)
    for i in range(n):
        c = s[i]
        if c == '"' or c == "\\" or c == "\n":
            b.append("\\")
            b.append(c)
        elif c == "\0":
            if i + 1 < n and "0" <= s[i + 1] <= "9":
                b.append("\\000")
            else:
                b.append("\\0")
        elif ord(c) < 32 or ord(c) == 127:
            if i + 1 < n and "0" <= s[i + 1] <= "9":
                b.append("\\%03d" % ord(c))
            else:
                b.append("\\%d" % ord(c))
        else:
            b.append(c)
    b.append('"')
    return b.build()


def open_string(vm):
    g = vm.globals
    t = W_Table()
    setfield(g, "string", t)
    setfield(vm.loaded, "string", t)
    register(vm, t, "len", "string.len", s_len, K_NORMAL)
    register(vm, t, "sub", "string.sub", s_sub, K_NORMAL)
    register(vm, t, "upper", "string.upper", s_upper, K_NORMAL)
    register(vm, t, "lower", "string.lower", s_lower, K_NORMAL)
    register(vm, t, "rep", "string.rep", s_rep, K_NORMAL)
    register(vm, t, "reverse", "string.reverse", s_reverse, K_NORMAL)
    register(vm, t, "byte", "string.byte", s_byte, K_NORMAL)
    register(vm, t, "char", "string.char", s_char, K_NORMAL)
    register(vm, t, "find", "string.find", s_find, K_NORMAL)
    register(vm, t, "match", "string.match", s_match, K_NORMAL)
    register(vm, t, "gmatch", "string.gmatch", s_gmatch, K_NORMAL)
    register(vm, t, "gsub", "string.gsub", s_gsub, K_NORMAL)
    register(vm, t, "format", "string.format", s_format, K_NORMAL)
    register(vm, t, "pack", "string.pack", s_pack, K_NORMAL)
    register(vm, t, "unpack", "string.unpack", s_unpack, K_NORMAL)
    register(vm, t, "packsize", "string.packsize", s_packsize, K_NORMAL)
    meta = W_Table()
    setfield(meta, "__index", t)
    vm.string_meta = meta
