# targets/lua: the compiler from the syntax tree (last.py) to register bytecode (lopcodes.py).
#
# Registers: a function's active locals occupy registers 0..nactive-1 in declaration order;
# temporaries are allocated above them (`freereg`) and released when a statement or
# subexpression is done. A local that an inner function captures lives in a cell: its
# register holds the W_Cell (MKCELL/NEWCELL when it is declared, so every execution of the
# declaration -- every loop iteration -- makes a fresh one), and reads and writes go through
# GETCELL/SETCELL. Inner functions find a captured local either in a register of their parent
# (instack) or in one of their parent's upvalues.
#
# Conditions compile to jumps: cond_jump(e, when) emits code that jumps when the truth of e
# equals `when` and returns the list of those JMP instructions, to be patched later.
from lobject import W_Int, W_Float, W_String, w_nil, w_true, w_false, INTERNED
from llex import LuaSyntaxError, chunkid
from last import (ENil, ETrue, EFalse, EVararg, EInt, EFloat, EStr, EFunction, ETable, EBin,
                  EUn, EAnd, EOr, ELocal, EUpval, EIndex, EGlobal, ECall, EMethCall, EParen,
                  SLocal, SAssign, SCall, SDo, SWhile, SRepeat, SIf, SNumFor, SGenFor,
                  SLocalFunction, SReturn, SBreak, SGoto, SLabel, ATTR_CLOSE)
from lopcodes import (Proto, LocVar, MOVE, LOADK, LOADNIL, LOADBOOL, GETUPVAL, SETUPVAL,
                      GETCELL, SETCELL, NEWCELL, MKCELL, GETTABUP, SETTABUP, GETTABLE, SETTABLE,
                      NEWTABLE, SELF, ADD, CONCAT, UNM, NOT, LEN, BNOT, JMP, EQ, LT, LE, TEST,
                      CALL, TAILCALL, RETURN, FORPREP, FORLOOP, TFORCALL, TFORLOOP, SETLIST,
                      CLOSURE, VARARG, TBC, CLOSE, ARITH_OPS, FIELDS_PER_FLUSH, MAXARG_A,
                      MAXARG_BC, MINARG_BC, encode, get_op, get_a, get_b, get_c)

MAXREGS = 255

ARITH_OPCODE = {}
for _i in range(len(ARITH_OPS)):
    ARITH_OPCODE[ARITH_OPS[_i]] = ADD + _i


class LabelInfo(object):
    def __init__(self, name, pc, nactive, line):
        self.name = name
        self.pc = pc
        self.nactive = nactive
        self.line = line


class GotoInfo(object):
    def __init__(self, name, pc, nactive, line):
        self.name = name
        self.pc = pc
        self.nactive = nactive
        self.line = line
        self.needs_close = False  # it leaves a block with to-be-closed variables


class BlockScope(object):
    def __init__(self, parent, nactive, is_loop):
        self.parent = parent
        self.nactive = nactive
        self.is_loop = is_loop
        self.breaks = []
        self.labels = []
        self.gotos = []
        self.has_tbc = False


def is_multi(e):
    return isinstance(e, ECall) or isinstance(e, EMethCall) or isinstance(e, EVararg)


def fixed_copy(items):
    result = [0] * len(items)
    for i in range(len(items)):
        result[i] = items[i]
    return result


def writes_target_early(e):
    """Does compiling e into a register write it before all of e's operands are read? (Then
    e cannot go straight into a local it reads: 'n = (n == 0) or f(n)'.)"""
    while isinstance(e, EParen):
        e = e.inner
    return isinstance(e, ETable) or isinstance(e, EAnd) or isinstance(e, EOr)


def is_simple(e):
    """An operand read without code: a constant or a local not in a cell."""
    return is_const(e) or (isinstance(e, ELocal) and not e.var.captured)


def is_const(e):
    return (isinstance(e, EInt) or isinstance(e, EFloat) or isinstance(e, EStr)
            or isinstance(e, ENil) or isinstance(e, ETrue) or isinstance(e, EFalse))


class FuncCompiler(object):
    def __init__(self, parent, body, source):
        self.parent = parent
        self.body = body
        self.source = source
        self.proto = Proto(source, chunkid(source))
        self.proto.linedefined = body.line
        self.proto.lastlinedefined = body.lastline
        self.proto.name = body.name
        # the code as it grows; the Proto gets a copy that is never resized (a plain array
        # for the dispatch loop)
        self.code = []
        self.lines = []
        self.freereg = 0
        self.nactive = 0
        self.actives = []
        self.active_locvars = []
        self.upvars = []
        self.block = None
        self.line = body.line
        self.str_consts = {}
        self.int_consts = {}
        self.float_consts = {}
        self.special_consts = {}

    # -- Emitting ---------------------------------------------------------------------------

    def error(self, msg, line):
        raise LuaSyntaxError("%s:%d: %s" % (self.proto.chunk, line, msg))

    def instruction(self, op, a, b, c):
        if not (0 <= a <= MAXARG_A and MINARG_BC <= b <= MAXARG_BC
                and MINARG_BC <= c <= MAXARG_BC):
            self.error("function or expression too complex", self.line)
        return encode(op, a, b, c)

    def emit(self, op, a, b, c):
        code = self.code
        pc = len(code)
        code.append(self.instruction(op, a, b, c))
        self.lines.append(self.line)
        return pc

    def here(self):
        return len(self.code)

    def emit_jump(self):
        return self.emit(JMP, 0, -1, 0)

    def patch(self, jumps, target):
        code = self.code
        for pc in jumps:
            w = code[pc]
            code[pc] = self.instruction(get_op(w), get_a(w), target, get_c(w))

    def alloc(self, n):
        r = self.freereg
        self.freereg += n
        if self.freereg > MAXREGS:
            self.error("function or expression needs too many registers", self.line)
        if self.freereg > self.proto.maxstack:
            self.proto.maxstack = self.freereg
        return r

    # -- Constants --------------------------------------------------------------------------

    def const_str(self, s):
        k = self.str_consts.get(s, -1)
        if k < 0:
            k = len(self.proto.consts)
            self.proto.consts.append(INTERNED.intern_str(s))
            self.str_consts[s] = k
        return k

    def const_int(self, i):
        k = self.int_consts.get(i, -1)
        if k < 0:
            k = len(self.proto.consts)
            self.proto.consts.append(W_Int(i))
            self.int_consts[i] = k
        return k

    def const_float(self, f):
        key = repr(f)
        k = self.float_consts.get(key, -1)
        if k < 0:
            k = len(self.proto.consts)
            self.proto.consts.append(W_Float(f))
            self.float_consts[key] = k
        return k

    def const_special(self, e):
        if isinstance(e, ETrue):
            name = "true"
        elif isinstance(e, EFalse):
            name = "false"
        else:
            name = "nil"
        k = self.special_consts.get(name, -1)
        if k < 0:
            k = len(self.proto.consts)
            if name == "true":
                self.proto.consts.append(w_true)
            elif name == "false":
                self.proto.consts.append(w_false)
            else:
                self.proto.consts.append(w_nil)
            self.special_consts[name] = k
        return k

    def const_of(self, e):
        if isinstance(e, EInt):
            return self.const_int(e.ival)
        if isinstance(e, EFloat):
            return self.const_float(e.fval)
        if isinstance(e, EStr):
            return self.const_str(e.sval)
        return self.const_special(e)

    # -- Scopes -----------------------------------------------------------------------------

    def open_block(self, is_loop):
        self.block = BlockScope(self.block, self.nactive, is_loop)

    def close_block(self):
        bl = self.block
        assert bl is not None
        self.remove_locals(bl.nactive)
        parent = bl.parent
        if bl.has_tbc and parent is not None:
            self.emit(CLOSE, bl.nactive, 0, 0)
        if parent is not None:
            for g in bl.gotos:
                if g.nactive > bl.nactive:
                    g.nactive = bl.nactive
                if bl.has_tbc:
                    g.needs_close = True
                parent.gotos.append(g)
        elif len(bl.gotos) > 0:
            g = bl.gotos[0]
            self.error("no visible label '%s' for <goto> at line %d" % (g.name, g.line), g.line)
        self.block = parent
        self.freereg = self.nactive

    def add_local(self, var, reg):
        var.reg = reg
        self.actives.append(var)
        lv = LocVar(var.name, reg, self.here())
        self.proto.locvars.append(lv)
        self.active_locvars.append(lv)
        self.nactive = reg + 1

    def remove_locals(self, nactive):
        while len(self.actives) > 0 and self.actives[-1].reg >= nactive:
            self.actives.pop()
            lv = self.active_locvars.pop()
            lv.endpc = self.here()
        self.nactive = nactive

    def upval_index(self, var):
        for i in range(len(self.upvars)):
            if self.upvars[i] is var:
                return i
        parent = self.parent
        if parent is None:
            self.error("internal error: unresolved upvalue '%s'" % var.name, self.line)
            return 0
        if var.func is parent.body:
            instack = True
            idx = var.reg
        else:
            instack = False
            idx = parent.upval_index(var)
        if len(self.upvars) >= 255:
            where = "main function" if self.parent is None else "function at line %d" % self.body.line
            self.error("too many upvalues (limit is 255) in %s" % where, self.line)
        self.upvars.append(var)
        self.proto.upval_instack.append(instack)
        self.proto.upval_idx.append(idx)
        self.proto.upval_names.append(var.name)
        return len(self.upvars) - 1

    # -- Functions --------------------------------------------------------------------------

    def compile_function(self):
        body = self.body
        proto = self.proto
        proto.numparams = len(body.params)
        proto.is_vararg = body.is_vararg
        self.open_block(False)
        self.alloc(len(body.params))
        for i in range(len(body.params)):
            self.add_local(body.params[i], i)
        for var in body.params:
            if var.captured:
                self.emit(MKCELL, var.reg, 0, 0)
        block = body.block
        assert block is not None
        self.compile_stats(block.stats)
        self.line = body.lastline
        self.emit(RETURN, 0, 1, 0)
        self.close_block()
        proto.set_code(fixed_copy(self.code))
        proto.lines = fixed_copy(self.lines)
        return proto

    def compile_child(self, body):
        child = FuncCompiler(self, body, self.source)
        p = child.compile_function()
        self.proto.protos.append(p)
        return len(self.proto.protos) - 1

    # -- Statements -------------------------------------------------------------------------

    def compile_block(self, block, is_loop):
        self.open_block(is_loop)
        self.compile_stats(block.stats)
        self.close_block()

    def compile_stats(self, stats):
        self.compile_stats_in(stats, True)

    def compile_stats_in(self, stats, ends_scope):
        """ends_scope: the block's locals end with it (not so in a repeat body, whose
        locals the 'until' condition sees), so a label at its end is outside their scope."""
        for i in range(len(stats)):
            stat = stats[i]
            self.line = stat.line
            if isinstance(stat, SLabel):
                last = ends_scope
                for j in range(i + 1, len(stats)):
                    if not isinstance(stats[j], SLabel):
                        last = False
                self.compile_label(stat, last)
            else:
                self.compile_stat(stat)
            self.freereg = self.nactive

    def compile_stat(self, stat):
        if isinstance(stat, SLocal):
            self.compile_local(stat)
        elif isinstance(stat, SAssign):
            self.compile_assign(stat)
        elif isinstance(stat, SCall):
            self.compile_call(stat.call, 0)
        elif isinstance(stat, SIf):
            self.compile_if(stat)
        elif isinstance(stat, SWhile):
            self.compile_while(stat)
        elif isinstance(stat, SNumFor):
            self.compile_numfor(stat)
        elif isinstance(stat, SGenFor):
            self.compile_genfor(stat)
        elif isinstance(stat, SRepeat):
            self.compile_repeat(stat)
        elif isinstance(stat, SDo):
            self.compile_block(stat.block, False)
        elif isinstance(stat, SReturn):
            self.compile_return(stat)
        elif isinstance(stat, SLocalFunction):
            reg = self.alloc(1)
            var = stat.var
            self.add_local(var, reg)
            idx = self.compile_child(stat.func)
            self.line = stat.line
            if var.captured:
                self.emit(NEWCELL, reg, 0, 0)
                tmp = self.alloc(1)
                self.emit(CLOSURE, tmp, idx, 0)
                self.emit(SETCELL, reg, tmp, 0)
            else:
                self.emit(CLOSURE, reg, idx, 0)
        elif isinstance(stat, SBreak):
            bl = self.block
            while bl is not None and not bl.is_loop:
                bl = bl.parent
            if bl is None:
                self.error("break outside a loop at line %d" % stat.line, stat.line)
            else:
                if self.needs_close(bl.nactive):
                    self.emit(CLOSE, bl.nactive, 0, 0)
                bl.breaks.append(self.emit_jump())
        elif isinstance(stat, SGoto):
            self.compile_goto(stat)
        else:
            self.error("internal error: unknown statement", stat.line)

    def needs_close(self, nactive):
        for var in self.actives:
            if var.reg >= nactive and var.attrib == ATTR_CLOSE:
                return True
        return False

    def compile_local(self, stat):
        variables = stat.variables
        base = self.freereg
        self.exprlist_to_regs(stat.exprs, len(variables))
        for i in range(len(variables)):
            var = variables[i]
            if var.captured:
                self.emit(MKCELL, base + i, 0, 0)
        for i in range(len(variables)):
            self.add_local(variables[i], base + i)
        for i in range(len(variables)):
            var = variables[i]
            if var.attrib == ATTR_CLOSE:
                bl = self.block
                assert bl is not None
                bl.has_tbc = True
                self.emit(TBC, base + i, 0, 0)
        self.freereg = self.nactive

    def compile_assign(self, stat):
        targets = stat.targets
        exprs = stat.exprs
        if len(targets) == 1 and len(exprs) == 1:
            self.assign_single(targets[0], exprs[0])
            return
        # evaluate the tables and keys of the targets, then all values, then assign
        objs = []
        keys = []
        for t in targets:
            if isinstance(t, EIndex):
                objs.append(self.expr_to_nextreg(t.obj))
                keys.append(self.expr_to_rk_fresh(t.key))
            elif isinstance(t, EGlobal) and isinstance(t.env, ELocal):
                objs.append(self.expr_to_nextreg(t.env))
                keys.append(-1 - self.const_str(t.name))
            else:
                objs.append(0)
                keys.append(0)
        base = self.freereg
        self.exprlist_to_regs(exprs, len(targets))
        self.line = stat.line
        i = len(targets) - 1
        while i >= 0:
            self.store(targets[i], base + i, objs[i], keys[i])
            i -= 1

    def expr_to_rk_fresh(self, e):
        if is_const(e):
            return -1 - self.const_of(e)
        return self.expr_to_nextreg(e)

    def store(self, target, src, obj, key):
        """Assign the RK src to a target whose table and key (if any) are in obj and key."""
        if isinstance(target, ELocal):
            var = target.var
            if var.captured:
                self.emit(SETCELL, var.reg, src, 0)
            elif var.reg != src:
                self.emit_move(var.reg, src)
        elif isinstance(target, EUpval):
            self.emit(SETUPVAL, self.upval_index(target.var), src, 0)
        elif isinstance(target, EGlobal) and isinstance(target.env, EUpval):
            env = target.env
            assert isinstance(env, EUpval)
            self.emit(SETTABUP, self.upval_index(env.var), -1 - self.const_str(target.name), src)
        else:
            self.emit(SETTABLE, obj, key, src)

    def emit_move(self, dst, src):
        if src < 0:
            self.emit(LOADK, dst, -1 - src, 0)
        else:
            self.emit(MOVE, dst, src, 0)

    def assign_single(self, target, e):
        if isinstance(target, ELocal) and not target.var.captured:
            reg = target.var.reg
            if writes_target_early(e):
                tmp = self.expr_to_nextreg(e)
                self.emit(MOVE, reg, tmp, 0)
            else:
                self.expr_to_reg(e, reg)
            return
        if isinstance(target, EIndex):
            obj = self.expr_to_anyreg(target.obj)
            key = self.expr_to_rk(target.key)
            val = self.expr_to_rk(e)
            self.line = target.line
            self.emit(SETTABLE, obj, key, val)
            return
        if isinstance(target, EGlobal) and isinstance(target.env, ELocal):
            obj = self.expr_to_anyreg(target.env)
            val = self.expr_to_rk(e)
            self.emit(SETTABLE, obj, -1 - self.const_str(target.name), val)
            return
        val = self.expr_to_rk(e)
        self.store(target, val, 0, 0)

    def compile_if(self, stat):
        ends = []
        n = len(stat.conds)
        for i in range(n):
            self.line = stat.conds[i].line
            skip = self.cond_jump(stat.conds[i], False)
            self.compile_block(stat.blocks[i], False)
            if i < n - 1 or stat.orelse is not None:
                ends.append(self.emit_jump())
            self.patch(skip, self.here())
        orelse = stat.orelse
        if orelse is not None:
            self.compile_block(orelse, False)
        self.patch(ends, self.here())

    def compile_while(self, stat):
        start = self.here()
        exits = self.cond_jump(stat.cond, False)
        self.open_block(True)
        self.compile_stats(stat.block.stats)
        self.line = stat.block.endline
        j = self.emit_jump()
        self.patch([j], start)
        bl = self.block
        assert bl is not None
        breaks = bl.breaks
        self.close_block()
        self.patch(exits, self.here())
        self.patch(breaks, self.here())

    def compile_repeat(self, stat):
        start = self.here()
        self.open_block(True)
        self.compile_stats_in(stat.block.stats, False)
        self.line = stat.cond.line
        bl = self.block
        assert bl is not None
        if bl.has_tbc:
            # the condition sees the body's locals; close them on both paths
            exits = self.cond_jump(stat.cond, True)
            self.emit(CLOSE, bl.nactive, 0, 0)
            self.patch([self.emit_jump()], start)
            self.patch(exits, self.here())
        else:
            back = self.cond_jump(stat.cond, False)
            self.patch(back, start)
        breaks = bl.breaks
        self.close_block()
        self.patch(breaks, self.here())

    def compile_numfor(self, stat):
        base = self.freereg
        self.expr_to_nextreg(stat.start)
        self.expr_to_nextreg(stat.limit)
        step = stat.step
        if step is not None:
            self.expr_to_nextreg(step)
        else:
            r = self.alloc(1)
            self.emit(LOADK, r, self.const_int(1), 0)
        self.line = stat.line
        prep = self.emit(FORPREP, base, -1, 0)
        self.open_block(True)
        reg = self.alloc(1)
        self.add_local(stat.var, reg)
        body_start = self.here()
        if stat.var.captured:
            self.emit(MKCELL, reg, 0, 0)
        self.compile_block(stat.block, False)
        self.line = stat.line
        self.emit(FORLOOP, base, body_start, 0)
        bl = self.block
        assert bl is not None
        breaks = bl.breaks
        self.close_block()
        self.patch([prep], self.here())
        self.patch(breaks, self.here())

    def compile_genfor(self, stat):
        """R[base] iterator, R[base+1] state, R[base+2] control, R[base+3] closing value
        (to-be-closed when the loop ends), the variables from R[base+4]."""
        base = self.freereg
        self.exprlist_to_regs(stat.exprs, 4)
        self.line = stat.line
        internal = []
        for i in range(4):
            lv = LocVar("(for state)", base + i, self.here())
            self.proto.locvars.append(lv)
            internal.append(lv)
        self.emit(TBC, base + 3, 0, 0)
        j = self.emit_jump()
        self.open_block(True)
        loop = self.block
        assert loop is not None
        loop.has_tbc = True          # the closing value
        nvars = len(stat.variables)
        first = self.alloc(nvars)
        if first + 3 > self.proto.maxstack:
            self.proto.maxstack = first + 3
        for i in range(nvars):
            self.add_local(stat.variables[i], first + i)
        body_start = self.here()
        for var in stat.variables:
            if var.captured:
                self.emit(MKCELL, var.reg, 0, 0)
        self.compile_block(stat.block, False)
        self.line = stat.call_line
        self.patch([j], self.here())
        self.emit(TFORCALL, base, 0, nvars)
        self.emit(TFORLOOP, base, body_start, 0)
        bl = self.block
        assert bl is not None
        breaks = bl.breaks
        self.close_block()
        self.patch(breaks, self.here())
        self.emit(CLOSE, base + 3, 0, 0)
        for lv in internal:
            lv.endpc = self.here()

    def compile_return(self, stat):
        exprs = stat.exprs
        n = len(exprs)
        if n == 0:
            self.emit(RETURN, 0, 1, 0)
            return
        if n == 1:
            e = exprs[0]
            if (isinstance(e, ECall) or isinstance(e, EMethCall)) and not self.needs_close(0):
                base = self.compile_call(e, -1)
                code = self.code
                # turn the CALL just emitted into a tail call
                w = code[len(code) - 1]
                code[len(code) - 1] = encode(TAILCALL, get_a(w), get_b(w), get_c(w))
                self.emit(RETURN, base, 0, 0)
                return
            if not is_multi(e):
                r = self.expr_to_anyreg(e)
                self.line = stat.line
                self.emit(RETURN, r, 2, 0)
                return
        base = self.freereg
        multi = self.exprlist_to_regs(exprs, -1)
        self.line = stat.line
        if multi:
            self.emit(RETURN, base, 0, 0)
        else:
            self.emit(RETURN, base, n + 1, 0)

    def compile_goto(self, stat):
        bl = self.block
        while bl is not None:
            for lab in bl.labels:
                if lab.name == stat.label:
                    if self.needs_close(lab.nactive):
                        self.emit(CLOSE, lab.nactive, 0, 0)
                    self.patch([self.emit_jump()], lab.pc)
                    return
            bl = bl.parent
        cur = self.block
        assert cur is not None
        cur.gotos.append(GotoInfo(stat.label, self.emit_jump(), self.nactive, stat.line))

    def compile_label(self, stat, last):
        bl = self.block
        assert bl is not None
        b = bl
        while b is not None:
            for lab in b.labels:
                if lab.name == stat.label:
                    self.error("label '%s' already defined on line %d" % (stat.label, lab.line),
                               stat.line)
            b = b.parent
        nactive = self.nactive
        if last:
            nactive = bl.nactive
        lab = LabelInfo(stat.label, self.here(), nactive, stat.line)
        bl.labels.append(lab)
        for g in bl.gotos:
            if g.name == stat.label and g.needs_close:
                # as lparser.c: the label closes what the gotos leave (no-op when falling in)
                self.emit(CLOSE, nactive, 0, 0)
                break
        remaining = []
        for g in bl.gotos:
            if g.name == stat.label:
                if g.nactive < lab.nactive:
                    name = "?"
                    for var in self.actives:
                        if var.reg == g.nactive:
                            name = var.name
                    self.error("<goto %s> at line %d jumps into the scope of local '%s'"
                               % (g.name, g.line, name), g.line)
                self.patch([g.pc], lab.pc)
            else:
                remaining.append(g)
        bl.gotos = remaining

    # -- Expressions ------------------------------------------------------------------------

    def expr_to_rk(self, e):
        if is_const(e):
            return -1 - self.const_of(e)
        return self.expr_to_anyreg(e)

    def expr_to_anyreg(self, e):
        if isinstance(e, ELocal) and not e.var.captured:
            return e.var.reg
        return self.expr_to_nextreg(e)

    def expr_to_nextreg(self, e):
        if isinstance(e, ECall) or isinstance(e, EMethCall):
            base = self.compile_call(e, 1)
            self.freereg = base + 1
            return base
        r = self.alloc(1)
        self.expr_to_reg(e, r)
        self.freereg = r + 1
        return r

    def exprlist_to_regs(self, exprs, want):
        """Evaluate exprs into fresh consecutive registers. want: the number of values (extra
        expressions are evaluated and dropped, missing ones are nil), or -1 for all of them.
        Returns whether the count is only known at run time (then `top` marks the end)."""
        base = self.freereg
        n = len(exprs)
        for i in range(n):
            e = exprs[i]
            if i == n - 1 and is_multi(e):
                if want < 0:
                    self.multi_to_nextreg(e, -1)
                    return True
                extra = want - i
                if extra < 0:
                    extra = 0
                self.multi_to_nextreg(e, extra)
                self.freereg = base + i + extra
                if self.freereg > self.proto.maxstack:
                    self.proto.maxstack = self.freereg
                return False
            self.expr_to_nextreg(e)
        if want >= 0:
            if n < want:
                r = self.alloc(want - n)
                self.emit(LOADNIL, r, want - n, 0)
            self.freereg = base + want
            if self.freereg > self.proto.maxstack:
                self.proto.maxstack = self.freereg
        return False

    def multi_to_nextreg(self, e, nresults):
        if isinstance(e, EVararg):
            r = self.freereg
            self.line = e.line
            self.emit(VARARG, r, 0, nresults + 1)
            if nresults > 0:
                self.alloc(nresults)
            return r
        return self.compile_call(e, nresults)

    def compile_call(self, e, nresults):
        """A call whose function goes in the next free register; returns that register."""
        base = self.freereg
        if isinstance(e, EMethCall):
            obj = self.expr_to_anyreg(e.obj)
            self.freereg = base
            self.alloc(2)
            self.line = e.line
            self.emit(SELF, base, obj, -1 - self.const_str(e.name))
            args = e.args
        else:
            assert isinstance(e, ECall)
            self.expr_to_nextreg(e.func)
            args = e.args
        multi = False
        n = len(args)
        for i in range(n):
            a = args[i]
            if i == n - 1 and is_multi(a):
                self.multi_to_nextreg(a, -1)
                multi = True
            else:
                self.expr_to_nextreg(a)
        self.line = e.line
        b = 0 if multi else self.freereg - base
        self.emit(CALL, base, b, nresults + 1)
        self.freereg = base
        if nresults > 0:
            self.alloc(nresults)
        self.freereg = base
        return base

    def expr_to_reg(self, e, dst):
        """Evaluate e into register dst (already allocated)."""
        saved = self.freereg
        if isinstance(e, ENil):
            self.emit(LOADNIL, dst, 1, 0)
        elif isinstance(e, ETrue):
            self.emit(LOADBOOL, dst, 1, 0)
        elif isinstance(e, EFalse):
            self.emit(LOADBOOL, dst, 0, 0)
        elif isinstance(e, EInt) or isinstance(e, EFloat) or isinstance(e, EStr):
            self.emit(LOADK, dst, self.const_of(e), 0)
        elif isinstance(e, EVararg):
            self.line = e.line
            self.emit(VARARG, dst, 0, 2)
        elif isinstance(e, ELocal):
            var = e.var
            if var.captured:
                self.emit(GETCELL, dst, var.reg, 0)
            elif var.reg != dst:
                self.emit(MOVE, dst, var.reg, 0)
        elif isinstance(e, EUpval):
            self.emit(GETUPVAL, dst, self.upval_index(e.var), 0)
        elif isinstance(e, EGlobal):
            env = e.env
            self.line = e.line
            if isinstance(env, EUpval):
                self.emit(GETTABUP, dst, self.upval_index(env.var), -1 - self.const_str(e.name))
            else:
                obj = self.expr_to_anyreg(env)
                self.emit(GETTABLE, dst, obj, -1 - self.const_str(e.name))
        elif isinstance(e, EIndex):
            obj = e.obj
            if isinstance(obj, EUpval) and isinstance(e.key, EStr):
                self.line = e.line
                self.emit(GETTABUP, dst, self.upval_index(obj.var), self.expr_to_rk(e.key))
            else:
                o = self.expr_to_anyreg(obj)
                k = self.expr_to_rk(e.key)
                self.line = e.line
                self.emit(GETTABLE, dst, o, k)
        elif isinstance(e, ECall) or isinstance(e, EMethCall):
            base = self.compile_call(e, 1)
            self.emit(MOVE, dst, base, 0)
        elif isinstance(e, EFunction):
            idx = self.compile_child(e.body)
            self.line = e.line
            self.emit(CLOSURE, dst, idx, 0)
        elif isinstance(e, ETable):
            self.compile_table(e, dst)
        elif isinstance(e, EBin):
            self.compile_binop(e, dst)
        elif isinstance(e, EUn):
            self.compile_unop(e, dst)
        elif isinstance(e, EAnd) or isinstance(e, EOr):
            self.expr_to_reg(e.left, dst)
            self.line = e.line
            self.emit(TEST, dst, 0, 1 if isinstance(e, EOr) else 0)
            j = self.emit_jump()
            self.expr_to_reg(e.right, dst)
            self.patch([j], self.here())
        elif isinstance(e, EParen):
            self.expr_to_reg(e.inner, dst)
        else:
            self.error("internal error: unknown expression", e.line)
        self.freereg = saved

    def compile_table(self, e, dst):
        if dst != self.freereg - 1:
            tmp = self.expr_to_nextreg(e)
            self.emit(MOVE, dst, tmp, 0)
            return
        narr = 0
        nhash = 0
        for f in e.fields:
            if f.key is None:
                narr += 1
            else:
                nhash += 1
        self.line = e.line
        self.emit(NEWTABLE, dst, narr, nhash)
        pending = 0
        stored = 0
        n = len(e.fields)
        for i in range(n):
            f = e.fields[i]
            key = f.key
            if key is None:
                if i == n - 1 and is_multi(f.value):
                    self.multi_to_nextreg(f.value, -1)
                    self.line = e.line
                    self.emit(SETLIST, dst, 0, stored)
                    pending = 0
                    self.freereg = dst + 1
                    continue
                self.expr_to_nextreg(f.value)
                pending += 1
                if pending == FIELDS_PER_FLUSH:
                    self.emit(SETLIST, dst, pending, stored)
                    stored += pending
                    pending = 0
                    self.freereg = dst + 1
            else:
                saved = self.freereg
                k = self.expr_to_rk(key)
                v = self.expr_to_rk(f.value)
                self.line = e.line
                self.emit(SETTABLE, dst, k, v)
                self.freereg = saved
        if pending > 0:
            self.emit(SETLIST, dst, pending, stored)
        self.freereg = dst + 1

    def compile_binop(self, e, dst):
        op = e.op
        if op == "==" or op == "~=" or op == "<" or op == "<=" or op == ">" or op == ">=":
            jumps = self.cond_jump(e, True)
            self.emit(LOADBOOL, dst, 0, 0)
            j = self.emit_jump()
            self.patch(jumps, self.here())
            self.emit(LOADBOOL, dst, 1, 0)
            self.patch([j], self.here())
            return
        # a temporary dst can hold an operand meanwhile, so that chains like a+b+c+... or
        # a..b..c.. need no register per level
        temp_dst = dst >= self.nactive
        if temp_dst and not is_simple(e.left):
            self.expr_to_reg(e.left, dst)
            b = dst
            c = self.expr_to_rk(e.right)
        elif temp_dst and not is_simple(e.right):
            b = self.expr_to_rk(e.left)
            self.expr_to_reg(e.right, dst)
            c = dst
        else:
            b = self.expr_to_rk(e.left)
            c = self.expr_to_rk(e.right)
        self.line = e.line
        self.emit(ARITH_OPCODE[op], dst, b, c)

    def compile_unop(self, e, dst):
        b = self.expr_to_anyreg(e.operand)
        self.line = e.line
        op = e.op
        if op == "-":
            self.emit(UNM, dst, b, 0)
        elif op == "not":
            self.emit(NOT, dst, b, 0)
        elif op == "#":
            self.emit(LEN, dst, b, 0)
        else:
            self.emit(BNOT, dst, b, 0)

    def cond_jump(self, e, when):
        """Code that jumps when the truth of e is `when`; returns the jumps to patch."""
        saved = self.freereg
        result = self.cond_jump1(e, when)
        self.freereg = saved
        return result

    def cond_jump1(self, e, when):
        if isinstance(e, EAnd) or isinstance(e, EOr):
            is_and = isinstance(e, EAnd)
            if is_and != when:
                # 'a and b' jumping when false, 'a or b' jumping when true: either side
                return self.cond_jump(e.left, when) + self.cond_jump(e.right, when)
            skip = self.cond_jump(e.left, not when)
            jumps = self.cond_jump(e.right, when)
            self.patch(skip, self.here())
            return jumps
        if isinstance(e, EUn) and e.op == "not":
            return self.cond_jump(e.operand, not when)
        if isinstance(e, EParen):
            return self.cond_jump(e.inner, when)
        if isinstance(e, ETrue) or isinstance(e, EInt) or isinstance(e, EFloat) or isinstance(e, EStr):
            if when:
                return [self.emit_jump()]
            return []
        if isinstance(e, ENil) or isinstance(e, EFalse):
            if not when:
                return [self.emit_jump()]
            return []
        if isinstance(e, EBin):
            op = e.op
            if op == "==" or op == "~=" or op == "<" or op == "<=" or op == ">" or op == ">=":
                b = self.expr_to_rk(e.left)
                c = self.expr_to_rk(e.right)
                self.line = e.line
                k = 1 if when else 0
                if op == "==":
                    self.emit(EQ, k, b, c)
                elif op == "~=":
                    self.emit(EQ, 1 - k, b, c)
                elif op == "<":
                    self.emit(LT, k, b, c)
                elif op == "<=":
                    self.emit(LE, k, b, c)
                elif op == ">":
                    self.emit(LT, k, c, b)
                else:
                    self.emit(LE, k, c, b)
                return [self.emit_jump()]
        r = self.expr_to_anyreg(e)
        self.emit(TEST, r, 0, 1 if when else 0)
        return [self.emit_jump()]


def compile_chunk(body, env_var, source):
    """The Proto of a parsed chunk; env_var is the parser's VarInfo of its _ENV, upvalue 0."""
    fc = FuncCompiler(None, body, source)
    fc.upvars.append(env_var)
    fc.proto.upval_instack.append(False)
    fc.proto.upval_idx.append(0)
    fc.proto.upval_names.append("_ENV")
    return fc.compile_function()
