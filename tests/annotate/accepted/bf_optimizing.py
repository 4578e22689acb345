# A Brainfuck compiler to an intermediate representation with run-length folding, clear-loop
# detection and pre-matched jumps, then a JIT-driven executor over the IR (ops as parallel
# lists of ints, as RPython interpreters store code).
from kiln.jit import JitDriver

ADD, MOVE, OUT, JZ, JNZ, CLEAR = range(6)
NAMES = ["add", "move", "out", "jz", "jnz", "clear"]


class Program(object):
    _immutable_fields_ = ["ops[*]", "args[*]"]

    def __init__(self, ops, args):
        self.ops = ops
        self.args = args


def compile_bf(source):
    ops = []
    args = []
    stack = []
    i = 0
    while i < len(source):
        c = source[i]
        if c in "+-<>":
            delta = 0
            kind = ADD if c in "+-" else MOVE
            while i < len(source) and source[i] in ("+-" if kind == ADD else "<>"):
                delta += 1 if source[i] in "+>" else -1
                i += 1
            ops.append(kind)
            args.append(delta)
            continue
        if source[i:i + 3] in ("[-]", "[+]"):
            ops.append(CLEAR)
            args.append(0)
            i += 3
            continue
        if c == ".":
            ops.append(OUT)
            args.append(0)
        elif c == "[":
            stack.append(len(ops))
            ops.append(JZ)
            args.append(-1)
        elif c == "]":
            start = stack.pop()
            args[start] = len(ops)
            ops.append(JNZ)
            args.append(start)
        i += 1
    return Program(ops, args)


def location(pc, program):
    return "%d %s" % (pc, NAMES[program.ops[pc]])


driver = JitDriver(greens=["pc", "program"], reds=["ptr", "tape", "out"], get_printable_location=location)


def execute(program):
    tape = [0] * 300
    ptr = 0
    pc = 0
    out = []
    while pc < len(program.ops):
        driver.jit_merge_point(pc=pc, program=program, ptr=ptr, tape=tape, out=out)
        op = program.ops[pc]
        arg = program.args[pc]
        if op == ADD:
            tape[ptr] = (tape[ptr] + arg) & 255
        elif op == MOVE:
            ptr += arg
        elif op == OUT:
            out.append(chr(tape[ptr]))
        elif op == JZ:
            if tape[ptr] == 0:
                pc = arg
        elif op == JNZ:
            if tape[ptr] != 0:
                pc = arg
        elif op == CLEAR:
            tape[ptr] = 0
        pc += 1
    return "".join(out)


SOURCE = ("++++++++++[>+++++++>++++++++++>+++>+<<<<-]>++.>+.+++++++..+++.>++.<<+++++++++++++++."
          ">.+++.------.--------.>+.>.[-]")


def entry_point(argv):
    program = compile_bf(SOURCE)
    print("%d source chars -> %d ops" % (len(SOURCE), len(program.ops)))
    print(execute(program).strip())
    print(" ".join(["%s%d" % (NAMES[program.ops[i]], program.args[i]) for i in range(6)]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
