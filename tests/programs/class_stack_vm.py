# Classes: a stack-based bytecode VM: an assembler, a dispatch loop, call frames, and a few programs (fib, loops).

PUSH, LOAD, STORE, ADD, SUB, MUL, LT, JMP, JMPF, CALL, RET, PRINT, HALT, DUP, POP = range(15)
NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "LT", "JMP", "JMPF", "CALL", "RET",
         "PRINT", "HALT", "DUP", "POP"]
HAS_ARG = {PUSH: True, LOAD: True, STORE: True, JMP: True, JMPF: True, CALL: True}


class Function:
    def __init__(self, name, nargs, nlocals, code):
        self.name = name
        self.nargs = nargs
        self.nlocals = nlocals
        self.code = code


class Frame:
    def __init__(self, func, parent):
        self.func = func
        self.parent = parent
        self.pc = 0
        self.locals = [0] * func.nlocals
        self.stack = []

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        return self.stack.pop()


def assemble(text):
    code = []
    for line in text.split(";"):
        parts = line.split()
        if not parts:
            continue
        op = NAMES.index(parts[0])
        code.append(op)
        if op in HAS_ARG:
            code.append(int(parts[1]))
    return code


class VM:
    def __init__(self, functions):
        self.functions = functions
        self.steps = 0
        self.output = []

    def run(self, main):
        frame = Frame(main, None)
        while True:
            code = frame.func.code
            op = code[frame.pc]
            frame.pc += 1
            self.steps += 1
            if op == PUSH or op == LOAD or op == STORE or op == JMP or op == JMPF or op == CALL:
                arg = code[frame.pc]
                frame.pc += 1
                if op == PUSH:
                    frame.push(arg)
                elif op == LOAD:
                    frame.push(frame.locals[arg])
                elif op == STORE:
                    frame.locals[arg] = frame.pop()
                elif op == JMP:
                    frame.pc = arg
                elif op == JMPF:
                    if frame.pop() == 0:
                        frame.pc = arg
                else:
                    callee = self.functions[arg]
                    new = Frame(callee, frame)
                    for i in range(callee.nargs - 1, -1, -1):
                        new.locals[i] = frame.pop()
                    frame = new
            elif op == ADD:
                b = frame.pop()
                frame.push(frame.pop() + b)
            elif op == SUB:
                b = frame.pop()
                frame.push(frame.pop() - b)
            elif op == MUL:
                b = frame.pop()
                frame.push(frame.pop() * b)
            elif op == LT:
                b = frame.pop()
                frame.push(1 if frame.pop() < b else 0)
            elif op == DUP:
                v = frame.pop()
                frame.push(v)
                frame.push(v)
            elif op == POP:
                frame.pop()
            elif op == PRINT:
                v = frame.pop()
                self.output.append(v)
                print("out:", v)
            elif op == RET:
                v = frame.pop()
                parent = frame.parent
                if parent is None:
                    return v
                frame = parent
                frame.push(v)
            else:
                return -1


FIB = Function("fib", 1, 1, assemble(
    "LOAD 0; PUSH 2; LT; JMPF 10; LOAD 0; RET;"
    "LOAD 0; PUSH 1; SUB; CALL 0; LOAD 0; PUSH 2; SUB; CALL 0; ADD; RET"))
MAIN = Function("main", 0, 2, assemble(
    "PUSH 0; STORE 0;"
    "LOAD 0; PUSH 12; LT; JMPF 25;"
    "LOAD 0; CALL 0; PRINT; LOAD 0; PUSH 1; ADD; STORE 0; JMP 4;"
    "PUSH 6; PUSH 7; MUL; DUP; PRINT; RET"))


def disassemble(func):
    out = []
    pc = 0
    while pc < len(func.code):
        op = func.code[pc]
        if op in HAS_ARG:
            out.append("%d:%s %d" % (pc, NAMES[op], func.code[pc + 1]))
            pc += 2
        else:
            out.append("%d:%s" % (pc, NAMES[op]))
            pc += 1
    return " ".join(out)


def entry_point(argv):
    print(disassemble(FIB))
    print(disassemble(MAIN))
    vm = VM([FIB])
    result = vm.run(MAIN)
    print("result", result)
    print("outputs", len(vm.output), sum(vm.output))
    print("steps", vm.steps)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
