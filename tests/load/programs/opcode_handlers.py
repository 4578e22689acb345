"""A stack machine whose opcode numbers and handlers are made in loops at load time: each
opcode name becomes a global int, each binary operator a handler made by a factory and stored
with globals()[...], and dispatch unrolls over an unrolling_iterable of (number, handler)."""

import operator

from kiln.unroll import unrolling_iterable

OPNAMES = ["PUSH", "POP", "DUP", "SWAP", "ADD", "SUB", "MUL", "FLOORDIV", "MOD", "LT", "EQ",
           "JUMP", "JUMP_IF_FALSE", "LOAD", "STORE", "PRINT", "HALT"]
for _number, _name in enumerate(OPNAMES):
    globals()[_name] = _number
NUM_OPCODES = len(OPNAMES)


class Frame:
    def __init__(self, code, nlocals):
        self.code = code
        self.stack = []
        self.locals = [0] * nlocals
        self.pc = 0
        self.output = []

    def push(self, value):
        self.stack.append(value)

    def pop(self):
        return self.stack.pop()


def _make_binary(name, fn):
    def handler(frame, arg):
        b = frame.pop()
        a = frame.pop()
        frame.push(fn(a, b))
        return frame.pc + 2
    handler.__name__ = handler.__qualname__ = "op_" + name.lower()
    return handler


_BINARY = [("ADD", operator.add), ("SUB", operator.sub), ("MUL", operator.mul),
           ("FLOORDIV", operator.floordiv), ("MOD", operator.mod),
           ("LT", lambda a, b: 1 if a < b else 0), ("EQ", lambda a, b: 1 if a == b else 0)]
for _name, _fn in _BINARY:
    globals()["op_" + _name.lower()] = _make_binary(_name, _fn)


def op_push(frame, arg):
    frame.push(arg)
    return frame.pc + 2


def op_pop(frame, arg):
    frame.pop()
    return frame.pc + 2


def op_dup(frame, arg):
    value = frame.pop()
    frame.push(value)
    frame.push(value)
    return frame.pc + 2


def op_swap(frame, arg):
    b = frame.pop()
    a = frame.pop()
    frame.push(b)
    frame.push(a)
    return frame.pc + 2


def op_jump(frame, arg):
    return arg


def op_jump_if_false(frame, arg):
    if frame.pop() == 0:
        return arg
    return frame.pc + 2


def op_load(frame, arg):
    frame.push(frame.locals[arg])
    return frame.pc + 2


def op_store(frame, arg):
    frame.locals[arg] = frame.pop()
    return frame.pc + 2


def op_print(frame, arg):
    frame.output.append(str(frame.pop()))
    return frame.pc + 2


def op_halt(frame, arg):
    return -1


HANDLERS = [None] * NUM_OPCODES
for _name in OPNAMES:
    HANDLERS[globals()[_name]] = globals()["op_" + _name.lower()]
assert None not in HANDLERS
DISPATCH = unrolling_iterable(list(enumerate(HANDLERS)))


def assemble(text):
    """Load-time assembler: 'NAME [arg]' per line; labels end with ':'."""
    labels, lines = {}, []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.endswith(":"):
            labels[line[:-1]] = 2 * len(lines)
        else:
            lines.append(line.split())
    code = []
    for parts in lines:
        code.append(globals()[parts[0]])
        arg = parts[1] if len(parts) > 1 else "0"
        code.append(labels[arg] if arg in labels else int(arg))
    return code


# sum = 0; i = 10; while 0 < i: sum += i * i; i -= 1; print sum; print i
SUM_OF_SQUARES = assemble("""
    PUSH 0
    STORE 0
    PUSH 10
    STORE 1
loop:
    PUSH 0
    LOAD 1
    LT
    JUMP_IF_FALSE done
    LOAD 0
    LOAD 1
    DUP
    MUL
    ADD
    STORE 0
    LOAD 1
    PUSH 1
    SUB
    STORE 1
    JUMP loop
done:
    LOAD 0
    PRINT
    LOAD 1
    PRINT
    PUSH 100
    PUSH 7
    SWAP
    FLOORDIV
    PRINT
    PUSH 100
    PUSH 7
    MOD
    PUSH 2
    EQ
    PRINT
    HALT
""")


def execute(code, nlocals):
    frame = Frame(code, nlocals)
    while frame.pc >= 0:
        opcode = code[frame.pc]
        arg = code[frame.pc + 1]
        for number, handler in DISPATCH:
            if opcode == number:
                frame.pc = handler(frame, arg)
                break
    return frame


def entry_point(argv):
    frame = execute(SUM_OF_SQUARES, 2)
    for line in frame.output:
        print(line)
    print("opcodes: %d, code size: %d" % (NUM_OPCODES, len(SUM_OF_SQUARES)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
