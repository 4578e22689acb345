# targets/lua: the utf8 library (char, charpattern, codepoint, len, offset, codes), with
# lutf8lib.c's decoder: sequences up to 6 bytes (code points below 2^31), overlong encodings
# rejected, surrogates and values above 10FFFF rejected unless `lax`.
from lobject import W_Nil, W_Int, W_String, W_Builtin, w_nil, w_false
from ltable import W_Table
from lops import arg_error, caller_error
from lvm import K_NORMAL
from llex import utf8_encode
from lauxlib import arg, check_int, opt_int, check_str, register, setfield

MAXUNICODE = 0x10FFFF
MAXUTF = 0x7FFFFFFF
LIMITS = [~0, 0x80, 0x800, 0x10000, 0x200000, 0x4000000]


def iscont(s, i):
    return i < len(s) and (ord(s[i]) & 0xC0) == 0x80


def decode(s, i, strict):
    """(code point, index after it) of the sequence at s[i], or (-1, -1) if invalid."""
    c = ord(s[i]) if i < len(s) else 0
    if c < 0x80:
        return c, i + 1
    res = 0
    count = 0
    while c & 0x40:
        count += 1
        if i + count >= len(s):
            return -1, -1
        cc = ord(s[i + count])
        if (cc & 0xC0) != 0x80:
            return -1, -1
        res = (res << 6) | (cc & 0x3F)
        c <<= 1
    res |= (c & 0x7F) << (count * 5)
    if count == 0 or count > 5 or res > MAXUTF or res < LIMITS[count]:
        return -1, -1
    if strict and (res > MAXUNICODE or (0xD800 <= res <= 0xDFFF)):
        return -1, -1
    return res, i + count + 1


def u_posrelat(pos, length):
    if pos >= 0:
        return pos
    if -pos > length:
        return 0
    return length + pos + 1


def u_char(vm, args):
    out = []
    for i in range(len(args)):
        code = check_int(vm, args, i)
        if code < 0 or code > MAXUTF:
            raise arg_error(i + 1, "value out of range")
        out.append(utf8_encode(code))
    return [W_String("".join(out))]


def u_len(vm, args):
    s = check_str(vm, args, 0)
    n = len(s)
    posi = u_posrelat(opt_int(vm, args, 1, 1), n)
    posj = u_posrelat(opt_int(vm, args, 2, -1), n)
    lax = arg(args, 3).is_true()
    if not (1 <= posi and posi - 1 <= n):
        raise arg_error(2, "initial position out of bounds")
    posi -= 1
    if not (posj - 1 < n):
        raise arg_error(3, "final position out of bounds")
    posj -= 1
    count = 0
    while posi <= posj:
        code, nxt = decode(s, posi, not lax)
        if nxt < 0:
            return [w_nil, W_Int(posi + 1)]
        posi = nxt
        count += 1
    return [W_Int(count)]


def u_codepoint(vm, args):
    s = check_str(vm, args, 0)
    n = len(s)
    posi = u_posrelat(opt_int(vm, args, 1, 1), n)
    pose = u_posrelat(opt_int(vm, args, 2, posi), n)
    lax = arg(args, 3).is_true()
    if posi < 1:
        raise arg_error(2, "out of bounds")
    if pose > n:
        raise arg_error(3, "out of bounds")
    if posi > pose:
        return []
    out = []
    i = posi - 1
    while i < pose:
        code, nxt = decode(s, i, not lax)
        if nxt < 0:
            raise caller_error("invalid UTF-8 code")
        out.append(W_Int(code))
        i = nxt
    return out


def u_offset(vm, args):
    s = check_str(vm, args, 0)
    n = check_int(vm, args, 1)
    length = len(s)
    default = 1 if n >= 0 else length + 1
    posi = u_posrelat(opt_int(vm, args, 2, default), length)
    if not (1 <= posi and posi - 1 <= length):
        raise arg_error(3, "position out of bounds")
    posi -= 1
    if n == 0:
        while posi > 0 and iscont(s, posi):
            posi -= 1
        return [W_Int(posi + 1)]
    if iscont(s, posi):
        raise caller_error("initial position is a continuation byte")
    if n < 0:
        while n < 0 and posi > 0:
            posi -= 1
            while posi > 0 and iscont(s, posi):
                posi -= 1
            n += 1
    else:
        n -= 1
        while n > 0 and posi < length:
            posi += 1
            while iscont(s, posi):
                posi += 1
            n -= 1
    if n == 0:
        return [W_Int(posi + 1)]
    return [w_nil]


class W_CodesIter(W_Builtin):
    def __init__(self, strict):
        W_Builtin.__init__(self, "for iterator", u_len, K_NORMAL)
        self.strict = strict

    def call(self, vm, args):
        s = check_str(vm, args, 0)
        i = check_int(vm, args, 1)
        n = len(s)
        if i < 0:
            return []
        # i is just after the previous character's first byte: skip its continuation bytes
        while i < n and iscont(s, i):
            i += 1
        if i >= n:
            return []
        code, nxt = decode(s, i, self.strict)
        if nxt < 0 or iscont(s, nxt):
            raise caller_error("invalid UTF-8 code")
        return [W_Int(i + 1), W_Int(code)]


def u_codes(vm, args):
    s = check_str(vm, args, 0)
    lax = arg(args, 1).is_true()
    if len(s) > 0 and iscont(s, 0):
        raise arg_error(1, "invalid UTF-8 code")
    it = vm.utf8_codes_lax if lax else vm.utf8_codes
    return [it, args[0], W_Int(0)]


def open_utf8(vm):
    t = W_Table()
    setfield(vm.globals, "utf8", t)
    setfield(vm.loaded, "utf8", t)
    register(vm, t, "char", "utf8.char", u_char, K_NORMAL)
    register(vm, t, "len", "utf8.len", u_len, K_NORMAL)
    register(vm, t, "codepoint", "utf8.codepoint", u_codepoint, K_NORMAL)
    register(vm, t, "offset", "utf8.offset", u_offset, K_NORMAL)
    register(vm, t, "codes", "utf8.codes", u_codes, K_NORMAL)
    setfield(t, "charpattern", W_String("[\x00-\x7F\xC2-\xFD][\x80-\xBF]*"))
    vm.utf8_codes = W_CodesIter(True)
    vm.utf8_codes_lax = W_CodesIter(False)
