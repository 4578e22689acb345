# targets/lua: the math library. Functions C gives values for where Python raises (sqrt(-1),
# log(0), exp(1000), sin(inf)) are guarded; random is Lua 5.4's xoshiro256**, so a seeded
# sequence is PUC Lua's.
import math
import time

from kiln.rarithmetic import intmask, r_uint

from lobject import W_Nil, W_Int, W_Float, W_Number, W_String, w_nil, w_true, w_false, newbool
from ltable import W_Table
from lops import arg_error, caller_error, num_lt, to_integer
from lnumber import (float_floor, float_ceil, float_fits_int, float_to_int_exact, fmod, INF, NAN,
                     MAXINT, MININT)
from lvm import K_NORMAL
from lauxlib import (arg, check_any, check_int, opt_int, check_number, check_float, type_error,
                     register, setfield)

LN2 = 0.6931471805599453
LN10 = 2.302585092994046
TWO_MIN53 = 1.1102230246251565e-16


def m_abs(vm, args):
    n = check_number(vm, args, 0)
    if isinstance(n, W_Int):
        if n.ival < 0:
            return [W_Int(intmask(-n.ival))]
        return [n]
    assert isinstance(n, W_Float)
    return [W_Float(abs(n.fval))]


def float_to_num(f):
    """A float with an integral value as an integer when it fits, else the float."""
    if float_fits_int(f):
        return W_Int(int(f))
    return W_Float(f)


def m_floor(vm, args):
    n = check_number(vm, args, 0)
    if isinstance(n, W_Int):
        return [n]
    assert isinstance(n, W_Float)
    return [float_to_num(float_floor(n.fval))]


def m_ceil(vm, args):
    n = check_number(vm, args, 0)
    if isinstance(n, W_Int):
        return [n]
    assert isinstance(n, W_Float)
    return [float_to_num(float_ceil(n.fval))]


def m_sqrt(vm, args):
    x = check_float(vm, args, 0)
    if x < 0.0 or x != x:
        return [W_Float(NAN)]
    if x == INF:
        return [W_Float(INF)]
    return [W_Float(math.sqrt(x))]


def finite(x):
    return x == x and x != INF and x != -INF


def m_sin(vm, args):
    x = check_float(vm, args, 0)
    if not finite(x):
        return [W_Float(NAN)]
    return [W_Float(math.sin(x))]


def m_cos(vm, args):
    x = check_float(vm, args, 0)
    if not finite(x):
        return [W_Float(NAN)]
    return [W_Float(math.cos(x))]


def m_tan(vm, args):
    x = check_float(vm, args, 0)
    if not finite(x):
        return [W_Float(NAN)]
    return [W_Float(math.sin(x) / math.cos(x))]


def m_asin(vm, args):
    x = check_float(vm, args, 0)
    if not (-1.0 <= x <= 1.0):
        return [W_Float(NAN)]
    return [W_Float(math.atan2(x, math.sqrt(1.0 - x * x)))]


def m_acos(vm, args):
    x = check_float(vm, args, 0)
    if not (-1.0 <= x <= 1.0):
        return [W_Float(NAN)]
    return [W_Float(math.atan2(math.sqrt(1.0 - x * x), x))]


def m_atan(vm, args):
    y = check_float(vm, args, 0)
    x = 1.0
    if len(args) > 1 and not isinstance(args[1], W_Nil):
        x = check_float(vm, args, 1)
    return [W_Float(math.atan2(y, x))]


def m_exp(vm, args):
    x = check_float(vm, args, 0)
    if x != x:
        return [W_Float(NAN)]
    if x > 709.8:
        return [W_Float(INF)]
    if x < -745.2:
        return [W_Float(0.0)]
    return [W_Float(math.exp(x))]


def ln(x):
    if x != x:
        return NAN
    if x < 0.0:
        return NAN
    if x == 0.0:
        return -INF
    if x == INF:
        return INF
    return math.log(x)


def log2(x):
    r = ln(x)
    if finite(r):
        # exact for powers of two, as C's log2
        k = float_floor(r / LN2 + 0.5)
        if abs(k) < 1024.0 and exp2(int(k)) == x:
            return k
        return r / LN2
    return r


def exp2(k):
    result = 1.0
    base = 2.0 if k >= 0 else 0.5
    k = abs(k)
    while k > 0:
        if k & 1:
            result *= base
        base *= base
        k >>= 1
    return result


def log10(x):
    r = ln(x)
    if finite(r):
        k = float_floor(r / LN10 + 0.5)
        if abs(k) <= 22.0 and 10.0 ** k == x:
            return k
        return r / LN10
    return r


def m_log(vm, args):
    x = check_float(vm, args, 0)
    if len(args) < 2 or isinstance(args[1], W_Nil):
        return [W_Float(ln(x))]
    base = check_float(vm, args, 1)
    if base == 2.0:
        return [W_Float(log2(x))]
    if base == 10.0:
        return [W_Float(log10(x))]
    return [W_Float(ln(x) / ln(base))]


def m_deg(vm, args):
    return [W_Float(check_float(vm, args, 0) * (180.0 / math.pi))]


def m_rad(vm, args):
    return [W_Float(check_float(vm, args, 0) * (math.pi / 180.0))]


def m_fmod(vm, args):
    a = check_number(vm, args, 0)
    b = check_number(vm, args, 1)
    if isinstance(a, W_Int) and isinstance(b, W_Int):
        d = b.ival
        if d == 0:
            raise arg_error(2, "zero")
        if d == -1:
            return [W_Int(0)]
        r = a.ival % d
        if r != 0 and (r < 0) != (a.ival < 0):
            r -= d
        return [W_Int(r)]
    x = check_float(vm, args, 0)
    y = check_float(vm, args, 1)
    if y == 0.0 or not finite(x) or y != y:
        return [W_Float(NAN)]
    if y == INF or y == -INF:
        return [W_Float(x)]
    return [W_Float(fmod(x, y))]


def m_modf(vm, args):
    n = check_number(vm, args, 0)
    if isinstance(n, W_Int):
        return [n, W_Float(0.0)]
    assert isinstance(n, W_Float)
    x = n.fval
    ip = float_ceil(x) if x < 0.0 else float_floor(x)
    frac = 0.0 if x == ip else x - ip
    if x != x:
        frac = x
    return [float_to_num(ip), W_Float(frac)]


def m_tointeger(vm, args):
    v = check_any(vm, args, 0)
    ok, i = to_integer(v)
    if ok:
        return [W_Int(i)]
    return [w_nil]


def m_type(vm, args):
    v = check_any(vm, args, 0)
    if isinstance(v, W_Int):
        return [W_String("integer")]
    if isinstance(v, W_Float):
        return [W_String("float")]
    return [w_nil]


def m_ult(vm, args):
    a = check_int(vm, args, 0)
    b = check_int(vm, args, 1)
    return [newbool(r_uint(a) < r_uint(b))]


def minmax(vm, args, is_max):
    n = len(args)
    if n < 1:
        raise arg_error(1, "value expected")
    best = check_number(vm, args, 0)
    for i in range(1, n):
        v = check_number(vm, args, i)
        if is_max:
            if num_lt(best, v):
                best = v
        elif num_lt(v, best):
            best = v
    return [best]


def m_max(vm, args):
    return minmax(vm, args, True)


def m_min(vm, args):
    return minmax(vm, args, False)


# -- Random numbers (xoshiro256**) ----------------------------------------------------------

class RandomState(object):
    def __init__(self):
        self.s = [r_uint(0), r_uint(0), r_uint(0), r_uint(0)]

    def next(self):
        s = self.s
        s0 = s[0]
        s1 = s[1]
        s2 = s[2] ^ s0
        s3 = s[3] ^ s1
        res = rotl(s1 * r_uint(5), 7) * r_uint(9)
        s[0] = s0 ^ s3
        s[1] = s1 ^ s2
        s[2] = s2 ^ (s1 << 17)
        s[3] = rotl(s3, 45)
        return res

    def seed(self, n1, n2):
        s = self.s
        s[0] = r_uint(n1)
        s[1] = r_uint(0xff)
        s[2] = r_uint(n2)
        s[3] = r_uint(0)
        for i in range(16):
            self.next()


def rotl(x, n):
    return (x << n) | (x >> (64 - n))


def project(ran, n, state):
    if n & (n + r_uint(1)) == r_uint(0):
        return ran & n
    lim = n
    lim |= lim >> 1
    lim |= lim >> 2
    lim |= lim >> 4
    lim |= lim >> 8
    lim |= lim >> 16
    lim |= lim >> 32
    ran &= lim
    while ran > n:
        ran = state.next() & lim
    return ran


def m_random(vm, args):
    state = vm.random_state
    rv = state.next()
    n = len(args)
    if n == 0:
        return [W_Float(float(intmask(rv >> 11)) * TWO_MIN53)]
    if n == 1:
        low = 1
        up = check_int(vm, args, 0)
        if up == 0:
            return [W_Int(intmask(rv))]
    elif n == 2:
        low = check_int(vm, args, 0)
        up = check_int(vm, args, 1)
    else:
        raise caller_error("wrong number of arguments")
    if not (low <= up):
        raise arg_error(1, "interval is empty")
    p = project(rv, r_uint(up) - r_uint(low), state)
    return [W_Int(intmask(p + r_uint(low)))]


def m_randomseed(vm, args):
    if len(args) == 0:
        n1 = intmask(int(time.time() * 1000.0))
        n2 = 0
    else:
        v = check_number(vm, args, 0)
        if isinstance(v, W_Int):
            n1 = v.ival
        else:
            ok, i = to_integer(v)
            n1 = i if ok else intmask(int(check_float(vm, args, 0)))
        n2 = opt_int(vm, args, 1, 0)
    vm.random_state.seed(n1, n2)
    return [W_Int(n1), W_Int(n2)]


def open_math(vm):
    t = W_Table()
    setfield(vm.globals, "math", t)
    setfield(vm.loaded, "math", t)
    setfield(t, "pi", W_Float(math.pi))
    setfield(t, "huge", W_Float(INF))
    setfield(t, "maxinteger", W_Int(MAXINT))
    setfield(t, "mininteger", W_Int(MININT))
    register(vm, t, "abs", "math.abs", m_abs, K_NORMAL)
    register(vm, t, "floor", "math.floor", m_floor, K_NORMAL)
    register(vm, t, "ceil", "math.ceil", m_ceil, K_NORMAL)
    register(vm, t, "sqrt", "math.sqrt", m_sqrt, K_NORMAL)
    register(vm, t, "sin", "math.sin", m_sin, K_NORMAL)
    register(vm, t, "cos", "math.cos", m_cos, K_NORMAL)
    register(vm, t, "tan", "math.tan", m_tan, K_NORMAL)
    register(vm, t, "asin", "math.asin", m_asin, K_NORMAL)
    register(vm, t, "acos", "math.acos", m_acos, K_NORMAL)
    register(vm, t, "atan", "math.atan", m_atan, K_NORMAL)
    register(vm, t, "exp", "math.exp", m_exp, K_NORMAL)
    register(vm, t, "log", "math.log", m_log, K_NORMAL)
    register(vm, t, "fmod", "math.fmod", m_fmod, K_NORMAL)
    register(vm, t, "deg", "math.deg", m_deg, K_NORMAL)
    register(vm, t, "rad", "math.rad", m_rad, K_NORMAL)
    register(vm, t, "modf", "math.modf", m_modf, K_NORMAL)
    register(vm, t, "tointeger", "math.tointeger", m_tointeger, K_NORMAL)
    register(vm, t, "type", "math.type", m_type, K_NORMAL)
    register(vm, t, "ult", "math.ult", m_ult, K_NORMAL)
    register(vm, t, "max", "math.max", m_max, K_NORMAL)
    register(vm, t, "min", "math.min", m_min, K_NORMAL)
    register(vm, t, "random", "math.random", m_random, K_NORMAL)
    register(vm, t, "randomseed", "math.randomseed", m_randomseed, K_NORMAL)
    vm.random_state.seed(intmask(int(time.time())), 0)
