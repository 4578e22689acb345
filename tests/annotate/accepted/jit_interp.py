# A JIT-enabled bytecode interpreter for a tiny register language: green pc and code, the
# frame as a red, promote on the code object, elidable constant lookup, and unroll_safe /
# dont_look_inside helpers.
from kiln.jit import JitDriver, promote, elidable, unroll_safe, dont_look_inside, we_are_jitted


LOAD_CONST, ADD, SUB, JUMP_IF_NEG, JUMP, PRINT, RETURN = range(7)


class Code(object):
    _immutable_fields_ = ["ops[*]", "consts[*]", "name"]

    def __init__(self, name, ops, consts):
        self.name = name
        self.ops = ops
        self.consts = consts

    @elidable
    def const(self, index):
        return self.consts[index]


class Frame(object):
    _virtualizable_ = ["regs[*]", "acc"]

    def __init__(self, nregs):
        self.regs = [0] * nregs
        self.acc = 0


def printable(pc, code):
    return "%s@%d" % (code.name, pc)


driver = JitDriver(greens=["pc", "code"], reds=["frame"], virtualizables=["frame"],
                   get_printable_location=printable)


@unroll_safe
def clear(frame):
    for i in range(len(frame.regs)):
        frame.regs[i] = 0


@dont_look_inside
def report(value):
    print("value: %d" % value)


def interpret(code, frame):
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        code = promote(code)
        op = code.ops[pc]
        arg = code.ops[pc + 1]
        pc += 2
        if op == LOAD_CONST:
            frame.acc = code.const(arg)
        elif op == ADD:
            frame.regs[arg] += frame.acc
        elif op == SUB:
            frame.regs[arg] -= frame.acc
        elif op == JUMP_IF_NEG:
            if frame.regs[0] < 0:
                pc = arg
                driver.can_enter_jit(pc=pc, code=code, frame=frame)
        elif op == JUMP:
            pc = arg
            driver.can_enter_jit(pc=pc, code=code, frame=frame)
        elif op == PRINT:
            report(frame.regs[arg])
        elif op == RETURN:
            return frame.regs[arg]


def entry_point(argv):
    # r1 = 0; r0 = 10; loop: r1 += 3; r0 -= 1; if r0 < 0 exit; jump loop
    ops = [LOAD_CONST, 0, ADD, 0,
           LOAD_CONST, 1, ADD, 1, LOAD_CONST, 2, SUB, 0,
           JUMP_IF_NEG, 18, JUMP, 4, 0, 0,
           PRINT, 1, RETURN, 1]
    code = Code("loop", ops, [10, 3, 1])
    frame = Frame(4)
    result = interpret(code, frame)
    print("result %d, jitted: %s" % (result, "yes" if we_are_jitted() else "no"))
    clear(frame)
    print(frame.regs)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
