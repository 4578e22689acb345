# targets/lua: the VM's frames and coroutines, and the constants the VM and its parts share
# (what a returning frame does with its results, the kinds of builtins the VM runs itself,
# limits).
import os

from kiln.rarithmetic import intmask, r_uint

from lobject import (W_Value, W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Function,
                     W_Closure, W_Builtin, W_Cell, w_nil, w_true, w_false, str_to_bytes)
from ltable import W_Table
from lops import (LuaError, runtime_error, arg_error, ERR_FINAL, ERR_RUNTIME, ERR_ARG,
                  ERR_CALLER, to_number, raw_equals)
from lopcodes import (Proto, GETUPVAL, VARARG, TAILCALL, RETURN, GETTABUP, GETTABLE, SETTABUP,
                      SETTABLE, SELF, UNM, LEN, BNOT, CALL, TFORCALL, ADD, CONCAT, encode)

# What a returning frame does with its results.
RET_NORMAL = 0      # into the caller's registers from ret_base, nresults of them (-1: all)
RET_ONE = 1         # the first one into the caller's register ret_base (metamethods)
RET_NONE = 2        # nothing (__newindex)
RET_COND = 3        # a comparison metamethod: skip the caller's next instruction unless the
                    # truth of the first result equals nresults (the comparison's k)
RET_PCALL = 4       # true and the results into the caller's registers (pcall and xpcall)
RET_BASE = 5        # leave the dispatch loop with the results (call_function)
RET_COROUTINE = 6   # the body of a coroutine finished
RET_UNWIND = 7      # a __close called while unwinding for pending_error: raise it again

# Kinds of builtins the VM runs itself.
K_NORMAL = 0
K_PCALL = 1
K_XPCALL = 2
K_YIELD = 3
K_RESUME = 4
K_WRAP = 5
K_PAIRS = 6

# Coroutine states.
CO_SUSPENDED = 0
CO_RUNNING = 1
CO_NORMAL = 2
CO_DEAD = 3

MAX_FRAMES = 200000     # "stack overflow" beyond this many Lua frames in one thread
MAX_CCALLS = 197        # "C stack overflow" beyond this many nested dispatch loops
LUAI_MAXCCALLS = 200    # "C stack overflow" beyond this many pcalls and metamethod calls


class Frame(object):
    def __init__(self, closure, regs, parent):
        self.closure = closure
        self.proto = closure.proto
        self.regs = regs
        self.parent = parent
        self.varargs = None
        self.pc = 0
        self.top = 0
        self.ret_kind = RET_NORMAL
        self.ret_base = 0
        self.nresults = 0
        self.handler = None
        self.tbc = None
        self.depth = 1
        self.cdepth = 0            # C calls (pcall, metamethods) below, as PUC counts them
        self.meta_call = False     # a RET_BASE frame called by the VM itself (__close)
        self.pending_error = None  # RET_UNWIND: the error being propagated
        if parent is not None:
            self.depth = parent.depth + 1
            self.cdepth = parent.cdepth


class W_Coroutine(W_Value):
    def __init__(self, fn, is_main):
        self.fn = fn
        self.is_main = is_main
        self.status = CO_RUNNING if is_main else CO_SUSPENDED
        self.started = is_main
        self.frame = None          # the frame suspended in coroutine.yield
        self.resumer = None        # the frame that resumed it (None: a host resume)
        self.resume_base = 0
        self.resume_nresults = 0
        self.wrap = False          # resumed by a coroutine.wrap function
        self.yield_base = 0
        self.yield_nresults = 0
        self.yield_prefix_true = False
        self.prev = None           # the coroutine that resumed it
        self.nest = 0              # how many resumes deep it runs
        self.error_value = None    # why it died, for coroutine.close

    def typename(self):
        return "thread"


def fresh_values(values, start):
    """values[start:] as a new list of the register lists' family. A list passed where register
    lists go (new_frame's source) joins their family (one parameter, one list type); register
    lists are never resized, so kiln makes them bare arrays, which lists that are appended to
    (a builtin's arguments) cannot be: those are copied with this first."""
    n = len(values) - start
    out = [w_nil] * n
    for i in range(n):
        out[i] = values[start + i]
    return out


def ensure_regs(frame, size):
    """Makes frame.regs at least size long. It replaces the list rather than growing it (callers
    read frame.regs again): a register list is never resized, so kiln makes it a bare array,
    one load less per register access."""
    regs = frame.regs
    n = len(regs)
    if n < size:
        grown = [w_nil] * size
        for i in range(n):
            grown[i] = regs[i]
        frame.regs = grown


def make_trampoline_proto():
    """function(...) return F(...) end, with the function F as upvalue 0."""
    p = Proto("=[C]", "[C]")
    p.hidden = True
    p.is_vararg = True
    p.maxstack = 2
    p.set_code([encode(GETUPVAL, 0, 0, 0), encode(VARARG, 1, 0, 0), encode(TAILCALL, 0, 0, 0),
                encode(RETURN, 0, 0, 0)])
    p.lines = [0, 0, 0, 0]
    p.upval_instack = [False]
    p.upval_idx = [0]
    p.upval_names = ["F"]
    return p


TRAMPOLINE = make_trampoline_proto()


def trampoline(fn):
    return W_Closure(TRAMPOLINE, [W_Cell(fn)])


def prepend_value(v, values):
    assert values is not None
    return [v] + values


def write_fd(fd, s):
    data = str_to_bytes(s)
    while len(data) > 0:
        n = os.write(fd, data)
        if n <= 0:
            break
        data = data[n:]
