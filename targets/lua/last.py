# targets/lua: the syntax tree the parser builds and the compiler walks. Names are resolved by
# the parser: a local is a VarInfo shared by its declaration and every use, so the compiler
# knows which locals inner functions capture (those live in cells) before compiling them.

ATTR_NONE = 0
ATTR_CONST = 1
ATTR_CLOSE = 2


class VarInfo(object):
    def __init__(self, name, attrib, func):
        self.name = name
        self.attrib = attrib
        self.func = func          # the FuncBody declaring it
        self.captured = False     # read or written by an inner function
        self.reg = -1             # set by the compiler
        self.const_expr = None    # for <const> locals with a constant value: that Expr


class Node(object):
    line = 0


class Expr(Node):
    const_of = None    # the <const> VarInfo this constant stands for


class ENil(Expr):
    def __init__(self, line):
        self.line = line


class ETrue(Expr):
    def __init__(self, line):
        self.line = line


class EFalse(Expr):
    def __init__(self, line):
        self.line = line


class EVararg(Expr):
    def __init__(self, line):
        self.line = line


class EInt(Expr):
    def __init__(self, ival, line):
        self.ival = ival
        self.line = line


class EFloat(Expr):
    def __init__(self, fval, line):
        self.fval = fval
        self.line = line


class EStr(Expr):
    def __init__(self, sval, line):
        self.sval = sval
        self.line = line


class EFunction(Expr):
    def __init__(self, body, line):
        self.body = body
        self.line = line


class TableField(object):
    def __init__(self, key, value):
        self.key = key            # None for a positional item
        self.value = value


class ETable(Expr):
    def __init__(self, fields, line):
        self.fields = fields
        self.line = line


class EBin(Expr):
    def __init__(self, op, left, right, line):
        self.op = op
        self.left = left
        self.right = right
        self.line = line


class EUn(Expr):
    def __init__(self, op, operand, line):
        self.op = op
        self.operand = operand
        self.line = line


class EAnd(Expr):
    def __init__(self, left, right, line):
        self.left = left
        self.right = right
        self.line = line


class EOr(Expr):
    def __init__(self, left, right, line):
        self.left = left
        self.right = right
        self.line = line


class ELocal(Expr):
    def __init__(self, var, line):
        self.var = var
        self.line = line


class EUpval(Expr):
    """A local of an enclosing function."""

    def __init__(self, var, line):
        self.var = var
        self.line = line


class EIndex(Expr):
    def __init__(self, obj, key, line):
        self.obj = obj
        self.key = key
        self.line = line


class EGlobal(Expr):
    """A free name: _ENV.name, where env is the ELocal or EUpval of _ENV."""

    def __init__(self, name, env, line):
        self.name = name
        self.env = env
        self.line = line


class ECall(Expr):
    def __init__(self, func, args, line):
        self.func = func
        self.args = args
        self.line = line


class EMethCall(Expr):
    def __init__(self, obj, name, args, line):
        self.obj = obj
        self.name = name
        self.args = args
        self.line = line


class EParen(Expr):
    def __init__(self, inner, line):
        self.inner = inner
        self.line = line


class Stat(Node):
    pass


class SLocal(Stat):
    def __init__(self, variables, exprs, line):
        self.variables = variables
        self.exprs = exprs
        self.line = line


class SAssign(Stat):
    def __init__(self, targets, exprs, line):
        self.targets = targets
        self.exprs = exprs
        self.line = line


class SCall(Stat):
    def __init__(self, call, line):
        self.call = call
        self.line = line


class SDo(Stat):
    def __init__(self, block, line):
        self.block = block
        self.line = line


class SWhile(Stat):
    def __init__(self, cond, block, line):
        self.cond = cond
        self.block = block
        self.line = line


class SRepeat(Stat):
    def __init__(self, block, cond, line):
        self.block = block
        self.cond = cond
        self.line = line


class SIf(Stat):
    def __init__(self, conds, blocks, orelse, line):
        self.conds = conds
        self.blocks = blocks
        self.orelse = orelse      # a Block or None
        self.line = line


class SNumFor(Stat):
    def __init__(self, var, start, limit, step, block, line):
        self.var = var
        self.start = start
        self.limit = limit
        self.step = step          # an Expr or None
        self.block = block
        self.line = line


class SGenFor(Stat):
    def __init__(self, variables, exprs, block, line):
        self.variables = variables
        self.exprs = exprs
        self.block = block
        self.line = line
        self.call_line = line     # where the iterator calls are reported (after 'in')


class SLocalFunction(Stat):
    def __init__(self, var, func, line):
        self.var = var
        self.func = func
        self.line = line


class SReturn(Stat):
    def __init__(self, exprs, line):
        self.exprs = exprs
        self.line = line


class SBreak(Stat):
    def __init__(self, line):
        self.line = line


class SGoto(Stat):
    def __init__(self, label, line):
        self.label = label
        self.line = line


class SLabel(Stat):
    def __init__(self, label, line):
        self.label = label
        self.line = line


class Block(object):
    def __init__(self, stats, line, endline):
        self.stats = stats
        self.line = line
        self.endline = endline


class FuncBody(object):
    def __init__(self, parent, line):
        self.parent = parent
        self.params = []
        self.is_vararg = False
        self.block = None
        self.line = line
        self.lastline = line
        self.name = ""
