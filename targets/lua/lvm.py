# targets/lua: the virtual machine -- frames, the dispatch loop, calls and returns, errors and
# coroutines.
#
# Lua-to-Lua calls never recurse on the host stack: a call pushes a Frame (linked to its
# caller by `parent`) and the dispatch loop goes on with it; a return pops it and stores the
# results as the frame's `ret_kind` says (into the caller's registers, as a metamethod's
# result, as the outcome of a comparison, with pcall's `true`, ...). So pcall, metamethods and
# coroutines need no stack switching: a coroutine is its own chain of frames, resuming it
# makes its top frame the current one, yielding makes the resumer's frame current again.
#
# Builtins are Python functions fn(vm, args) -> results. A builtin that calls a Lua function
# (table.sort's comparator, gsub's replacement, __tostring, ...) uses call_function, which runs
# a nested dispatch loop whose bottom frame has ret_kind RET_BASE; yielding across such a
# frame is the "C-call boundary" error of PUC Lua.
#
# Errors are LuaError exceptions. One raised by an instruction (or a builtin) is finished with
# its position and variable names where the instruction is known (finish_error_at), then the
# frames are unwound up to the nearest pcall/xpcall frame, the bottom of a coroutine (which
# dies) or a RET_BASE frame (the error leaves the nested loop).
import os

from kiln.jit import JitDriver
from kiln.debug import make_sure_not_resized
from kiln.objectmodel import always_inline
from kiln.rarithmetic import intmask, r_uint

from lobject import (W_Value, W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Function,
                     W_Closure, W_Builtin, W_Cell, w_nil, w_true, w_false, str_to_bytes)
from ltable import W_Table
from lops import (MetaState, MAXTAGLOOP, LuaError, runtime_error, arg_error, ERR_FINAL, ERR_RUNTIME, ERR_ARG,
                  ERR_CALLER, to_number, raw_equals)
from lnumber import float_floor, float_ceil, float_fits_int, MAXINT, MININT
from lopcodes import (SUB, MUL, DIV, MOD, POW, IDIV, BAND, BOR, BXOR, SHL, SHR, Proto, OPNAMES, MOVE, LOADK, LOADNIL, LOADBOOL, GETUPVAL, SETUPVAL, GETCELL,
                      SETCELL, NEWCELL, MKCELL, GETTABUP, SETTABUP, GETTABLE, SETTABLE,
                      NEWTABLE, SELF, ADD, CONCAT, UNM, NOT, LEN, BNOT, JMP, EQ, LT, LE, TEST,
                      CALL, TAILCALL, RETURN, FORPREP, FORLOOP, TFORCALL, TFORLOOP, SETLIST,
                      CLOSURE, VARARG, TBC, CLOSE, MASK_OP, MAXARG_A, MASK_BC, SIGN_BC, POS_A,
                      POS_B, POS_C, get_op)
from ldebug import getobjname, rk_name, funcname_for_call, local_name, raw_local_name, ObjName
from lframe import *
from lcoro import CoroutineMixin
from lerror import ErrorMixin

def no_newindex(t):
    """Does the metatable of t have no __newindex (so that assignments are raw)?"""
    mt = t.metatable
    assert mt is not None
    return isinstance(mt.get_meta_newindex(), W_Nil)


@always_inline
def cached_slot(cache, pc, t, key):
    """The slot of the W_String key in t's hash part (-1: none), trying the one cache[pc]
    remembers first (Proto.icache), and remembering it."""
    keys = t.hkeys
    slot = cache[pc]
    if slot < len(keys) and keys[slot] is key:
        return slot
    slot = t.str_slot(key)
    if slot >= 0:
        cache[pc] = slot
    return slot


def get_location(pc, proto):
    return "%s:%d %s" % (proto.chunk, proto.line_at(pc), OPNAMES[get_op(proto.code[pc])])


driver = JitDriver(greens=["pc", "proto"], reds=["frame", "self"],
                   get_printable_location=get_location)

class LuaVM(MetaState, CoroutineMixin, ErrorMixin):
    def __init__(self):
        MetaState.__init__(self)
        self.globals = W_Table()
        self.main_co = W_Coroutine(w_nil, True)
        self.current = self.main_co
        self.frame = None          # the Lua frame that called the running builtin
        self.c_chain = 0           # builtins between the running builtin and self.frame
        self.c_depth = 0
        self.exit_values = None
        self.exec_frame = None     # the frame the dispatch loop runs
        self.mm_result = w_nil
        self.out = []
        self.outsize = 0
        self.unbuffered = False
        self.max_frames = MAX_FRAMES
        self.loaded = W_Table()
        self.w_next = None
        self.w_ipairs_aux = None
        self.random_state = None
        self.file_meta = None
        self.lines_iter = None
        self.stdin_file = None
        self.stdout_file = None
        self.stderr_file = None
        self.input_file = None
        self.output_file = None
        self.start_time = 0.0
        self.upvalue_ids = {}
        self.utf8_codes = None
        self.utf8_codes_lax = None
        self.registry = W_Table()

    # -- Output -----------------------------------------------------------------------------

    def write(self, s):
        self.out.append(s)
        self.outsize += len(s)
        if self.outsize > 8192 or self.unbuffered:
            self.flush()

    def flush(self):
        if self.outsize > 0 or len(self.out) > 0:
            from_parts = "".join(self.out)
            self.out = []
            self.outsize = 0
            write_fd(1, from_parts)

    # -- The dispatch loop ------------------------------------------------------------------

    def execute(self, frame):
        """Run from frame until a RET_BASE frame returns or a coroutine resumed by the host
        yields or ends; returns the values. Errors are caught here, around the dispatch loop
        (a try inside the loop would keep kiln from making its if-chain a switch): the frame
        that raised is exec_frame, its pc is the instruction after the failing one."""
        saved = self.exec_frame
        self.exec_frame = frame
        while True:
            try:
                values = self.interpret()
                self.exec_frame = saved
                return values
            except LuaError as e:
                try:
                    self.exec_frame = self.handle_error(self.exec_frame, e)
                except LuaError:
                    self.exec_frame = saved
                    raise

    def interpret(self):
        """The dispatch loop, from exec_frame. One `op == K` test per opcode, which kiln
        turns into a switch. Common cases (integer and float arithmetic, comparisons,
        string-keyed fields of tables without metatable) are done inline; the rest goes through
        helpers that return the frame to run next when they call a Lua function (a
        metamethod), else None."""
        frame = self.exec_frame
        proto = frame.proto
        pc = frame.pc
        while True:
            driver.jit_merge_point(pc=pc, proto=proto, frame=frame, self=self)
            assert pc >= 0
            # decoded inline as lopcodes.get_op & co. do (no inlining across modules)
            insn = proto.code[pc]
            op = insn & MASK_OP
            a = (insn >> POS_A) & MAXARG_A
            b = (((insn >> POS_B) & MASK_BC) ^ SIGN_BC) - SIGN_BC
            c = insn >> POS_C
            regs = frame.regs
            pc += 1
            frame.pc = pc
            nf = None
            if op == MOVE:
                regs[a] = regs[b]
            elif op == GETTABLE:
                obj = regs[b]
                key = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(obj, W_Table):
                    if isinstance(key, W_String):
                        slot = cached_slot(proto.icache, pc, obj, key)
                        v = obj.hvals[slot] if slot >= 0 else w_nil
                    elif isinstance(key, W_Int):
                        arr = obj.arr
                        i = key.ival - 1
                        v = arr[i] if 0 <= i < len(arr) else obj.get_int(key.ival)
                    else:
                        v = obj.get(key)
                    if v is w_nil and obj.metatable is not None:
                        nf = self.meta_index_op(frame, pc, a, obj, key)
                    else:
                        regs[a] = v
                else:
                    nf = self.index_op(frame, pc, a, obj, key)
            elif op == LOADK:
                regs[a] = proto.consts[b]
            elif op == GETUPVAL:
                regs[a] = frame.closure.upvals[b].w_value
            elif op == ADD:
                x = regs[b] if b >= 0 else proto.consts[-1 - b]
                y = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(x, W_Int) and isinstance(y, W_Int):
                    regs[a] = W_Int(intmask(x.ival + y.ival))
                elif isinstance(x, W_Float) and isinstance(y, W_Float):
                    regs[a] = W_Float(x.fval + y.fval)
                else:
                    nf = self.arith_op(frame, pc, op, a, x, y)
            elif op == SUB:
                x = regs[b] if b >= 0 else proto.consts[-1 - b]
                y = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(x, W_Int) and isinstance(y, W_Int):
                    regs[a] = W_Int(intmask(x.ival - y.ival))
                elif isinstance(x, W_Float) and isinstance(y, W_Float):
                    regs[a] = W_Float(x.fval - y.fval)
                else:
                    nf = self.arith_op(frame, pc, op, a, x, y)
            elif op == MUL:
                x = regs[b] if b >= 0 else proto.consts[-1 - b]
                y = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(x, W_Int) and isinstance(y, W_Int):
                    regs[a] = W_Int(intmask(x.ival * y.ival))
                elif isinstance(x, W_Float) and isinstance(y, W_Float):
                    regs[a] = W_Float(x.fval * y.fval)
                else:
                    nf = self.arith_op(frame, pc, op, a, x, y)
            elif op == JMP:
                pc = b
            elif op == TEST:
                v = regs[a]
                t = 0 if v is w_nil or v is w_false else 1
                if t != c:
                    pc += 1
            elif op == LT:
                x = regs[b] if b >= 0 else proto.consts[-1 - b]
                y = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(x, W_Int) and isinstance(y, W_Int):
                    r = 1 if x.ival < y.ival else 0
                elif isinstance(x, W_Float) and isinstance(y, W_Float):
                    r = 1 if x.fval < y.fval else 0
                else:
                    r = self.less_than(x, y)
                if r < 0:
                    nf = self.compare_mm(frame, pc, a)
                elif r != a:
                    pc += 1
            elif op == LE:
                x = regs[b] if b >= 0 else proto.consts[-1 - b]
                y = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(x, W_Int) and isinstance(y, W_Int):
                    r = 1 if x.ival <= y.ival else 0
                elif isinstance(x, W_Float) and isinstance(y, W_Float):
                    r = 1 if x.fval <= y.fval else 0
                else:
                    r = self.less_equal(x, y)
                if r < 0:
                    nf = self.compare_mm(frame, pc, a)
                elif r != a:
                    pc += 1
            elif op == EQ:
                x = regs[b] if b >= 0 else proto.consts[-1 - b]
                y = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(x, W_Int) and isinstance(y, W_Int):
                    r = 1 if x.ival == y.ival else 0
                elif isinstance(x, W_String) and isinstance(y, W_String):
                    r = 1 if x is y or x.s == y.s else 0
                else:
                    r = self.equals(x, y)
                if r < 0:
                    nf = self.compare_mm(frame, pc, a)
                elif r != a:
                    pc += 1
            elif op == CALL:
                nargs = b - 1 if b > 0 else frame.top - a - 1
                frame.pc = pc
                nf = self.call_value(frame, a, nargs, c - 1, pc - 1)
            elif op == RETURN:
                if frame.tbc is not None:
                    # close the variables first, one per execution of RETURN
                    frame.pc = pc - 1
                    nf = self.close_one(frame, 0)
                if nf is None:
                    n = b - 1 if b > 0 else frame.top - a
                    frame.pc = pc
                    nf = self.do_return(frame, a, n)
                    if nf is None:
                        return self.take_exit_values()
            elif op == FORLOOP:
                step = regs[a + 2]
                if isinstance(step, W_Int):
                    cnt = regs[a + 1]
                    assert isinstance(cnt, W_Int)
                    if cnt.ival != 0:
                        regs[a + 1] = W_Int(intmask(cnt.ival - 1))
                        idx = regs[a]
                        assert isinstance(idx, W_Int)
                        w = W_Int(intmask(idx.ival + step.ival))
                        regs[a] = w
                        regs[a + 3] = w
                        pc = b
                elif self.forloop(regs, a):
                    pc = b
            elif op == SELF:
                obj = regs[b]
                key = regs[c] if c >= 0 else proto.consts[-1 - c]
                regs[a + 1] = obj
                if isinstance(obj, W_Table) and isinstance(key, W_String):
                    slot = cached_slot(proto.icache, pc, obj, key)
                    v = obj.hvals[slot] if slot >= 0 else w_nil
                    if v is w_nil and obj.metatable is not None:
                        nf = self.meta_index_op(frame, pc, a, obj, key)
                    else:
                        regs[a] = v
                else:
                    nf = self.index_op(frame, pc, a, obj, key)
            elif op == GETTABUP:
                obj = frame.closure.upvals[b].w_value
                key = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(obj, W_Table) and isinstance(key, W_String):
                    slot = cached_slot(proto.icache, pc, obj, key)
                    v = obj.hvals[slot] if slot >= 0 else w_nil
                    if v is w_nil and obj.metatable is not None:
                        nf = self.meta_index_op(frame, pc, a, obj, key)
                    else:
                        regs[a] = v
                else:
                    nf = self.index_op(frame, pc, a, obj, key)
            elif op == SETTABLE:
                obj = regs[a]
                key = regs[b] if b >= 0 else proto.consts[-1 - b]
                val = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(obj, W_Table) and (obj.metatable is None or no_newindex(obj)):
                    if isinstance(key, W_String):
                        keys = obj.hkeys
                        slot = proto.icache[pc]
                        if slot < len(keys) and keys[slot] is key:
                            obj.meta_valid = False
                            obj.set_slot(slot, val)
                        else:
                            slot = obj.set_str_w(key, val)
                            if slot >= 0:
                                proto.icache[pc] = slot
                    elif isinstance(key, W_Int):
                        arr = obj.arr
                        i = key.ival - 1
                        if 0 <= i < len(arr):
                            arr[i] = val
                        else:
                            obj.set_int(key.ival, val)
                    else:
                        self.rawset(obj, key, val)
                else:
                    nf = self.setindex_op(frame, pc, obj, key, val)
            elif op == SETTABUP:
                obj = frame.closure.upvals[a].w_value
                key = regs[b] if b >= 0 else proto.consts[-1 - b]
                val = regs[c] if c >= 0 else proto.consts[-1 - c]
                if isinstance(obj, W_Table) and obj.metatable is None and isinstance(key, W_String):
                    obj.set_str_w(key, val)
                else:
                    nf = self.setindex_op(frame, pc, obj, key, val)
            elif op == GETCELL:
                cell = regs[b]
                assert isinstance(cell, W_Cell)
                regs[a] = cell.w_value
            elif op == SETCELL:
                cell = regs[a]
                assert isinstance(cell, W_Cell)
                cell.w_value = regs[b] if b >= 0 else proto.consts[-1 - b]
            elif op == SETUPVAL:
                frame.closure.upvals[a].w_value = regs[b] if b >= 0 else proto.consts[-1 - b]
            elif op == TFORCALL:
                ensure_regs(frame, a + 7)
                regs = frame.regs
                regs[a + 4] = regs[a]
                regs[a + 5] = regs[a + 1]
                regs[a + 6] = regs[a + 2]
                frame.pc = pc
                nf = self.call_value(frame, a + 4, 2, c, pc - 1)
            elif op == TFORLOOP:
                v = regs[a + 4]
                if v is not w_nil:
                    regs[a + 2] = v
                    pc = b
            elif op == TAILCALL:
                nargs = b - 1 if b > 0 else frame.top - a - 1
                frame.pc = pc
                nf = self.tailcall(frame, a, nargs, pc - 1)
            elif op == LOADNIL:
                for i in range(b):
                    regs[a + i] = w_nil
            elif op == LOADBOOL:
                regs[a] = w_true if b != 0 else w_false
            elif op == NOT:
                v = regs[b]
                regs[a] = w_true if v is w_nil or v is w_false else w_false
            elif op == DIV or op == MOD or op == POW or op == IDIV or op == BAND:
                x = regs[b] if b >= 0 else proto.consts[-1 - b]
                y = regs[c] if c >= 0 else proto.consts[-1 - c]
                nf = self.arith_op(frame, pc, op, a, x, y)
            elif op == BOR or op == BXOR or op == SHL or op == SHR or op == CONCAT:
                x = regs[b] if b >= 0 else proto.consts[-1 - b]
                y = regs[c] if c >= 0 else proto.consts[-1 - c]
                nf = self.arith_op(frame, pc, op, a, x, y)
            elif op == LEN:
                x = regs[b]
                if isinstance(x, W_Table) and x.metatable is None:
                    regs[a] = W_Int(x.length())
                elif isinstance(x, W_String):
                    regs[a] = W_Int(len(x.s))
                else:
                    nf = self.unary_op(frame, pc, op, a, x)
            elif op == UNM or op == BNOT:
                nf = self.unary_op(frame, pc, op, a, regs[b])
            elif op == NEWTABLE:
                regs[a] = W_Table()
            elif op == SETLIST:
                n = b if b > 0 else frame.top - a - 1
                t = regs[a]
                assert isinstance(t, W_Table)
                if c == len(t.arr):
                    for i in range(n):
                        t.arr.append(regs[a + 1 + i])
                else:
                    for i in range(n):
                        t.set_int(c + 1 + i, regs[a + 1 + i])
            elif op == CLOSURE:
                regs[a] = self.make_closure(frame, proto.protos[b])
            elif op == VARARG:
                self.vararg(frame, a, c - 1)
            elif op == FORPREP:
                if not self.forprep(regs, a):
                    pc = b
            elif op == NEWCELL:
                regs[a] = W_Cell(w_nil)
            elif op == MKCELL:
                regs[a] = W_Cell(regs[a])
            elif op == TBC:
                self.mark_tbc(frame, a, pc - 1)
            elif op == CLOSE:
                if frame.tbc is not None:
                    # close one variable per execution of CLOSE (a __close may yield)
                    frame.pc = pc - 1
                    nf = self.close_one(frame, a)
                    if nf is None:
                        frame.pc = pc
            else:
                raise runtime_error("internal error: bad opcode %d" % op, None)
            if nf is not None:
                frame = nf
                self.exec_frame = frame
                proto = frame.proto
                pc = frame.pc

    # -- Slow paths of the dispatch loop ---------------------------------------------------

    def index_op(self, frame, pc, a, obj, key):
        v = self.index(obj, key)
        if v is not None:
            frame.regs[a] = v
            return None
        return self.call_mm(frame, pc, RET_ONE, a, 0)

    def meta_index_op(self, frame, pc, a, obj, key):
        """obj[key] where obj is a table with a metatable and no raw value for key."""
        mt = obj.metatable
        assert mt is not None
        mm = mt.get_meta_index()
        if isinstance(mm, W_Nil):
            frame.regs[a] = w_nil
            return None
        if isinstance(mm, W_Table):
            if isinstance(key, W_String):
                # a method of a class: the __index table's slot is cached like icache's
                slot = cached_slot(frame.proto.mcache, pc, mm, key)
                v = mm.hvals[slot] if slot >= 0 else w_nil
                # up a chain of __index tables (a class hierarchy) while they are tables
                for i in range(MAXTAGLOOP):
                    if v is not w_nil:
                        break
                    mt = mm.metatable
                    if mt is None:
                        break
                    up = mt.get_meta_index()
                    if not isinstance(up, W_Table):
                        return self.index_op(frame, pc, a, mm, key)
                    mm = up
                    v = mm.get_str_w(key)
                if v is w_nil and mm.metatable is not None:
                    return self.index_op(frame, pc, a, mm, key)  # a chain too long
                frame.regs[a] = v
                return None
            return self.index_op(frame, pc, a, mm, key)
        return self.index_op(frame, pc, a, obj, key)

    def setindex_op(self, frame, pc, obj, key, val):
        if self.setindex(obj, key, val):
            return None
        return self.call_mm(frame, pc, RET_NONE, 0, 0)

    def arith_op(self, frame, pc, op, a, x, y):
        v = self.arith(op, x, y)
        if v is not None:
            frame.regs[a] = v
            return None
        return self.call_mm(frame, pc, RET_ONE, a, 0)

    def unary_op(self, frame, pc, op, a, x):
        if op == LEN:
            v = self.length(x)
        elif op == UNM:
            v = self.unm(x)
        else:
            v = self.bnot(x)
        if v is not None:
            frame.regs[a] = v
            return None
        return self.call_mm(frame, pc, RET_ONE, a, 0)

    def compare_mm(self, frame, pc, k):
        """A comparison that needs its metamethod; k: the result that takes the jump."""
        nf = self.call_mm(frame, pc, RET_COND, 0, k)
        if nf is not None:
            return nf
        r = 1 if self.mm_result.is_true() else 0
        if r != k:
            frame.pc = pc + 1
        else:
            frame.pc = pc
        # continue in the same frame at frame.pc
        return frame

    def take_exit_values(self):
        # (a method of its own: kiln does not narrow "assert x is not None" inside a try)
        values = self.exit_values
        assert values is not None
        self.exit_values = None
        return values

    # -- Loops ------------------------------------------------------------------------------

    def forprep(self, regs, a):
        """Prepare a numeric for; False when the loop does not run."""
        init = regs[a]
        limit = regs[a + 1]
        step = regs[a + 2]
        if isinstance(init, W_Int) and isinstance(step, W_Int):
            i0 = init.ival
            st = step.ival
            if st == 0:
                raise runtime_error("'for' step is zero", None)
            skip, lim = self.forlimit(limit, i0, st)
            if skip:
                return False
            if st > 0:
                count = (r_uint(lim) - r_uint(i0)) // r_uint(st)
            else:
                count = (r_uint(i0) - r_uint(lim)) // (r_uint(-(st + 1)) + r_uint(1))
            regs[a + 1] = W_Int(intmask(count))
            regs[a + 3] = init
            return True
        fi = self.for_float(init, "initial value")
        fl = self.for_float(limit, "limit")
        fs = self.for_float(step, "step")
        if fs == 0.0:
            raise runtime_error("'for' step is zero", None)
        if fs > 0.0:
            if not (fi <= fl):
                return False
        elif not (fi >= fl):
            return False
        w = W_Float(fi)
        regs[a] = w
        regs[a + 1] = W_Float(fl)
        regs[a + 2] = W_Float(fs)
        regs[a + 3] = w
        return True

    def for_float(self, v, what):
        n = to_number(v)
        if n is None:
            raise runtime_error("bad 'for' %s (number expected, got %s)" % (what, self.objtypename(v)), None)
        if isinstance(n, W_Int):
            return float(n.ival)
        assert isinstance(n, W_Float)
        return n.fval

    def forlimit(self, limit, init, step):
        """(skip, integer limit) as forlimit in lvm.c."""
        if isinstance(limit, W_Int):
            lim = limit.ival
        else:
            n = to_number(limit)
            if n is None:
                raise runtime_error("bad 'for' limit (number expected, got %s)" % self.objtypename(limit), None)
            if isinstance(n, W_Int):
                lim = n.ival
            else:
                assert isinstance(n, W_Float)
                f = n.fval
                if f != f:
                    return True, 0
                fl = float_floor(f) if step > 0 else float_ceil(f)
                if float_fits_int(fl):
                    lim = int(fl)
                elif f > 0.0:
                    if step < 0:
                        return True, 0
                    lim = MAXINT
                else:
                    if step > 0:
                        return True, 0
                    lim = MININT
        if step > 0:
            return init > lim, lim
        return init < lim, lim

    def forloop(self, regs, a):
        step = regs[a + 2]
        if isinstance(step, W_Int):
            cnt = regs[a + 1]
            assert isinstance(cnt, W_Int)
            count = r_uint(cnt.ival)
            if count == r_uint(0):
                return False
            regs[a + 1] = W_Int(intmask(count - r_uint(1)))
            idx = regs[a]
            assert isinstance(idx, W_Int)
            w = W_Int(intmask(idx.ival + step.ival))
            regs[a] = w
            regs[a + 3] = w
            return True
        assert isinstance(step, W_Float)
        idx = regs[a]
        lim = regs[a + 1]
        assert isinstance(idx, W_Float) and isinstance(lim, W_Float)
        f = idx.fval + step.fval
        if step.fval > 0.0:
            if not (f <= lim.fval):
                return False
        elif not (f >= lim.fval):
            return False
        w = W_Float(f)
        regs[a] = w
        regs[a + 3] = w
        return True

    # -- Closures and varargs ---------------------------------------------------------------

    def make_closure(self, frame, p):
        n = len(p.upval_idx)
        upvals = []
        for i in range(n):
            idx = p.upval_idx[i]
            if p.upval_instack[i]:
                cell = frame.regs[idx]
                assert isinstance(cell, W_Cell)
                upvals.append(cell)
            else:
                upvals.append(frame.closure.upvals[idx])
        return W_Closure(p, upvals)

    def vararg(self, frame, a, n):
        varargs = frame.varargs
        assert varargs is not None
        if n < 0:
            n = len(varargs)
            ensure_regs(frame, a + n)
            frame.top = a + n
        regs = frame.regs
        for i in range(n):
            if i < len(varargs):
                regs[a + i] = varargs[i]
            else:
                regs[a + i] = w_nil

    # -- Calls ------------------------------------------------------------------------------

    def new_frame(self, cl, src, start, nargs, parent):
        """A frame for closure cl with the nargs arguments src[start:start+nargs]."""
        p = cl.proto
        regs = make_sure_not_resized([w_nil] * p.maxstack)
        np = p.numparams
        n = nargs if nargs < np else np
        for i in range(n):
            regs[i] = src[start + i]
        f = Frame(cl, regs, parent)
        if f.depth > self.max_frames:
            if self.max_frames > MAX_FRAMES:
                # overflowing the extra room of an error handler (LUA_ERRERR)
                raise LuaError(W_String("error in error handling"))
            raise runtime_error("stack overflow", None)
        if p.is_vararg:
            if nargs > np:
                f.varargs = src[start + np:start + nargs]
            else:
                f.varargs = []
        return f

    def new_frame_args(self, cl, args, parent):
        """new_frame for a list of arguments (a metamethod's, a builtin's): see fresh_values."""
        values = fresh_values(args, 0)
        return self.new_frame(cl, values, 0, len(values), parent)

    def call_value(self, frame, a, nargs, nresults, callpc):
        """Call R[a] with R[a+1..a+nargs]; returns the new frame to run, or None when the call
        is done (builtins) and the results are stored."""
        while True:
            regs = frame.regs
            fn = regs[a]
            if isinstance(fn, W_Closure):
                nf = self.new_frame(fn, regs, a + 1, nargs, frame)
                nf.ret_base = a
                nf.nresults = nresults
                return nf
            if isinstance(fn, W_Builtin):
                if fn.kind != K_NORMAL:
                    return self.call_special(fn, frame, a, nargs, nresults, callpc)
                args = regs[a + 1:a + 1 + nargs]
                results = self.call_builtin_from(fn, args, frame, callpc)
                self.store_results(frame, a, nresults, results)
                return None
            mm = self.metamethod(fn, "__call")
            if isinstance(mm, W_Nil):
                raise self.type_error(fn, "call")
            ensure_regs(frame, a + nargs + 2)
            regs = frame.regs
            i = a + nargs
            while i >= a:
                regs[i + 1] = regs[i]
                i -= 1
            regs[a] = mm
            nargs += 1

    def call_builtin_from(self, fn, args, frame, callpc):
        """Run a builtin called by the instruction at callpc of a Lua frame."""
        saved_frame = self.frame
        saved_chain = self.c_chain
        self.frame = frame
        self.c_chain = 0
        try:
            results = fn.call(self, args)
        except LuaError as e:
            if e.kind != ERR_FINAL:
                self.finish_builtin_error(e, fn, frame, callpc)
            if e.tb_frame is None:
                e.tb_frame = frame
            self.frame = saved_frame
            self.c_chain = saved_chain
            raise
        self.frame = saved_frame
        self.c_chain = saved_chain
        return results

    def store_results(self, frame, base, nresults, results):
        n = len(results)
        if nresults < 0:
            ensure_regs(frame, base + n)
            regs = frame.regs
            for i in range(n):
                regs[base + i] = results[i]
            frame.top = base + n
        else:
            regs = frame.regs
            for i in range(nresults):
                regs[base + i] = results[i] if i < n else w_nil

    def tailcall(self, frame, a, nargs, callpc):
        """return R[a](args): the callee replaces the frame (same return kind)."""
        regs = frame.regs
        fn = regs[a]
        if isinstance(fn, W_Closure) and frame.tbc is None:
            nf = self.new_frame(fn, regs, a + 1, nargs, frame.parent)
            nf.ret_kind = frame.ret_kind
            nf.ret_base = frame.ret_base
            nf.nresults = frame.nresults
            nf.handler = frame.handler
            nf.depth = frame.depth
            return nf
        # anything else is an ordinary call returning all its results; the compiler puts
        # "RETURN a 0" after every TAILCALL, which returns them when the call is done
        nf = self.call_value(frame, a, nargs, -1, callpc)
        if nf is not None:
            return nf
        return self.do_return(frame, a, frame.top - a)

    def do_return(self, frame, a, n):
        """Pop frame, storing its n results R[a..a+n-1] where its ret_kind says; returns the
        frame to continue with, or None to leave the loop (exit_values are set)."""
        if frame.tbc is not None:
            saved = frame.regs[a:a + n]
            self.close_tbc(frame, 0, w_nil, False)
            for i in range(n):
                frame.regs[a + i] = saved[i]
        regs = frame.regs
        kind = frame.ret_kind
        parent = frame.parent
        if kind == RET_NORMAL:
            assert parent is not None
            base = frame.ret_base
            want = frame.nresults
            if want < 0:
                ensure_regs(parent, base + n)
                dst = parent.regs
                for i in range(n):
                    dst[base + i] = regs[a + i]
                parent.top = base + n
            else:
                dst = parent.regs
                for i in range(want):
                    dst[base + i] = regs[a + i] if i < n else w_nil
            return parent
        if kind == RET_ONE:
            assert parent is not None
            parent.regs[frame.ret_base] = regs[a] if n > 0 else w_nil
            return parent
        if kind == RET_NONE:
            return parent
        if kind == RET_UNWIND:
            # a __close run while unwinding returned: the error goes on
            e = frame.pending_error
            assert e is not None
            raise e
        if kind == RET_COND:
            assert parent is not None
            t = 1 if n > 0 and regs[a].is_true() else 0
            if t != frame.nresults:
                parent.pc += 1
            return parent
        values = regs[a:a + n]
        if kind == RET_PCALL:
            assert parent is not None
            self.store_results(parent, frame.ret_base, frame.nresults, [w_true] + values)
            return parent
        if kind == RET_BASE:
            self.exit_values = values
            return None
        # RET_COROUTINE: the coroutine's body returned
        co = self.current
        co.status = CO_DEAD
        return self.switch_back(co, values, False)

    def call_mm(self, frame, pc, ret_kind, ret_base, nresults):
        """Call the pending metamethod (mm_func) for the instruction before pc. A Lua function
        gets a frame (returned, to be run); anything else is called now and its first result
        left in mm_result (and stored as ret_kind says)."""
        frame.pc = pc
        fn = self.mm_func
        args = [self.mm_a, self.mm_b]
        if ret_kind == RET_NONE:
            args.append(self.mm_c)
        if isinstance(fn, W_Builtin) and fn.kind != K_NORMAL:
            fn = trampoline(fn)
        if isinstance(fn, W_Closure):
            nf = self.new_frame_args(fn, args, frame)
            self.count_ccall(nf)
            nf.ret_kind = ret_kind
            nf.ret_base = ret_base
            nf.nresults = nresults
            return nf
        if not isinstance(fn, W_Function) and isinstance(self.metamethod(fn, "__call"), W_Nil):
            e = runtime_error("attempt to call a %s value" % self.objtypename(fn), None)
            e.suffix = " (metamethod '%s')" % self.mm_event[2:]
            raise e
        results = self.call_function(fn, args)
        v = results[0] if len(results) > 0 else w_nil
        self.mm_result = v
        if ret_kind == RET_ONE:
            frame.regs[ret_base] = v
        return None

    def count_ccall(self, nf):
        nf.cdepth += 1
        if nf.cdepth + self.c_depth >= LUAI_MAXCCALLS:
            raise runtime_error("C stack overflow", None)

    # -- Calls from builtins (host recursion) -----------------------------------------------

    def call_function(self, fn, args):
        """Call any callable value with args and return all its results."""
        if isinstance(fn, W_Builtin):
            return self.call_builtin_host(fn, args)
        if isinstance(fn, W_Closure):
            if self.c_depth >= MAX_CCALLS:
                raise runtime_error("C stack overflow", None)
            saved_frame = self.frame
            saved_chain = self.c_chain
            nf = self.new_frame_args(fn, args, saved_frame)
            nf.cdepth += 1
            nf.ret_kind = RET_BASE
            self.c_depth += 1
            try:
                results = self.execute(nf)
            finally:
                self.c_depth -= 1
                self.frame = saved_frame
                self.c_chain = saved_chain
            return results
        mm = self.metamethod(fn, "__call")
        if isinstance(mm, W_Nil):
            raise self.type_error(fn, "call")
        return self.call_function(mm, [fn] + args)

    def call_close(self, fn, args, frame):
        """Call a __close metamethod of frame's variables: the frame is its caller."""
        saved_frame = self.frame
        saved_chain = self.c_chain
        self.frame = frame
        self.c_chain = 0
        try:
            if isinstance(fn, W_Closure):
                if self.c_depth >= MAX_CCALLS:
                    raise runtime_error("C stack overflow", None)
                nf = self.new_frame_args(fn, args, frame)
                nf.cdepth += 1
                nf.ret_kind = RET_BASE
                nf.meta_call = True
                self.c_depth += 1
                try:
                    self.execute(nf)
                finally:
                    self.c_depth -= 1
            else:
                self.call_function(fn, args)
        finally:
            self.frame = saved_frame
            self.c_chain = saved_chain

    def call_builtin_host(self, fn, args):
        self.c_chain += 1
        try:
            if fn.kind == K_PCALL or fn.kind == K_XPCALL:
                results = self.host_pcall(fn, args)
            elif fn.kind == K_RESUME:
                results = self.host_resume(args)
            elif fn.kind == K_WRAP:
                results = self.host_wrap(fn, args)
            elif fn.kind == K_PAIRS:
                results = fn.call(self, args)
            elif fn.kind == K_YIELD:
                if self.current.is_main:
                    raise runtime_error("attempt to yield from outside a coroutine", None)
                raise runtime_error("attempt to yield across a C-call boundary", None)
            else:
                results = fn.call(self, args)
        except LuaError as e:
            self.c_chain -= 1
            if e.kind != ERR_FINAL:
                self.finish_error_plain(e, fn.name)
            raise
        self.c_chain -= 1
        return results

    def host_pcall(self, fn, args):
        handler = None
        start = 1
        if fn.kind == K_XPCALL:
            if len(args) < 2 or not isinstance(args[1], W_Function):
                got = "no value" if len(args) < 2 else self.objtypename(args[1])
                raise arg_error(2, "function expected, got %s" % got)
            handler = args[1]
            start = 2
        if len(args) < 1:
            raise self.arg_error_value(1)
        try:
            results = self.call_function(args[0], args[start:])
        except LuaError as e:
            value = e.w_value
            if handler is not None:
                value = self.call_handler(handler, value)
            return [w_false, value]
        return [w_true] + results

    def arg_error_value(self, n):
        return arg_error(n, "value expected")

    # -- Operations for builtins (metamethods run by host recursion) ------------------------

    def index_host(self, obj, key):
        v = self.index(obj, key)
        if v is not None:
            return v
        results = self.call_function(self.mm_func, [self.mm_a, self.mm_b])
        return results[0] if len(results) > 0 else w_nil

    def setindex_host(self, obj, key, val):
        if not self.setindex(obj, key, val):
            self.call_function(self.mm_func, [self.mm_a, self.mm_b, self.mm_c])

    def less_than_host(self, x, y):
        r = self.less_than(x, y)
        if r >= 0:
            return r == 1
        results = self.call_function(self.mm_func, [self.mm_a, self.mm_b])
        return len(results) > 0 and results[0].is_true()

    def equals_host(self, x, y):
        r = self.equals(x, y)
        if r >= 0:
            return r == 1
        results = self.call_function(self.mm_func, [self.mm_a, self.mm_b])
        return len(results) > 0 and results[0].is_true()

    def length_host(self, v):
        r = self.length(v)
        if r is not None:
            return r
        results = self.call_function(self.mm_func, [self.mm_a, self.mm_b])
        return results[0] if len(results) > 0 else w_nil

    def arith_host(self, op, x, y):
        r = self.arith(op, x, y)
        if r is not None:
            return r
        results = self.call_function(self.mm_func, [self.mm_a, self.mm_b])
        return results[0] if len(results) > 0 else w_nil
