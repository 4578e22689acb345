# targets/lua: the parser -- Lua 5.4's grammar by recursive descent (as lparser.c), building
# the tree of last.py and resolving every name to a local, a local of an enclosing function
# (an upvalue) or a global (_ENV.name). Error messages are lparser.c's.
from kiln.rarithmetic import intmask

from llex import Lexer, LuaSyntaxError, token_text
from last import (VarInfo, FuncBody, Block, ENil, ETrue, EFalse, EVararg, EInt, EFloat, EStr,
                  EFunction, ETable, TableField, EBin, EUn, EAnd, EOr, ELocal, EUpval, EIndex,
                  EGlobal, ECall, EMethCall, EParen, SLocal, SAssign, SCall, SDo, SWhile,
                  SRepeat, SIf, SNumFor, SGenFor, SLocalFunction, SReturn, SBreak, SGoto,
                  SLabel, ATTR_NONE, ATTR_CONST, ATTR_CLOSE)

# Binary operators: (left priority, right priority), from lparser.c.
BINARY_PRIORITY = {
    "+": (10, 10), "-": (10, 10), "*": (11, 11), "%": (11, 11), "^": (14, 13),
    "/": (11, 11), "//": (11, 11), "&": (6, 6), "|": (4, 4), "~": (5, 5), "<<": (7, 7),
    ">>": (7, 7), "..": (9, 8), "==": (3, 3), "<": (3, 3), "<=": (3, 3), "~=": (3, 3),
    ">": (3, 3), ">=": (3, 3), "and": (2, 2), "or": (1, 1),
}
UNARY_PRIORITY = 12
LUAI_MAXCCALLS = 200
MAXVARS = 200


class FuncState(object):
    """The parser's view of a function being parsed: its active locals, innermost last."""

    def __init__(self, parent, body):
        self.parent = parent
        self.body = body
        self.actives = []
        self.nlocals = 0


class Parser(object):
    def __init__(self, source, chunkname):
        self.lex = Lexer(source, chunkname)
        self.tok = self.lex.next_token()
        self.ahead = None
        self.fs = None
        self.env_var = None
        self.body = None
        self.level = 0            # nesting of statements and expressions (enterlevel)

    # -- Tokens -----------------------------------------------------------------------------

    def next(self):
        self.lex.lastline = self.tok.line
        if self.ahead is not None:
            self.tok = self.ahead
            self.ahead = None
        else:
            self.tok = self.lex.next_token()

    def lookahead(self):
        if self.ahead is None:
            self.ahead = self.lex.next_token()
        return self.ahead

    def check(self, kind):
        return self.tok.kind == kind

    def testnext(self, kind):
        if self.tok.kind == kind:
            self.next()
            return True
        return False

    def error(self, msg):
        """An error near the current token."""
        self.lex.line = self.tok.line if self.tok.kind != "<eof>" else self.lex.line
        self.lex.error(msg, token_text(self.tok))

    def error_expected(self, kind):
        self.error("%s expected" % quote_token(kind))

    def checknext(self, kind):
        if self.tok.kind != kind:
            self.error_expected(kind)
        self.next()

    def check_match(self, what, who, line):
        if self.tok.kind != what:
            if line == self.tok.line:
                self.error_expected(what)
            self.error("%s expected (to close %s at line %d)" % (quote_token(what), quote_token(who), line))
        self.next()

    def str_checkname(self):
        if self.tok.kind != "<name>":
            self.error_expected("<name>")
        name = self.tok.sval
        self.next()
        return name

    # -- Scopes -----------------------------------------------------------------------------

    def open_function(self, line):
        parent_body = None
        if self.fs is not None:
            parent_body = self.fs.body
        body = FuncBody(parent_body, line)
        self.fs = FuncState(self.fs, body)
        return body

    def close_function(self):
        fs = self.fs
        assert fs is not None
        self.fs = fs.parent

    def new_local(self, name, attrib, pending=0):
        fs = self.fs
        assert fs is not None
        if len(fs.actives) + pending >= MAXVARS:
            self.error("too many local variables (limit is %d) in %s" % (MAXVARS, self.func_where()))
        return VarInfo(name, attrib, fs.body)

    def func_where(self):
        fs = self.fs
        assert fs is not None
        if fs.parent is None:
            return "main function"
        return "function at line %d" % fs.body.line

    def activate(self, var):
        fs = self.fs
        assert fs is not None
        fs.actives.append(var)

    def resolve(self, name, line):
        """A name as an expression; a <const> local with a constant value is that constant
        (a ELocal/EUpval kept in `const_of` for the assignment check)."""
        e = self.resolve_var(name, line)
        if isinstance(e, ELocal) or isinstance(e, EUpval):
            c = e.var.const_expr
            if c is not None:
                k = const_copy(c, line)
                k.const_of = e.var
                return k
        return e

    def resolve_var(self, name, line):
        fs = self.fs
        while fs is not None:
            actives = fs.actives
            i = len(actives) - 1
            while i >= 0:
                var = actives[i]
                if var.name == name:
                    if fs is self.fs:
                        return ELocal(var, line)
                    var.captured = True
                    return EUpval(var, line)
                i -= 1
            fs = fs.parent
        if name == "_ENV":
            env = self.env_var
            assert env is not None
            return EUpval(env, line)
        return EGlobal(name, self.resolve_var("_ENV", line), line)

    # -- Chunks and blocks ------------------------------------------------------------------

    def parse_chunk(self):
        """mainfunc: the chunk is a vararg function with _ENV as its only upvalue."""
        root = FuncBody(None, 0)
        self.env_var = VarInfo("_ENV", ATTR_NONE, root)
        self.env_var.captured = True
        body = self.open_function(0)
        body.is_vararg = True
        body.name = "main chunk"
        body.block = self.block()
        if not self.check("<eof>"):
            self.error("<eof> expected")
        body.lastline = self.lex.line
        self.close_function()
        return body

    def block_follow(self, withuntil):
        k = self.tok.kind
        if k == "else" or k == "elseif" or k == "end" or k == "<eof>":
            return True
        if k == "until":
            return withuntil
        return False

    def block(self):
        """block ::= {stat} [retstat]; opens a scope."""
        fs = self.fs
        assert fs is not None
        nactive = len(fs.actives)
        line = self.tok.line
        stats = []
        while not self.block_follow(True):
            if self.check("return"):
                stats.append(self.retstat())
                break
            stat = self.statement()
            if stat is not None:
                stats.append(stat)
        endline = self.tok.line
        del fs.actives[nactive:]
        return Block(stats, line, endline)

    def block_keep_scope(self):
        """The body of a repeat: its locals stay visible in the 'until' condition; the caller
        closes the scope."""
        line = self.tok.line
        stats = []
        while not self.block_follow(True):
            if self.check("return"):
                stats.append(self.retstat())
                break
            stat = self.statement()
            if stat is not None:
                stats.append(stat)
        return Block(stats, line, self.tok.line)

    # -- Statements -------------------------------------------------------------------------

    def enter_level(self):
        self.level += 1
        if self.level > LUAI_MAXCCALLS:
            self.lex.error("C stack overflow", "")

    def statement(self):
        self.enter_level()
        stat = self.statement1()
        self.level -= 1
        return stat

    def statement1(self):
        line = self.tok.line
        k = self.tok.kind
        if k == ";":
            self.next()
            return None
        if k == "if":
            return self.ifstat(line)
        if k == "while":
            self.next()
            cond = self.expr()
            self.checknext("do")
            body = self.block()
            self.check_match("end", "while", line)
            return SWhile(cond, body, line)
        if k == "do":
            self.next()
            body = self.block()
            self.check_match("end", "do", line)
            return SDo(body, line)
        if k == "for":
            return self.forstat(line)
        if k == "repeat":
            return self.repeatstat(line)
        if k == "function":
            return self.funcstat(line)
        if k == "local":
            self.next()
            if self.testnext("function"):
                return self.localfunc(line)
            return self.localstat(line)
        if k == "::":
            self.next()
            name = self.str_checkname()
            self.checknext("::")
            return SLabel(name, line)
        if k == "return":
            self.next()
            self.error("<eof> expected")
        if k == "break":
            self.next()
            return SBreak(line)
        if k == "goto":
            self.next()
            name = self.str_checkname()
            return SGoto(name, line)
        return self.exprstat(line)

    def ifstat(self, line):
        conds = []
        blocks = []
        self.next()
        conds.append(self.expr())
        self.checknext("then")
        blocks.append(self.block())
        orelse = None
        while self.check("elseif"):
            self.next()
            conds.append(self.expr())
            self.checknext("then")
            blocks.append(self.block())
        if self.testnext("else"):
            orelse = self.block()
        self.check_match("end", "if", line)
        return SIf(conds, blocks, orelse, line)

    def forstat(self, line):
        self.next()
        name = self.str_checkname()
        fs = self.fs
        assert fs is not None
        if self.check("="):
            self.next()
            start = self.expr()
            self.checknext(",")
            limit = self.expr()
            step = None
            if self.testnext(","):
                step = self.expr()
            self.checknext("do")
            nactive = len(fs.actives)
            var = self.new_local(name, ATTR_NONE)
            self.activate(var)
            body = self.block()
            del fs.actives[nactive:]
            self.check_match("end", "for", line)
            return SNumFor(var, start, limit, step, body, line)
        if self.check(",") or self.check("in"):
            names = [name]
            while self.testnext(","):
                names.append(self.str_checkname())
            self.checknext("in")
            call_line = self.tok.line
            exprs = self.exprlist()
            self.checknext("do")
            nactive = len(fs.actives)
            variables = []
            for n in names:
                var = self.new_local(n, ATTR_NONE)
                variables.append(var)
                self.activate(var)
            body = self.block()
            del fs.actives[nactive:]
            self.check_match("end", "for", line)
            gf = SGenFor(variables, exprs, body, line)
            gf.call_line = call_line
            return gf
        self.error("'=' or 'in' expected")
        return None

    def repeatstat(self, line):
        self.next()
        fs = self.fs
        assert fs is not None
        nactive = len(fs.actives)
        body = self.block_keep_scope()
        self.check_match("until", "repeat", line)
        cond = self.expr()
        del fs.actives[nactive:]
        return SRepeat(body, cond, line)

    def funcstat(self, line):
        """funcstat ::= FUNCTION funcname body; funcname ::= NAME {'.' NAME} [':' NAME]"""
        self.next()
        nline = self.tok.line
        name = self.str_checkname()
        target = self.resolve(name, nline)
        fullname = name
        is_method = False
        while self.check("."):
            self.next()
            kline = self.tok.line
            key = self.str_checkname()
            fullname = fullname + "." + key
            target = EIndex(target, EStr(key, kline), kline)
        if self.check(":"):
            self.next()
            kline = self.tok.line
            key = self.str_checkname()
            fullname = fullname + ":" + key
            target = EIndex(target, EStr(key, kline), kline)
            is_method = True
        if fullname == name:
            self.check_assignable(target)
        body = self.funcbody(is_method, line)
        body.name = fullname
        return SAssign([target], [EFunction(body, line)], line)

    def localfunc(self, line):
        name = self.str_checkname()
        var = self.new_local(name, ATTR_NONE)
        self.activate(var)
        body = self.funcbody(False, line)
        body.name = name
        return SLocalFunction(var, body, line)

    def localstat(self, line):
        """localstat ::= LOCAL NAME attrib {',' NAME attrib} ['=' explist]"""
        variables = []
        nclose = 0
        while True:
            name = self.str_checkname()
            attrib = ATTR_NONE
            if self.testnext("<"):
                aname = self.str_checkname()
                if aname == "const":
                    attrib = ATTR_CONST
                elif aname == "close":
                    attrib = ATTR_CLOSE
                    nclose += 1
                else:
                    self.lex.error("unknown attribute '%s'" % aname, "")
                self.checknext(">")
            variables.append(self.new_local(name, attrib, len(variables)))
            if not self.testnext(","):
                break
        if nclose > 1:
            self.lex.error("multiple to-be-closed variables in local list", "")
        exprs = []
        if self.testnext("="):
            exprs = self.exprlist()
        for var in variables:
            self.activate(var)
        if len(variables) == len(exprs):
            for i in range(len(variables)):
                var = variables[i]
                e = exprs[i]
                if var.attrib == ATTR_CONST and is_constant_expr(e):
                    var.const_expr = e
        return SLocal(variables, exprs, line)

    def retstat(self):
        line = self.tok.line
        self.next()
        exprs = []
        if not self.block_follow(True) and not self.check(";"):
            exprs = self.exprlist()
        self.testnext(";")
        return SReturn(exprs, line)

    def exprstat(self, line):
        e = self.suffixedexp()
        if self.check("=") or self.check(","):
            targets = [e]
            saved = self.level
            while self.testnext(","):
                self.enter_level()      # lparser.c's restassign recurses per target
                targets.append(self.suffixedexp())
            self.level = saved
            for t in targets:
                self.check_assignable(t)
            self.checknext("=")
            exprs = self.exprlist()
            return SAssign(targets, exprs, line)
        if not isinstance(e, ECall) and not isinstance(e, EMethCall):
            self.error("syntax error")
        return SCall(e, line)

    def check_assignable(self, e):
        if e.const_of is not None:
            self.lex.error("attempt to assign to const variable '%s'" % e.const_of.name, "")
        if isinstance(e, ELocal) or isinstance(e, EUpval):
            var = e.var
            if var.attrib != ATTR_NONE:
                self.lex.error("attempt to assign to const variable '%s'" % var.name, "")
            return
        if isinstance(e, EIndex) or isinstance(e, EGlobal):
            return
        self.error("syntax error")

    # -- Functions --------------------------------------------------------------------------

    def funcbody(self, is_method, line):
        """body ::= '(' parlist ')' block END"""
        body = self.open_function(line)
        if is_method:
            var = self.new_local("self", ATTR_NONE)
            body.params.append(var)
            self.activate(var)
        self.checknext("(")
        if not self.check(")"):
            while True:
                if self.check("<name>"):
                    var = self.new_local(self.str_checkname(), ATTR_NONE)
                    body.params.append(var)
                    self.activate(var)
                elif self.check("..."):
                    self.next()
                    body.is_vararg = True
                    break
                else:
                    self.error("<name> expected")
                if not self.testnext(","):
                    break
        self.checknext(")")
        body.block = self.block()
        body.lastline = self.tok.line
        self.check_match("end", "function", line)
        self.close_function()
        return body

    # -- Expressions ------------------------------------------------------------------------

    def exprlist(self):
        exprs = [self.expr()]
        while self.testnext(","):
            exprs.append(self.expr())
        return exprs

    def expr(self):
        return self.subexpr(0)

    def subexpr(self, limit):
        self.enter_level()
        e = self.subexpr1(limit)
        self.level -= 1
        return e

    def subexpr1(self, limit):
        k = self.tok.kind
        if k == "not" or k == "-" or k == "#" or k == "~":
            line = self.tok.line
            self.next()
            operand = self.subexpr(UNARY_PRIORITY)
            e = fold_unary(k, operand, line)
        else:
            e = self.simpleexp()
        while True:
            op = self.tok.kind
            if op not in BINARY_PRIORITY:
                break
            left, right = BINARY_PRIORITY[op]
            if left <= limit:
                break
            line = self.tok.line
            self.next()
            e2 = self.subexpr(right)
            if op == "and":
                e = EAnd(e, e2, line)
            elif op == "or":
                e = EOr(e, e2, line)
            else:
                e = fold_binary(op, e, e2, line)
        return e

    def simpleexp(self):
        tok = self.tok
        k = tok.kind
        line = tok.line
        if k == "<number>":
            self.next()
            return EFloat(tok.fval, line)
        if k == "<integer>":
            self.next()
            return EInt(tok.ival, line)
        if k == "<string>":
            self.next()
            return EStr(tok.sval, line)
        if k == "nil":
            self.next()
            return ENil(line)
        if k == "true":
            self.next()
            return ETrue(line)
        if k == "false":
            self.next()
            return EFalse(line)
        if k == "...":
            fs = self.fs
            assert fs is not None
            if not fs.body.is_vararg:
                self.error("cannot use '...' outside a vararg function")
            self.next()
            return EVararg(line)
        if k == "{":
            return self.constructor()
        if k == "function":
            self.next()
            body = self.funcbody(False, line)
            body.name = ""
            return EFunction(body, line)
        return self.suffixedexp()

    def primaryexp(self):
        line = self.tok.line
        if self.check("<name>"):
            name = self.str_checkname()
            return self.resolve(name, line)
        if self.check("("):
            self.next()
            e = self.expr()
            self.check_match(")", "(", line)
            return EParen(e, line)
        self.error("unexpected symbol")
        return None

    def suffixedexp(self):
        line = self.tok.line
        e = self.primaryexp()
        while True:
            k = self.tok.kind
            if k == ".":
                self.next()
                kline = self.tok.line
                name = self.str_checkname()
                e = EIndex(e, EStr(name, kline), kline)
            elif k == "[":
                self.next()
                kline = self.tok.line
                key = self.expr()
                self.checknext("]")
                e = EIndex(e, key, kline)
            elif k == ":":
                self.next()
                name = self.str_checkname()
                args = self.funcargs(line)
                e = EMethCall(e, name, args, line)
            elif k == "(" or k == "<string>" or k == "{":
                args = self.funcargs(line)
                e = ECall(e, args, line)
            else:
                return e

    def funcargs(self, line):
        k = self.tok.kind
        if k == "<string>":
            s = EStr(self.tok.sval, self.tok.line)
            self.next()
            return [s]
        if k == "{":
            return [self.constructor()]
        if k == "(":
            self.next()
            args = []
            if not self.check(")"):
                args = self.exprlist()
            self.check_match(")", "(", line)
            return args
        self.error("function arguments expected")
        return []

    def constructor(self):
        line = self.tok.line
        self.checknext("{")
        fields = []
        while not self.check("}"):
            if self.check("<name>") and self.lookahead().kind == "=":
                kline = self.tok.line
                name = self.str_checkname()
                self.next()
                fields.append(TableField(EStr(name, kline), self.expr()))
            elif self.check("["):
                self.next()
                key = self.expr()
                self.checknext("]")
                self.checknext("=")
                fields.append(TableField(key, self.expr()))
            else:
                fields.append(TableField(None, self.expr()))
            if not self.testnext(",") and not self.testnext(";"):
                break
        self.check_match("}", "{", line)
        return ETable(fields, line)


def quote_token(kind):
    if kind == "<name>" or kind == "<eof>" or kind == "<string>":
        return kind
    return "'" + kind + "'"


def is_constant_expr(e):
    return (isinstance(e, EInt) or isinstance(e, EFloat) or isinstance(e, EStr)
            or isinstance(e, ENil) or isinstance(e, ETrue) or isinstance(e, EFalse))


def const_copy(e, line):
    if isinstance(e, EInt):
        return EInt(e.ival, line)
    if isinstance(e, EFloat):
        return EFloat(e.fval, line)
    if isinstance(e, EStr):
        return EStr(e.sval, line)
    if isinstance(e, ETrue):
        return ETrue(line)
    if isinstance(e, EFalse):
        return EFalse(line)
    return ENil(line)


def fold_unary(op, operand, line):
    if op == "-":
        if isinstance(operand, EInt):
            return EInt(intmask(-operand.ival), line)
        if isinstance(operand, EFloat):
            return EFloat(-operand.fval, line)
    return EUn(op, operand, line)


def fold_binary(op, left, right, line):
    return EBin(op, left, right, line)


def parse(source, chunkname):
    """The Parser after parsing a chunk: its FuncBody and _ENV; raises LuaSyntaxError."""
    p = Parser(source, chunkname)
    p.body = p.parse_chunk()
    return p
