# A call-stack interpreter for a tiny function language: Function objects with bytecode,
# Frame objects linked through a nullable back pointer, recursion through the interpreter
# loop (not the host stack), and a traceback built on error.

CONST, ARG, ADD, SUB, LT, JIF, CALL, RET = range(8)


class Function(object):
    def __init__(self, name, nargs, code):
        self.name = name
        self.nargs = nargs
        self.code = code


class Frame(object):
    def __init__(self, func, args, back):
        self.func = func
        self.args = args
        self.stack = []
        self.pc = 0
        self.back = back


class RuntimeFault(Exception):
    def __init__(self, message, frame):
        self.message = message
        self.frame = frame


def traceback(frame):
    names = []
    while frame is not None:
        names.append("%s@%d" % (frame.func.name, frame.pc))
        frame = frame.back
    return " <- ".join(names)


def run(functions, main, arg):
    frame = Frame(functions[main], [arg], None)
    while True:
        code = frame.func.code
        if frame.pc >= len(code):
            raise RuntimeFault("fell off the end", frame)
        op, operand = code[frame.pc]
        frame.pc += 1
        if op == CONST:
            frame.stack.append(operand)
        elif op == ARG:
            frame.stack.append(frame.args[operand])
        elif op == ADD:
            b = frame.stack.pop()
            frame.stack.append(frame.stack.pop() + b)
        elif op == SUB:
            b = frame.stack.pop()
            frame.stack.append(frame.stack.pop() - b)
        elif op == LT:
            b = frame.stack.pop()
            frame.stack.append(1 if frame.stack.pop() < b else 0)
        elif op == JIF:
            if frame.stack.pop() != 0:
                frame.pc = operand
        elif op == CALL:
            callee = functions[operand]
            args = [frame.stack.pop() for i in range(callee.nargs)]
            frame = Frame(callee, args, frame)
        elif op == RET:
            result = frame.stack.pop()
            if frame.back is None:
                return result
            frame = frame.back
            frame.stack.append(result)
        else:
            raise RuntimeFault("bad opcode", frame)


# fib(n) = n if n < 2 else fib(n - 1) + fib(n - 2)
FIB = Function("fib", 1, [(ARG, 0), (CONST, 2), (LT, 0), (JIF, 14),
                          (ARG, 0), (CONST, 1), (SUB, 0), (CALL, 0),
                          (ARG, 0), (CONST, 2), (SUB, 0), (CALL, 0), (ADD, 0), (RET, 0),
                          (ARG, 0), (RET, 0)])
BROKEN = Function("broken", 1, [(ARG, 0), (CALL, 2)])
LEAF = Function("leaf", 1, [(ARG, 0)])


def entry_point(argv):
    functions = [FIB, BROKEN, LEAF]
    for n in range(10):
        print(run(functions, 0, n), end=" ")
    print()
    try:
        run(functions, 1, 5)
    except RuntimeFault as e:
        print("fault: %s in %s" % (e.message, traceback(e.frame)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
