# Opcode dispatch unrolled over a load-time table (kiln.unroll.unrolling_iterable), with
# handler functions generated in a loop at load time and bound to opcode numbers.
from kiln.unroll import unrolling_iterable


class Frame(object):
    def __init__(self):
        self.stack = []
        self.pc = 0


def make_binop(symbol):
    def handler(frame, arg):
        b = frame.stack.pop()
        a = frame.stack.pop()
        if symbol == "+":
            frame.stack.append(a + b)
        elif symbol == "-":
            frame.stack.append(a - b)
        else:
            frame.stack.append(a * b)
    handler.__name__ = "op_" + symbol
    return handler


def op_push(frame, arg):
    frame.stack.append(arg)


def op_dup(frame, arg):
    frame.stack.append(frame.stack[-1])


HANDLERS = [op_push, op_dup] + [make_binop(s) for s in "+-*"]
NAMES = ["push", "dup", "add", "sub", "mul"]
DISPATCH = unrolling_iterable(list(enumerate(HANDLERS)))
FIELDS = unrolling_iterable(["pc", "stack"])


def execute(code):
    frame = Frame()
    while frame.pc < len(code):
        opcode, arg = code[frame.pc]
        frame.pc += 1
        for number, handler in DISPATCH:
            if opcode == number:
                handler(frame, arg)
                break
        else:
            raise ValueError
    return frame


def describe(frame):
    parts = []
    for name in FIELDS:
        if name == "pc":
            parts.append("pc=%d" % frame.pc)
        else:
            parts.append("depth=%d" % len(frame.stack))
    return " ".join(parts)


def entry_point(argv):
    code = [(0, 6), (1, 0), (4, 0), (0, 4), (3, 0), (0, 10), (2, 0)]
    frame = execute(code)
    print(frame.stack, describe(frame))
    print(" ".join([NAMES[op] for op, _ in code]))
    try:
        execute([(9, 0)])
    except ValueError:
        print("bad opcode")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
