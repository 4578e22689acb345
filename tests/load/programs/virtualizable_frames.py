"""A small call-capable stack VM with a virtualizable Frame (`_virtualizable_`) and a JitDriver
that names it in `virtualizables`. The program's functions are prebuilt Code objects whose
constant pools reference each other (is_even calls is_odd, which calls is_even: a cycle of
prebuilt instances); the opcode table and the Code objects are built at load time."""

from kiln.jit import JitDriver, hint, promote

OP_NAMES = ("ARG", "CONST", "SUB", "JUMP_IF_ZERO", "CALL", "RETURN", "NOT")
for _i, _op in enumerate(OP_NAMES):
    globals()["OP_" + _op] = _i


class Code:
    _immutable_fields_ = ["name", "ops[*]", "args[*]", "callees?[*]"]

    def __init__(self, name, ops, args):
        self.name = name
        self.ops = ops
        self.args = args
        self.callees = []


class Frame:
    _virtualizable_ = ["pc", "sp", "stack[*]"]

    def __init__(self, code, argument):
        self = hint(self, access_directly=True, fresh_virtualizable=True)
        self.code = code
        self.argument = argument
        self.pc = 0
        self.sp = 0
        self.stack = [0] * 8

    def push(self, value):
        self.stack[self.sp] = value
        self.sp += 1

    def pop(self):
        self.sp -= 1
        return self.stack[self.sp]


def get_printable_location(pc, code):
    return "%s#%d %s" % (code.name, pc, OP_NAMES[code.ops[pc]])


driver = JitDriver(greens=["pc", "code"], reds=["frame"], virtualizables=["frame"],
                   get_printable_location=get_printable_location, name="frames")


def _code(name, listing):
    ops, args = [], []
    for item in listing:
        op, arg = item if isinstance(item, tuple) else (item, 0)
        ops.append(globals()["OP_" + op])
        args.append(arg)
    return Code(name, ops, args)


# is_even(n): if n == 0: return 1 else: return is_odd(n - 1)   (and symmetrically)
IS_EVEN = _code("is_even", ["ARG", ("JUMP_IF_ZERO", 7), "ARG", ("CONST", 1), "SUB",
                            ("CALL", 0), "RETURN", ("CONST", 1), "RETURN"])
IS_ODD = _code("is_odd", ["ARG", ("JUMP_IF_ZERO", 7), "ARG", ("CONST", 1), "SUB",
                          ("CALL", 0), "RETURN", ("CONST", 0), "RETURN"])
IS_EVEN.callees.append(IS_ODD)
IS_ODD.callees.append(IS_EVEN)
CODE_SIZES = [len(_c.ops) for _c in (IS_EVEN, IS_ODD)]
FUNCTIONS = {"is_even": IS_EVEN, "is_odd": IS_ODD}


def run(code, argument):
    frame = Frame(code, argument)
    while True:
        driver.jit_merge_point(pc=frame.pc, code=code, frame=frame)
        pc = frame.pc
        op = promote(code.ops[pc])
        arg = code.args[pc]
        frame.pc = pc + 1
        if op == OP_ARG:
            frame.push(frame.argument)
        elif op == OP_CONST:
            frame.push(arg)
        elif op == OP_SUB:
            b = frame.pop()
            frame.push(frame.pop() - b)
        elif op == OP_JUMP_IF_ZERO:
            if frame.pop() == 0:
                frame.pc = arg
        elif op == OP_CALL:
            frame.push(run(code.callees[arg], frame.pop()))
        elif op == OP_NOT:
            frame.push(1 - frame.pop())
        elif op == OP_RETURN:
            return frame.pop()


def entry_point(argv):
    values = [int(a) for a in argv[1:]] if len(argv) > 1 else [0, 1, 10, 37, 200]
    for n in values:
        print("n=%d even=%d odd=%d" % (n, run(IS_EVEN, n), run(IS_ODD, n)))
    print(get_printable_location(5, IS_ODD))
    print("code sizes: %d %d" % (CODE_SIZES[0], CODE_SIZES[1]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
