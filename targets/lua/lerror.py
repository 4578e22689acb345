# targets/lua: to-be-closed variables and errors -- closing variables (in the VM when their
# __close is written in Lua, so that it may yield), unwinding frames to the handler of an error,
# finishing error messages with positions and variable names, tracebacks, error levels. A mixin
# of LuaVM (kept in its own file for size).
import os

from kiln.rarithmetic import intmask, r_uint

from lobject import (W_Value, W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Function,
                     W_Closure, W_Builtin, W_Cell, w_nil, w_true, w_false, str_to_bytes)
from ltable import W_Table
from lops import (LuaError, runtime_error, arg_error, ERR_FINAL, ERR_RUNTIME, ERR_ARG,
                  ERR_CALLER, to_number, raw_equals)
from lopcodes import (Proto, GETUPVAL, VARARG, TAILCALL, RETURN, GETTABUP, GETTABLE, SETTABUP,
                      SETTABLE, SELF, UNM, LEN, BNOT, CALL, TFORCALL, ADD, CONCAT, get_op, get_a,
                      get_b, get_c)

from lframe import *
from ldebug import getobjname, rk_name, funcname_for_call, local_name, raw_local_name, ObjName


class ErrorMixin(object):
    _mixin_ = True

    # -- To-be-closed variables -------------------------------------------------------------

    def mark_tbc(self, frame, a, pc):
        v = frame.regs[a]
        if isinstance(v, W_Nil) or (isinstance(v, W_Bool) and not v.bval):
            return
        if isinstance(self.metamethod(v, "__close"), W_Nil):
            name = raw_local_name(frame.proto, a, pc + 1)
            raise runtime_error("variable '%s' got a non-closable value" % name, None)
        tbc = frame.tbc
        if tbc is None:
            tbc = []
            frame.tbc = tbc
        tbc.append(a)

    def close_one(self, frame, level):
        """Close the frame's to-be-closed variables in registers >= level: a __close
        written in Lua gets a frame (returned; the caller re-executes its instruction when it
        returns, which closes the next one); others are called here. None when all are
        closed."""
        tbc = frame.tbc
        while tbc is not None and len(tbc) > 0 and tbc[-1] >= level:
            reg = tbc.pop()
            if len(tbc) == 0:
                frame.tbc = None
            v = frame.regs[reg]
            mm = self.metamethod(v, "__close")
            if isinstance(mm, W_Builtin) and mm.kind != K_NORMAL:
                mm = trampoline(mm)
            if isinstance(mm, W_Closure):
                nf = self.new_frame_args(mm, [v, w_nil], frame)
                self.count_ccall(nf)
                nf.ret_kind = RET_NONE
                nf.meta_call = True
                return nf
            if not isinstance(mm, W_Function) and isinstance(self.metamethod(mm, "__call"), W_Nil):
                raise LuaError(W_String(self.where(frame, frame.pc) +
                                        "attempt to call a %s value (metamethod 'close')"
                                        % self.objtypename(mm)))
            self.call_close(mm, [v, w_nil], frame)
        if tbc is not None and len(tbc) == 0:
            frame.tbc = None
        return None

    def close_one_error(self, frame, e):
        """While unwinding for error e: close the frame's to-be-closed variables. A __close
        written in Lua gets a frame (returned) whose return goes on unwinding (RET_UNWIND);
        an error in a __close replaces the error value."""
        tbc = frame.tbc
        while tbc is not None and len(tbc) > 0:
            reg = tbc.pop()
            if len(tbc) == 0:
                frame.tbc = None
            v = frame.regs[reg]
            mm = self.metamethod(v, "__close")
            if isinstance(mm, W_Builtin) and mm.kind != K_NORMAL:
                mm = trampoline(mm)
            try:
                if isinstance(mm, W_Closure):
                    nf = self.new_frame_args(mm, [v, e.w_value], frame)
                    self.count_ccall(nf)
                    nf.ret_kind = RET_UNWIND
                    nf.pending_error = e
                    nf.meta_call = True
                    return nf
                if not isinstance(mm, W_Function) and isinstance(self.metamethod(mm, "__call"), W_Nil):
                    raise LuaError(W_String(self.where(frame, frame.pc - 1) +
                                            "attempt to call a %s value (metamethod 'close')"
                                            % self.objtypename(mm)))
                self.call_close(mm, [v, e.w_value], frame)
            except LuaError as e2:
                if e2.kind != ERR_FINAL:
                    self.finish_error_plain(e2, "?")
                e.w_value = e2.w_value
        frame.tbc = None
        return None

    def close_tbc(self, frame, level, err, had_err):
        """Call __close of the frame's to-be-closed variables in registers >= level, last
        first, with the error value err when has_err (else nil). Returns the error value
        after the closing (a __close may raise a new one: without had_err, that error is
        raised once all are closed)."""
        has_err = had_err
        tbc = frame.tbc
        if tbc is None:
            return err
        raised = None
        while len(tbc) > 0 and tbc[-1] >= level:
            reg = tbc.pop()
            v = frame.regs[reg]
            mm = self.metamethod(v, "__close")
            try:
                if not isinstance(mm, W_Function) and isinstance(self.metamethod(mm, "__call"), W_Nil):
                    raise LuaError(W_String(self.where(frame, frame.pc - 1) +
                                            "attempt to call a %s value (metamethod 'close')"
                                            % self.objtypename(mm)))
                self.call_close(mm, [v, err if has_err else w_nil], frame)
            except LuaError as e:
                # the others are closed with this error, which then propagates
                err = e.w_value
                has_err = True
                raised = e
        if len(tbc) == 0:
            frame.tbc = None
        if raised is not None and not had_err:
            raised.w_value = err
            raise raised
        return err

    # -- Errors -----------------------------------------------------------------------------

    def handle_error(self, frame, e):
        """Unwind from frame (whose saved pc follows the failing instruction) to the frame
        that handles e; returns it with the error delivered, or raises e onwards."""
        if e.kind != ERR_FINAL:
            self.finish_error_at(e, frame, frame.pc - 1)
        if e.tb_frame is None:
            e.tb_frame = frame
        while True:
            if frame.tbc is not None:
                nf = self.close_one_error(frame, e)
                if nf is not None:
                    return nf
            kind = frame.ret_kind
            parent = frame.parent
            if kind == RET_PCALL:
                assert parent is not None
                value = e.w_value
                handler = frame.handler
                if handler is not None:
                    # the handler runs "where the error was raised" (for debug.traceback)
                    saved_frame = self.frame
                    saved_chain = self.c_chain
                    self.frame = e.tb_frame
                    self.c_chain = 0
                    value = self.call_handler(handler, value)
                    self.frame = saved_frame
                    self.c_chain = saved_chain
                self.store_results(parent, frame.ret_base, frame.nresults, [w_false, value])
                return parent
            if kind == RET_BASE:
                raise e
            if kind == RET_COROUTINE:
                co = self.current
                resumer = co.resumer
                co.resumer = None
                self.co_died(co, e.w_value)
                if resumer is None:
                    raise e
                if co.wrap:
                    self.prepend_where(e, resumer, resumer.pc - 1)
                    frame = resumer
                    continue
                self.store_results(resumer, co.resume_base, co.resume_nresults,
                                   [w_false, e.w_value])
                return resumer
            assert parent is not None
            frame = parent

    def traceback(self, frame):
        """'stack traceback:' lines for the Lua frames from frame outwards."""
        levels = []
        while frame is not None:
            p = frame.proto
            if not p.hidden:
                if frame.meta_call:
                    what = "in metamethod 'close'"
                elif p.linedefined == 0:
                    what = "in main chunk"
                elif p.name != "":
                    what = "in function '%s'" % p.name
                else:
                    what = "in function <%s:%d>" % (p.chunk, p.linedefined)
                levels.append("\t%s:%d: %s" % (p.chunk, p.line_at(frame.pc - 1), what))
            if frame.ret_kind == RET_PCALL or frame.ret_kind == RET_BASE or p.hidden:
                levels.append("\t[C]: in ?")
            frame = frame.parent
        # as luaL_traceback: the first 10 and the last 11 levels
        if len(levels) > 21:
            skipped = len(levels) - 21
            levels = levels[:10] + ["\t...\t(skipping %d levels)" % skipped] + levels[len(levels) - 11:]
        return "stack traceback:\n" + "\n".join(levels)

    def where(self, frame, pc):
        if frame.proto.hidden:
            return ""
        return "%s:%d: " % (frame.proto.chunk, frame.proto.line_at(pc))

    def prepend_where(self, e, frame, pc):
        v = e.w_value
        if isinstance(v, W_String):
            e.w_value = W_String(self.where(frame, pc) + v.s)

    def finish_error_at(self, e, frame, pc):
        """Finish an error raised by the instruction at pc of a Lua frame."""
        if e.kind == ERR_RUNTIME:
            msg = e.msg
            bad = e.bad
            if bad is not None:
                info = self.varinfo(frame, pc, bad)
                if info != "":
                    msg = msg + " " + info
            msg = msg + e.suffix
            e.w_value = W_String(self.where(frame, pc) + msg)
            e.kind = ERR_FINAL
        elif e.kind == ERR_ARG or e.kind == ERR_CALLER:
            self.finish_builtin_error(e, None, frame, pc)

    def finish_builtin_error(self, e, fn, frame, callpc):
        """Finish an error raised by a builtin called from the Lua instruction at callpc."""
        if e.kind == ERR_RUNTIME:
            e.w_value = W_String(e.msg + e.suffix)
        elif e.kind == ERR_CALLER:
            e.w_value = W_String(self.where(frame, callpc) + e.msg)
        elif e.kind == ERR_ARG:
            argn = e.argn
            obj = None
            if not frame.proto.hidden:
                obj = funcname_for_call(frame.proto, callpc)
            if obj is not None:
                name = obj.name
                if obj.kind == "method":
                    argn -= 1
                    if argn == 0:
                        e.w_value = W_String(self.where(frame, callpc) + "calling '%s' on bad self (%s)" % (name, e.msg))
                        e.kind = ERR_FINAL
                        return
            elif fn is not None:
                name = fn.name
            else:
                name = "?"
            e.w_value = W_String(self.where(frame, callpc) + "bad argument #%d to '%s' (%s)" % (argn, name, e.msg))
        e.kind = ERR_FINAL

    def finish_error_plain(self, e, fname):
        """Finish an error raised by a builtin called by another builtin: no position."""
        if e.kind == ERR_ARG:
            e.w_value = W_String("bad argument #%d to '%s' (%s)" % (e.argn, fname, e.msg))
        else:
            e.w_value = W_String(e.msg + e.suffix)
        e.kind = ERR_FINAL

    def varinfo(self, frame, pc, bad):
        """" (local 'x')" and the like for a bad operand of the instruction at pc."""
        proto = frame.proto
        w = proto.code[pc]
        op = get_op(w)
        a = get_a(w)
        b = get_b(w)
        c = get_c(w)
        regs = frame.regs
        obj = None
        if op == GETTABUP:
            if frame.closure.upvals[b].w_value is bad:
                obj = self.upvalue_name(proto, b)
        elif op == SETTABUP:
            if frame.closure.upvals[a].w_value is bad:
                obj = self.upvalue_name(proto, a)
        elif op == GETTABLE or op == SELF or op == UNM or op == LEN or op == BNOT:
            if regs[b] is bad:
                obj = getobjname(proto, pc, b)
        elif op == SETTABLE or op == CALL or op == TAILCALL:
            if regs[a] is bad:
                obj = getobjname(proto, pc, a)
        elif op == TFORCALL:
            if regs[a] is bad:
                obj = ObjName("for iterator", "for iterator")
        elif ADD <= op <= CONCAT:
            if (b >= 0 and regs[b] is bad) or (b < 0 and proto.consts[-1 - b] is bad):
                obj = rk_name(proto, pc, b)
            elif (c >= 0 and regs[c] is bad) or (c < 0 and proto.consts[-1 - c] is bad):
                obj = rk_name(proto, pc, c)
        if obj is None:
            return ""
        return "(%s '%s')" % (obj.kind, obj.name)

    def upvalue_name(self, proto, idx):
        if idx < len(proto.upval_names):
            return ObjName("upvalue", proto.upval_names[idx])
        return None

    def error_level_where(self, level):
        """The position prefix for error(msg, level), as luaL_where: '' when that level is not
        a Lua function."""
        if level <= 0:
            return ""
        if level <= self.c_chain:
            return ""
        frame = self.frame
        if frame is None:
            return ""
        level -= self.c_chain + 1
        while level > 0:
            kind = frame.ret_kind
            if kind == RET_PCALL:
                if level == 1:
                    return ""
                level -= 1
            elif kind == RET_BASE or kind == RET_COROUTINE:
                return ""
            parent = frame.parent
            if parent is None:
                return ""
            frame = parent
            level -= 1
        return self.where(frame, frame.pc - 1)
