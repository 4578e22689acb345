# Hints: _immutable_fields_, a _virtualizable_ frame with a JitDriver(virtualizables=...), a quasi-immutable field.
from kiln.jit import JitDriver, promote

LOADC, ADDC, SETCOUNT, LOOP, STORE, HALT = range(6)


class Code:
    _immutable_fields_ = ["ops[*]", "consts[*]", "name"]

    def __init__(self, name, ops, consts):
        self.name = name
        self.ops = ops
        self.consts = consts


class Frame:
    _virtualizable_ = ["acc", "counter", "regs[*]"]

    def __init__(self, nregs):
        self.acc = 0
        self.counter = 0
        self.regs = [0] * nregs


class Globals:
    _immutable_fields_ = ["scale?"]

    def __init__(self):
        self.scale = 1


GLOBALS = Globals()

driver = JitDriver(greens=["pc", "code"], reds=["frame"], virtualizables=["frame"])


def run(code):
    frame = Frame(4)
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        arg = code.ops[pc + 1]
        pc += 2
        if op == LOADC:
            frame.acc = code.consts[arg]
        elif op == ADDC:
            frame.acc += code.consts[arg] * promote(GLOBALS).scale
        elif op == SETCOUNT:
            frame.counter = code.consts[arg]
        elif op == LOOP:
            frame.counter -= 1
            if frame.counter > 0:
                pc = arg
                driver.can_enter_jit(pc=pc, code=code, frame=frame)
        elif op == STORE:
            frame.regs[arg] = frame.acc
        else:
            return frame.acc, frame.regs


def entry_point(argv):
    loop = Code("loop", [SETCOUNT, 0, LOADC, 1, ADDC, 2, LOOP, 4, STORE, 0, HALT, 0], [5, 0, 7])
    print(loop.name, run(loop))
    nested = Code("nested", [LOADC, 1, SETCOUNT, 2, ADDC, 0, STORE, 1, LOOP, 4, ADDC, 3, STORE, 2, HALT, 0],
                  [3, 100, 4, -1])
    print(nested.name, run(nested))
    GLOBALS.scale = 10
    print(loop.name, "scaled", run(loop))
    print(nested.name, "scaled", run(nested))
    GLOBALS.scale = 1
    big = Code("big", [SETCOUNT, 0, ADDC, 1, LOOP, 2, HALT, 0], [100000, 3])
    print(big.name, run(big))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
