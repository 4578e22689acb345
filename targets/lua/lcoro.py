# targets/lua: the builtins the VM runs itself (pcall, xpcall, coroutine.resume/yield/wrap,
# pairs with a __pairs) and coroutines: a coroutine is a chain of frames whose bottom frame has
# ret_kind RET_COROUTINE; resuming makes its suspended frame current, yielding or finishing
# delivers values to the resumer's frame (or, resumed by a builtin, leaves the nested loop).
# A mixin of LuaVM (kept in its own file for size).
import os

from kiln.rarithmetic import intmask, r_uint

from lobject import (W_Value, W_Nil, W_Bool, W_Int, W_Float, W_Number, W_String, W_Function,
                     W_Closure, W_Builtin, W_Cell, w_nil, w_true, w_false, str_to_bytes)
from ltable import W_Table
from lops import (LuaError, runtime_error, arg_error, ERR_FINAL, ERR_RUNTIME, ERR_ARG,
                  ERR_CALLER, to_number, raw_equals)
from lopcodes import (Proto, GETUPVAL, VARARG, TAILCALL, RETURN, GETTABUP, GETTABLE, SETTABUP,
                      SETTABLE, SELF, UNM, LEN, BNOT, CALL, TFORCALL, ADD, CONCAT)

from lframe import *
from ldebug import funcname_for_call


class CoroutineMixin(object):
    _mixin_ = True

    # -- Special builtins run by the VM -----------------------------------------------------

    def call_special(self, fn, frame, a, nargs, nresults, callpc):
        kind = fn.kind
        regs = frame.regs
        if kind == K_PCALL or kind == K_XPCALL:
            handler = None
            first = a + 1
            if kind == K_XPCALL:
                if nargs < 2 or not isinstance(regs[a + 2], W_Function):
                    got = "no value" if nargs < 2 else self.objtypename(regs[a + 2])
                    self.raise_arg_error(fn, frame, callpc, 2, "function expected, got %s" % got)
                handler = regs[a + 2]
                # move the function next to its arguments
                regs[a + 2] = regs[a + 1]
                first = a + 2
                nargs -= 1
            elif nargs < 1:
                self.raise_arg_error(fn, frame, callpc, 1, "value expected")
            f = regs[first]
            if isinstance(f, W_Builtin) and f.kind != K_NORMAL:
                # pcall(coroutine.yield, ...), xpcall(pcall, ...): through a Lua function,
                # so that they can yield
                f = trampoline(f)
            if isinstance(f, W_Closure):
                nf = self.new_frame(f, regs, first + 1, nargs - 1, frame)
                if nf.cdepth + self.c_depth >= LUAI_MAXCCALLS - 1:
                    self.store_results(frame, a, nresults, [w_false, W_String("C stack overflow")])
                    return None
                nf.cdepth += 1
                nf.ret_kind = RET_PCALL
                nf.ret_base = a
                nf.nresults = nresults
                nf.handler = handler
                return nf
            args = regs[first + 1:first + nargs]
            saved_frame = self.frame
            saved_chain = self.c_chain
            self.frame = frame
            self.c_chain = 0
            try:
                results = prepend_value(w_true, self.call_function(f, args))
            except LuaError as e:
                self.frame = saved_frame
                self.c_chain = saved_chain
                if e.kind != ERR_FINAL:
                    self.finish_error_plain(e, "?")
                value = e.w_value
                if handler is not None:
                    value = self.call_handler(handler, value)
                results = [w_false, value]
            self.frame = saved_frame
            self.c_chain = saved_chain
            self.store_results(frame, a, nresults, results)
            return None
        if kind == K_YIELD:
            return self.vm_yield(frame, a, nargs, a, nresults, False)
        if kind == K_PAIRS:
            # pairs(t) with a __pairs written in Lua runs it here, where it may yield
            if nargs >= 1:
                mm = self.metamethod(regs[a + 1], "__pairs")
                if isinstance(mm, W_Closure):
                    args = [regs[a + 1]]
                    nf = self.new_frame_args(mm, args, frame)
                    self.count_ccall(nf)
                    nf.ret_base = a
                    nf.nresults = 3 if nresults < 0 else nresults
                    return nf
            args = regs[a + 1:a + 1 + nargs]
            results = self.call_builtin_from(fn, args, frame, callpc)
            self.store_results(frame, a, nresults, results)
            return None
        if kind == K_RESUME:
            if nargs < 1 or not isinstance(regs[a + 1], W_Coroutine):
                got = "no value" if nargs < 1 else self.objtypename(regs[a + 1])
                self.raise_arg_error(fn, frame, callpc, 1, "thread expected, got %s" % got)
            co = regs[a + 1]
            assert isinstance(co, W_Coroutine)
            return self.vm_resume(co, frame, a + 2, nargs - 1, a, nresults, False, callpc)
        # K_WRAP
        co = fn.co
        assert isinstance(co, W_Coroutine)
        return self.vm_resume(co, frame, a + 1, nargs, a, nresults, True, callpc)

    def raise_arg_error(self, fn, frame, callpc, n, msg):
        e = arg_error(n, msg)
        self.finish_builtin_error(e, fn, frame, callpc)
        raise e

    def call_handler(self, handler, value):
        """xpcall's message handler, called with the error value where it was raised. An
        error in the handler goes to the handler again; PUC Lua gives up with "error in error
        handling" when that keeps failing."""
        for attempt in range(20):
            # like PUC Lua, give the handler some room beyond a stack overflow
            saved_max = self.max_frames
            self.max_frames = MAX_FRAMES + 1000
            try:
                results = self.call_function(handler, [value])
            except LuaError as e:
                value = e.w_value
                self.max_frames = saved_max
                continue
            self.max_frames = saved_max
            if len(results) == 0:
                return w_nil
            return results[0]
        return W_String("error in error handling")

    # -- Coroutines -------------------------------------------------------------------------

    def resume_check(self, co):
        """The error message when co cannot be resumed, or ''."""
        if co.status == CO_DEAD:
            return "cannot resume dead coroutine"
        if co.status != CO_SUSPENDED:
            return "cannot resume non-suspended coroutine"
        if self.current.nest >= LUAI_MAXCCALLS:
            # coroutines resuming coroutines: PUC counts each resume as a C call
            return "C stack overflow"
        return ""

    def start_coroutine(self, co, src, start, nargs):
        """Make co current with its arguments delivered; returns its frame to run, or None if
        its body is a builtin that already finished (exit_values are then its results)."""
        co.prev = self.current
        co.nest = self.current.nest + 1
        if self.current.status == CO_RUNNING:
            self.current.status = CO_NORMAL
        co.status = CO_RUNNING
        self.current = co
        if not co.started:
            co.started = True
            fn = co.fn
            if isinstance(fn, W_Builtin) and fn.kind != K_NORMAL:
                # run pcall & co. in the VM, where they allow yields: through a Lua function
                # that tail-calls them
                fn = trampoline(fn)
            if isinstance(fn, W_Closure):
                nf = self.new_frame(fn, src, start, nargs, None)
                nf.ret_kind = RET_COROUTINE
                return nf
            try:
                results = self.call_function(fn, src[start:start + nargs])
            except LuaError as e:
                self.co_died(co, e.w_value)
                raise
            co.status = CO_DEAD
            self.restore_prev(co)
            self.exit_values = results
            return None
        f = co.frame
        assert f is not None
        co.frame = None
        args = src[start:start + nargs]
        if co.yield_prefix_true:
            args = [w_true] + args
        self.store_results(f, co.yield_base, co.yield_nresults, args)
        return f

    def restore_prev(self, co):
        prev = co.prev
        assert prev is not None
        self.current = prev
        prev.status = CO_RUNNING
        co.prev = None

    def co_died(self, co, value):
        co.status = CO_DEAD
        co.error_value = value
        self.restore_prev(co)

    def vm_resume(self, co, frame, start, nargs, a, nresults, wrap, callpc):
        msg = self.resume_check(co)
        if msg != "":
            if wrap:
                e = LuaError(W_String(msg))
                self.prepend_where(e, frame, callpc)
                raise e
            self.store_results(frame, a, nresults, [w_false, W_String(msg)])
            return None
        co.resumer = frame
        co.resume_base = a
        co.resume_nresults = nresults
        co.wrap = wrap
        try:
            nf = self.start_coroutine(co, frame.regs, start, nargs)
        except LuaError as e:
            # a builtin as the body of the coroutine failed
            co.resumer = None
            if wrap:
                self.prepend_where(e, frame, callpc)
                raise
            self.store_results(frame, a, nresults, [w_false, e.w_value])
            return None
        if nf is None:
            values = self.take_exit_values()
            if not wrap:
                values = [w_true] + values
            self.store_results(frame, a, nresults, values)
        return nf

    def vm_yield(self, frame, a, nargs, base, nresults, prefix_true):
        """Yield R[a+1..a+nargs] from the running coroutine; when it is resumed, its
        arguments (after true if prefix_true) go to R[base..] of frame."""
        co = self.current
        # (raised by the C function yield in PUC Lua: no position)
        if co.is_main:
            raise LuaError(W_String("attempt to yield from outside a coroutine"))
        f = frame
        while f is not None:
            if f.ret_kind == RET_BASE:
                raise LuaError(W_String("attempt to yield across a C-call boundary"))
            f = f.parent
        values = frame.regs[a + 1:a + 1 + nargs]
        co.frame = frame
        co.yield_base = base
        co.yield_nresults = nresults
        co.yield_prefix_true = prefix_true
        co.status = CO_SUSPENDED
        return self.switch_back(co, values, True)

    def switch_back(self, co, values, yielded):
        """Deliver a yield's or the body's values to the resumer of co; returns the frame to
        continue with, or None to leave the loop (host resume)."""
        if not yielded:
            co.status = CO_DEAD
        prev = co.prev
        assert prev is not None
        self.current = prev
        prev.status = CO_RUNNING
        co.prev = None
        resumer = co.resumer
        co.resumer = None
        if resumer is None:
            self.exit_values = values
            return None
        if not co.wrap:
            values = [w_true] + values
        self.store_results(resumer, co.resume_base, co.resume_nresults, values)
        return resumer

    def host_resume(self, args):
        if len(args) < 1 or not isinstance(args[0], W_Coroutine):
            got = "no value" if len(args) < 1 else self.objtypename(args[0])
            raise arg_error(1, "thread expected, got %s" % got)
        co = args[0]
        assert isinstance(co, W_Coroutine)
        msg = self.resume_check(co)
        if msg != "":
            return [w_false, W_String(msg)]
        try:
            values = self.run_coroutine(co, args, 1)
        except LuaError as e:
            return [w_false, e.w_value]
        return [w_true] + values

    def host_wrap(self, fn, args):
        co = fn.co
        assert isinstance(co, W_Coroutine)
        msg = self.resume_check(co)
        if msg != "":
            raise LuaError(W_String(msg))
        return self.run_coroutine(co, args, 0)

    def run_coroutine(self, co, args, start):
        """Resume co from a builtin (a nested loop); returns what it yields or returns."""
        co.resumer = None
        co.wrap = False
        if self.c_depth >= MAX_CCALLS:
            raise runtime_error("C stack overflow", None)
        values = fresh_values(args, start)
        nf = self.start_coroutine(co, values, 0, len(values))
        if nf is None:
            return self.take_exit_values()
        self.c_depth += 1
        saved_frame = self.frame
        saved_chain = self.c_chain
        try:
            return self.execute(nf)
        finally:
            self.c_depth -= 1
            self.frame = saved_frame
            self.c_chain = saved_chain
