# targets/lua: the register bytecode. An instruction is one int (a 64-bit word) in a
# prototype's `code`, so that the dispatch loop does one load per instruction; `pc` indexes
# code. The fields, from the low bits:
#
#   op  8 bits     a  8 bits (0..255)     b  24 bits, signed     c  24 bits, signed (the top)
#
# a is a register (the compiler allows 255) or an upvalue index (limit 255); b and c also hold
# constants (-1 - k), pcs and counts, which only the size of a function bounds: the compiler
# rejects a function whose fields do not fit. An "RK" operand is a register when it is >= 0
# and the constant consts[-1 - x] when it is negative.
#
#   MOVE a b        R[a] = R[b]
#   LOADK a b       R[a] = K[b]
#   LOADNIL a b     R[a..a+b-1] = nil
#   LOADBOOL a b    R[a] = (b != 0)
#   GETUPVAL a b    R[a] = Up[b]                 SETUPVAL a b     Up[a] = RK(b)
#   GETCELL a b     R[a] = cell R[b]             SETCELL a b      cell R[a] = RK(b)
#   NEWCELL a       R[a] = new cell (nil)        MKCELL a         R[a] = new cell (R[a])
#   GETTABUP a b c  R[a] = Up[b][RK(c)]          SETTABUP a b c   Up[a][RK(b)] = RK(c)
#   GETTABLE a b c  R[a] = R[b][RK(c)]           SETTABLE a b c   R[a][RK(b)] = RK(c)
#   NEWTABLE a b c  R[a] = {} (sizes b, c)       SELF a b c       R[a+1] = R[b]; R[a] = R[b][RK(c)]
#   ADD..SHR, CONCAT a b c    R[a] = RK(b) op RK(c)
#   UNM, NOT, LEN, BNOT a b   R[a] = op R[b]
#   JMP b           pc = b
#   EQ, LT, LE a b c  if (RK(b) op RK(c)) != a then skip the next instruction (a JMP)
#   TEST a c        if truth(R[a]) != c then skip the next instruction
#   CALL a b c      R[a..a+c-2] = R[a](R[a+1..a+b-1]); b = 0: arguments up to top;
#                   c = 0: all results, top set after them
#   TAILCALL a b    return R[a](R[a+1..a+b-1])
#   RETURN a b      return R[a..a+b-2]; b = 0: up to top
#   FORPREP a b     prepare R[a] (init), R[a+1] (limit), R[a+2] (step); skip to b if no
#                   iteration; else R[a+3] = init
#   FORLOOP a b     step; if the loop goes on, R[a+3] = value and pc = b
#   TFORCALL a c    R[a+4..a+3+c] = R[a](R[a+1], R[a+2])   (R[a+3]: the closing value)
#   TFORLOOP a b    if R[a+4] != nil then R[a+2] = R[a+4]; pc = b
#   SETLIST a b c   R[a][c+i] = R[a+i] for 1 <= i <= b (b = 0: up to top)
#   CLOSURE a b     R[a] = closure of protos[b]
#   VARARG a c      R[a..a+c-2] = ... (c = 0: all of them, top set after them)
#   TBC a           R[a] is a to-be-closed variable
#   CLOSE a         close the to-be-closed variables in registers >= a

OPNAMES = ["MOVE", "LOADK", "LOADNIL", "LOADBOOL", "GETUPVAL", "SETUPVAL", "GETCELL",
           "SETCELL", "NEWCELL", "MKCELL", "GETTABUP", "SETTABUP", "GETTABLE", "SETTABLE",
           "NEWTABLE", "SELF", "ADD", "SUB", "MUL", "DIV", "MOD", "POW", "IDIV", "BAND", "BOR",
           "BXOR", "SHL", "SHR", "CONCAT", "UNM", "NOT", "LEN", "BNOT", "JMP", "EQ", "LT", "LE",
           "TEST", "CALL", "TAILCALL", "RETURN", "FORPREP", "FORLOOP", "TFORCALL", "TFORLOOP",
           "SETLIST", "CLOSURE", "VARARG", "TBC", "CLOSE"]

(MOVE, LOADK, LOADNIL, LOADBOOL, GETUPVAL, SETUPVAL, GETCELL, SETCELL, NEWCELL, MKCELL,
 GETTABUP, SETTABUP, GETTABLE, SETTABLE, NEWTABLE, SELF, ADD, SUB, MUL, DIV, MOD, POW, IDIV,
 BAND, BOR, BXOR, SHL, SHR, CONCAT, UNM, NOT, LEN, BNOT, JMP, EQ, LT, LE, TEST, CALL, TAILCALL,
 RETURN, FORPREP, FORLOOP, TFORCALL, TFORLOOP, SETLIST, CLOSURE, VARARG, TBC,
 CLOSE) = range(len(OPNAMES))

# The binary operators in the order of their opcodes (ADD..CONCAT), with their metamethods.
ARITH_OPS = ["+", "-", "*", "/", "%", "^", "//", "&", "|", "~", "<<", ">>", ".."]
ARITH_EVENTS = ["__add", "__sub", "__mul", "__div", "__mod", "__pow", "__idiv", "__band",
                "__bor", "__bxor", "__shl", "__shr", "__concat"]

FIELDS_PER_FLUSH = 50

MASK_OP = 0xFF
MAXARG_A = 0xFF
MAXARG_BC = 0x7FFFFF
MINARG_BC = -0x800000
MASK_BC = 0xFFFFFF
SIGN_BC = 0x800000
POS_A = 8
POS_B = 16
POS_C = 40


# The word is the signed 64-bit value of the fields (c on top, with its sign), never one that
# wraps, so the decoding below gives the same results on CPython (unbounded ints) as
# translated: b is masked, then sign-adjusted; c is an arithmetic shift. The dispatch loop
# (lvm.py) decodes inline in the same way.

def encode(op, a, b, c):
    """The word of an instruction whose fields are in range (see MAXARG_A, MAXARG_BC)."""
    return (c << POS_C) | ((b & MASK_BC) << POS_B) | (a << POS_A) | op


def get_op(w):
    return w & MASK_OP


def get_a(w):
    return (w >> POS_A) & MAXARG_A


def get_b(w):
    return (((w >> POS_B) & MASK_BC) ^ SIGN_BC) - SIGN_BC


def get_c(w):
    return w >> POS_C


class LocVar(object):
    """Debug information: a local variable's name and the pcs where it is active."""

    def __init__(self, name, reg, startpc):
        self.name = name
        self.reg = reg
        self.startpc = startpc
        self.endpc = -1


class Proto(object):
    """A compiled function."""
    _immutable_fields_ = ["code[*]", "icache", "mcache", "consts[*]", "protos[*]", "lines[*]", "numparams",
                          "is_vararg", "maxstack", "upval_instack[*]", "upval_idx[*]",
                          "source", "chunk"]

    def __init__(self, source, chunk):
        self.code = []
        # icache[pc] (pc counted after the instruction, 1..len(code)): where a GETTABLE,
        # GETTABUP, SELF or SETTABLE there found its string key last, a slot of the table's
        # hash part; the VM checks that the slot holds the key before it trusts it. mcache[pc]:
        # the same for the table the key was then found in through __index (a method in its
        # class).
        self.icache = [0]
        self.mcache = [0]
        self.consts = []
        self.protos = []
        self.lines = []
        self.upval_instack = []
        self.upval_idx = []
        self.upval_names = []
        self.locvars = []
        self.numparams = 0
        self.is_vararg = False
        self.maxstack = 2
        self.source = source
        self.chunk = chunk
        self.linedefined = 0
        self.lastlinedefined = 0
        self.name = ""
        self.hidden = False       # stands for a C function (no position in messages)

    def set_code(self, code):
        self.code = code
        self.icache = [0] * (len(code) + 1)
        self.mcache = [0] * (len(code) + 1)

    def line_at(self, pc):
        if 0 <= pc < len(self.lines):
            return self.lines[pc]
        return -1


def disassemble(proto):
    """A listing of a prototype, for debugging (`lua.py --dis`)."""
    out = []
    out.append("function <%s:%d> (%d params%s, %d slots, %d upvalues)" % (
        proto.chunk, proto.linedefined, proto.numparams, "+" if proto.is_vararg else "",
        proto.maxstack, len(proto.upval_idx)))
    code = proto.code
    for pc in range(len(code)):
        w = code[pc]
        out.append("  %4d [%d] %-9s %d %d %d" % (pc, proto.line_at(pc), OPNAMES[get_op(w)],
                                               get_a(w), get_b(w), get_c(w)))
    for p in proto.protos:
        out.append(disassemble(p))
    return "\n".join(out)
