# targets/lua: the os and io libraries (the parts programs and benchmarks use): os.time,
# os.clock, os.getenv, os.exit, os.remove, os.date (basic), io.write, io.read, io.lines,
# io.open and file objects, io.stdout/io.stderr/io.stdin.
import os
import time

from lobject import (isdigit, isxdigit, W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Userdata, w_nil, w_true,
                     w_false, bytes_to_str, str_to_bytes)
from ltable import W_Table
from lops import LuaError, arg_error, caller_error, tostr_basic, to_number
from lnumber import parse_number, make_number, int_to_str, fmt_g14
from lvm import K_NORMAL, write_fd
from lauxlib import (arg, check_int, opt_int, check_str, opt_str, type_error, register, setfield,
                     address)


class LuaExit(Exception):
    def __init__(self, status):
        self.status = status


class W_File(W_Userdata):
    """A Lua file: stdin/stdout/stderr (by descriptor, stdout through the VM's buffer) or a
    file opened by io.open (read whole at open for reading; written through at close)."""

    def __init__(self, vm, fd, name):
        self.vm = vm
        self.fd = fd
        self.name = name
        self.closed = False
        self.data = ""         # contents read so far and not consumed
        self.pos = 0
        self.eof = False
        self.writable = False
        self.path = ""
        self.out = []
        self.append = False

    def get_metatable(self):
        return self.vm.file_meta

    def typename(self):
        return "userdata"

    def tostring(self):
        if self.closed:
            return "file (closed)"
        return "file (0x%08x)" % address(self)

    def fill(self):
        """Read more input; False at the end."""
        if self.eof or self.fd < 0:
            return False
        self.vm.flush()
        chunk = os.read(self.fd, 65536)
        if len(chunk) == 0:
            self.eof = True
            return False
        self.data = self.data[self.pos:] + bytes_to_str(chunk)
        self.pos = 0
        return True

    def read_line(self, keep_newline):
        while True:
            nl = self.data.find("\n", self.pos)
            if nl >= 0:
                end = nl + 1 if keep_newline else nl
                line = self.data[self.pos:end]
                self.pos = nl + 1
                return line
            if not self.fill():
                if self.pos >= len(self.data):
                    return None
                line = self.data[self.pos:]
                self.pos = len(self.data)
                return line

    def read_all(self):
        while self.fill():
            pass
        s = self.data[self.pos:]
        self.pos = len(self.data)
        return s

    def read_chars(self, n):
        while len(self.data) - self.pos < n:
            if not self.fill():
                break
        if self.pos >= len(self.data) and n > 0:
            return None
        s = self.data[self.pos:self.pos + n]
        self.pos += len(s)
        return s

    def peek(self):
        if self.pos >= len(self.data):
            if not self.fill():
                return ""
        return self.data[self.pos]

    def write(self, s):
        if self.fd == 1:
            self.vm.write(s)
        elif self.fd == 2:
            self.vm.flush()
            write_fd(2, s)
        else:
            self.out.append(s)

    def close(self):
        if self.writable and not self.closed:
            data = str_to_bytes("".join(self.out))
            self.out = []
            if self.append:
                f = open(self.path, "ab")
            else:
                f = open(self.path, "wb")
            f.write(data)
            f.close()
            self.append = True
        self.closed = True


def check_file(vm, args, i):
    v = arg(args, i)
    if isinstance(v, W_File):
        if v.closed:
            raise caller_error("attempt to use a closed file")
        return v
    raise type_error(vm, args, i, "FILE*")


class NumReader(object):
    """liolib.c's l_getn: reads the longest prefix that looks like a numeral."""

    def __init__(self, f):
        self.f = f
        self.chars = []

    def test2(self, set2):
        c = self.f.peek()
        if c != "" and (c == set2[0] or c == set2[1]) and len(self.chars) < 200:
            self.chars.append(c)
            self.f.pos += 1
            return True
        return False

    def readdigits(self, hexa):
        count = 0
        while True:
            c = self.f.peek()
            if c == "" or len(self.chars) >= 200:
                return count
            if not (isdigit(c) or (hexa and isxdigit(c))):
                return count
            self.chars.append(c)
            self.f.pos += 1
            count += 1


def read_number(f):
    while f.peek() != "" and f.peek() in " \t\n\r\f\v":
        f.pos += 1
    r = NumReader(f)
    r.test2("-+")
    count = 0
    hexa = False
    if r.test2("00"):
        if r.test2("xX"):
            hexa = True
        else:
            count = 1
    count += r.readdigits(hexa)
    if r.test2(".."):
        count += r.readdigits(hexa)
    if count > 0 and r.test2("pP" if hexa else "eE"):
        r.test2("-+")
        r.readdigits(False)
    p = parse_number("".join(r.chars))
    if not p.ok:
        return w_nil
    return make_number(p)


def do_read(vm, f, args, first):
    if len(args) <= first:
        line = f.read_line(False)
        if line is None:
            return [w_nil]
        return [W_String(line)]
    out = []
    for i in range(first, len(args)):
        fmt = args[i]
        if isinstance(fmt, W_Int):
            s = f.read_chars(fmt.ival)
            out.append(w_nil if s is None else W_String(s))
        else:
            spec = check_str(vm, args, i)
            if spec.startswith("*"):
                spec = spec[1:]
            if spec.startswith("n"):
                out.append(read_number(f))
            elif spec.startswith("l"):
                line = f.read_line(False)
                out.append(w_nil if line is None else W_String(line))
            elif spec.startswith("L"):
                line = f.read_line(True)
                out.append(w_nil if line is None else W_String(line))
            elif spec.startswith("a"):
                out.append(W_String(f.read_all()))
            else:
                raise arg_error(i + 1, "invalid format")
        if isinstance(out[-1], W_Nil):
            break
    return out


def do_write(vm, f, args, first):
    for i in range(first, len(args)):
        v = args[i]
        if isinstance(v, W_String):
            f.write(v.s)
        elif isinstance(v, W_Int):
            f.write(int_to_str(v.ival))
        elif isinstance(v, W_Float):
            # lua_Number is written with LUAI_NUMFFORMAT alone: no ".0" (unlike tostring)
            f.write(fmt_g14(v.fval))
        else:
            raise type_error(vm, args, i, "string")


def io_write(vm, args):
    f = vm.output_file
    do_write(vm, f, args, 0)
    return [f]


def io_read(vm, args):
    return do_read(vm, vm.input_file, args, 0)


def io_input(vm, args):
    return [set_default(vm, args, "r")]


def io_output(vm, args):
    return [set_default(vm, args, "w")]


def set_default(vm, args, mode):
    v = arg(args, 0)
    if isinstance(v, W_Nil):
        return vm.input_file if mode == "r" else vm.output_file
    if isinstance(v, W_String):
        f = open_file(vm, v.s, mode)
        if f is None:
            raise caller_error("%s: No such file or directory" % v.s)
    elif isinstance(v, W_File):
        f = v
    else:
        raise type_error(vm, args, 0, "FILE*")
    if mode == "r":
        vm.input_file = f
    else:
        vm.output_file = f
    return f


def f_write(vm, args):
    f = check_file(vm, args, 0)
    do_write(vm, f, args, 1)
    return [f]


def f_read(vm, args):
    f = check_file(vm, args, 0)
    return do_read(vm, f, args, 1)


def f_close(vm, args):
    f = check_file(vm, args, 0)
    if f.fd >= 0 and f.fd <= 2:
        return [w_nil, W_String("cannot close standard file")]
    f.close()
    return [w_true]


def f_flush(vm, args):
    f = check_file(vm, args, 0)
    if f.fd == 1:
        vm.flush()
    return [f]


def f_setvbuf(vm, args):
    check_file(vm, args, 0)
    return [w_true]


def f_gc(vm, args):
    v = arg(args, 0)
    if not isinstance(v, W_File):
        raise type_error(vm, args, 0, "FILE*")
    if v.fd < 0 or v.fd > 2:
        v.close()
    return []


def f_tostring(vm, args):
    v = arg(args, 0)
    if isinstance(v, W_File):
        return [W_String(v.tostring())]
    raise type_error(vm, args, 0, "FILE*")


def f_seek(vm, args):
    f = check_file(vm, args, 0)
    return [W_Int(f.pos)]


def f_lines(vm, args):
    f = check_file(vm, args, 0)
    return [vm.lines_iter, f]


def lines_aux(vm, args):
    f = arg(args, 0)
    if not isinstance(f, W_File) or f.closed:
        raise caller_error("file is already closed")
    line = f.read_line(False)
    if line is None:
        return [w_nil]
    return [W_String(line)]


def io_lines(vm, args):
    if len(args) == 0 or isinstance(args[0], W_Nil):
        return [vm.lines_iter, vm.input_file]
    name = check_str(vm, args, 0)
    f = open_file(vm, name, "r")
    if f is None:
        raise caller_error("%s: No such file or directory" % name)
    return [vm.lines_iter, f]


def open_file(vm, name, mode):
    f = W_File(vm, -1, name)
    f.path = name
    if mode.startswith("r"):
        try:
            h = open(name, "rb")
            data = h.read()
            h.close()
        except OSError:
            return None
        f.data = bytes_to_str(data)
        f.eof = True
        return f
    f.writable = True
    f.append = mode.startswith("a")
    try:
        if f.append:
            h = open(name, "ab")
        else:
            h = open(name, "wb")
        h.close()
    except OSError:
        return None
    f.append = True
    return f


def io_open(vm, args):
    name = check_str(vm, args, 0)
    mode = opt_str(vm, args, 1, "r")
    m = mode.replace("b", "").replace("+", "")
    if not (m == "r" or m == "w" or m == "a"):
        raise arg_error(2, "invalid mode")
    f = open_file(vm, name, mode)
    if f is None:
        return [w_nil, W_String("%s: No such file or directory" % name), W_Int(2)]
    return [f]


def io_close(vm, args):
    if len(args) == 0:
        return [w_true]
    return f_close(vm, args)


def io_type(vm, args):
    v = arg(args, 0)
    if isinstance(v, W_File):
        return [W_String("closed file" if v.closed else "file")]
    return [w_nil]


# -- os -------------------------------------------------------------------------------------

def os_time(vm, args):
    if len(args) > 0 and isinstance(args[0], W_Table):
        t = args[0]
        return [W_Int(table_to_time(vm, t))]
    return [W_Int(int(time.time()))]


def days_from_civil(y, m, d):
    y -= 1 if m <= 2 else 0
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def table_to_time(vm, t):
    def field(name, default):
        v = t.get_str(name)
        if isinstance(v, W_Int):
            return v.ival
        if isinstance(v, W_Nil):
            if default < 0:
                raise caller_error("field '%s' missing in date table" % name)
            return default
        n = to_number(v)
        if isinstance(n, W_Int):
            return n.ival
        raise caller_error("field '%s' is not an integer" % name)
    year = field("year", -1)
    month = field("month", -1)
    day = field("day", -1)
    hour = field("hour", 12)
    minute = field("min", 0)
    sec = field("sec", 0)
    days = days_from_civil(year, month, day)
    return days * 86400 + hour * 3600 + minute * 60 + sec


def os_clock(vm, args):
    return [W_Float(time.perf_counter() - vm.start_time)]


def os_getenv(vm, args):
    name = check_str(vm, args, 0)
    v = os.environ.get(name)
    if v is None:
        return [w_nil]
    return [W_String(v)]


def os_exit(vm, args):
    status = 0
    v = arg(args, 0)
    if isinstance(v, W_Bool):
        status = 0 if v.bval else 1
    elif not isinstance(v, W_Nil):
        status = check_int(vm, args, 0)
    raise LuaExit(status)


def os_remove(vm, args):
    name = check_str(vm, args, 0)
    try:
        os.unlink(name)
    except OSError:
        return [w_nil, W_String("%s: No such file or directory" % name), W_Int(2)]
    return [w_true]


def os_date(vm, args):
    fmt = opt_str(vm, args, 0, "%c")
    t = int(time.time())
    if len(args) > 1 and not isinstance(args[1], W_Nil):
        t = check_int(vm, args, 1)
    if fmt.startswith("!"):
        fmt = fmt[1:]
    days = t // 86400
    secs = t - days * 86400
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    hour = secs // 3600
    minute = (secs // 60) % 60
    sec = secs % 60
    if fmt.startswith("*t"):
        r = W_Table()
        setfield(r, "year", W_Int(y))
        setfield(r, "month", W_Int(m))
        setfield(r, "day", W_Int(d))
        setfield(r, "hour", W_Int(hour))
        setfield(r, "min", W_Int(minute))
        setfield(r, "sec", W_Int(sec))
        setfield(r, "wday", W_Int((days + 4) % 7 + 1))
        setfield(r, "yday", W_Int(days - days_from_civil(y, 1, 1) + 1))
        setfield(r, "isdst", w_false)
        return [r]
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            i += 1
            k = fmt[i]
            if k == "Y":
                out.append("%d" % y)
            elif k == "m":
                out.append("%02d" % m)
            elif k == "d":
                out.append("%02d" % d)
            elif k == "H":
                out.append("%02d" % hour)
            elif k == "M":
                out.append("%02d" % minute)
            elif k == "S":
                out.append("%02d" % sec)
            elif k == "%":
                out.append("%")
            else:
                out.append("%02d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hour, minute, sec))
        else:
            out.append(c)
        i += 1
    return [W_String("".join(out))]


def os_setlocale(vm, args):
    """Only the "C" locale exists."""
    name = opt_str(vm, args, 0, "")
    if name == "" or name == "C" or name == "POSIX" or len(args) == 0 or isinstance(args[0], W_Nil):
        return [W_String("C")]
    return [w_nil]


def os_tmpname(vm, args):
    return [W_String("/tmp/lua_%d" % int(time.time() * 1000000.0))]


def open_os_io(vm):
    g = vm.globals
    osl = W_Table()
    setfield(g, "os", osl)
    setfield(vm.loaded, "os", osl)
    register(vm, osl, "time", "os.time", os_time, K_NORMAL)
    register(vm, osl, "clock", "os.clock", os_clock, K_NORMAL)
    register(vm, osl, "getenv", "os.getenv", os_getenv, K_NORMAL)
    register(vm, osl, "exit", "os.exit", os_exit, K_NORMAL)
    register(vm, osl, "remove", "os.remove", os_remove, K_NORMAL)
    register(vm, osl, "date", "os.date", os_date, K_NORMAL)
    register(vm, osl, "tmpname", "os.tmpname", os_tmpname, K_NORMAL)
    register(vm, osl, "setlocale", "os.setlocale", os_setlocale, K_NORMAL)

    io = W_Table()
    setfield(g, "io", io)
    setfield(vm.loaded, "io", io)
    meta = W_Table()
    methods = W_Table()
    setfield(meta, "__index", methods)
    setfield(meta, "__name", W_String("FILE*"))
    register(vm, meta, "__tostring", "tostring", f_tostring, K_NORMAL)
    register(vm, meta, "__gc", "__gc", f_gc, K_NORMAL)
    register(vm, meta, "__close", "__close", f_gc, K_NORMAL)
    vm.file_meta = meta
    register(vm, methods, "write", "write", f_write, K_NORMAL)
    register(vm, methods, "read", "read", f_read, K_NORMAL)
    register(vm, methods, "close", "close", f_close, K_NORMAL)
    register(vm, methods, "flush", "flush", f_flush, K_NORMAL)
    register(vm, methods, "lines", "lines", f_lines, K_NORMAL)
    register(vm, methods, "setvbuf", "setvbuf", f_setvbuf, K_NORMAL)
    register(vm, methods, "seek", "seek", f_seek, K_NORMAL)
    vm.lines_iter = register(vm, W_Table(), "lines", "lines_iter", lines_aux, K_NORMAL)
    vm.stdin_file = W_File(vm, 0, "stdin")
    vm.stdout_file = W_File(vm, 1, "stdout")
    vm.stderr_file = W_File(vm, 2, "stderr")
    setfield(io, "stdin", vm.stdin_file)
    setfield(io, "stdout", vm.stdout_file)
    setfield(io, "stderr", vm.stderr_file)
    register(vm, io, "write", "io.write", io_write, K_NORMAL)
    register(vm, io, "read", "io.read", io_read, K_NORMAL)
    register(vm, io, "lines", "io.lines", io_lines, K_NORMAL)
    register(vm, io, "open", "io.open", io_open, K_NORMAL)
    register(vm, io, "close", "io.close", io_close, K_NORMAL)
    register(vm, io, "type", "io.type", io_type, K_NORMAL)
    register(vm, io, "input", "io.input", io_input, K_NORMAL)
    register(vm, io, "output", "io.output", io_output, K_NORMAL)
    vm.input_file = vm.stdin_file
    vm.output_file = vm.stdout_file
