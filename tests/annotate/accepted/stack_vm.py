# A stack-based bytecode VM: opcodes are module constants, the code is a list of ints, the
# VM checks for overflow with ovfcheck and reports errors with an exception class.
from kiln.rarithmetic import ovfcheck

PUSH = 1
ADD = 2
SUB = 3
MUL = 4
DUP = 5
SWAP = 6
JUMP_IF_ZERO = 7
JUMP = 8
PRINT = 9
HALT = 10

OPNAMES = {PUSH: "PUSH", ADD: "ADD", SUB: "SUB", MUL: "MUL", DUP: "DUP", SWAP: "SWAP",
           JUMP_IF_ZERO: "JUMP_IF_ZERO", JUMP: "JUMP", PRINT: "PRINT", HALT: "HALT"}
HAS_ARG = [PUSH, JUMP_IF_ZERO, JUMP]


class VMError(Exception):
    def __init__(self, msg):
        self.msg = msg


class VM(object):
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.output = []

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()

    def run(self):
        pc = 0
        steps = 0
        while True:
            op = self.code[pc]
            steps += 1
            if op == PUSH:
                self.stack.append(self.code[pc + 1])
                pc += 2
                continue
            if op == ADD:
                b = self.pop()
                a = self.pop()
                self.stack.append(ovfcheck(a + b))
            elif op == SUB:
                b = self.pop()
                a = self.pop()
                self.stack.append(ovfcheck(a - b))
            elif op == MUL:
                b = self.pop()
                a = self.pop()
                self.stack.append(ovfcheck(a * b))
            elif op == DUP:
                v = self.pop()
                self.stack.append(v)
                self.stack.append(v)
            elif op == SWAP:
                b = self.pop()
                a = self.pop()
                self.stack.append(b)
                self.stack.append(a)
            elif op == JUMP_IF_ZERO:
                if self.pop() == 0:
                    pc = self.code[pc + 1]
                    continue
                pc += 2
                continue
            elif op == JUMP:
                pc = self.code[pc + 1]
                continue
            elif op == PRINT:
                self.output.append(str(self.stack[-1]))
            elif op == HALT:
                return steps
            else:
                raise VMError("bad opcode %d" % op)
            pc += 1


def disassemble(code):
    lines = []
    pc = 0
    while pc < len(code):
        op = code[pc]
        if op in HAS_ARG:
            lines.append("%3d %s %d" % (pc, OPNAMES[op], code[pc + 1]))
            pc += 2
        else:
            lines.append("%3d %s" % (pc, OPNAMES[op]))
            pc += 1
    return lines


def entry_point(argv):
    code = [PUSH, 6, PUSH, 7, MUL, PRINT, PUSH, 100, SUB, PRINT, HALT]
    for line in disassemble(code):
        print(line)
    vm = VM(code)
    steps = vm.run()
    print("output: " + ", ".join(vm.output) + " in %d steps" % steps)
    bad = VM([PUSH, 1, ADD, HALT])
    try:
        bad.run()
    except VMError as e:
        print("error: " + e.msg)
    big = VM([PUSH, 1 << 62, DUP, ADD, HALT])
    try:
        big.run()
    except OverflowError:
        print("overflow detected")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
