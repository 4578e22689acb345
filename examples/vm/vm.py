# examples/vm/vm.py -- a bytecode VM for a small language, written for a meta-tracing JIT.
#
#   PYTHONPATH=lib python3 examples/vm/vm.py PROGRAM.vm                  (on CPython)
#   build/kiln translate examples/vm/vm.py -o vm && ./vm PROGRAM.vm
#   options: --jit PARAMS (JIT parameters, 'name=value,...'), --dis (print the bytecode)
#
# compiler.py turns the program into one Code object per function (bytecode.py); this file runs
# them. The dispatch loop, execute(), is the JIT's portal: its greens are the position in the
# user's program (pc, and the Code being run, which never changes), its only red is the Frame,
# which holds all the other interpreter state (locals, value stack, try handlers). Nothing else
# is live across jit_merge_point: lengths and the like are read from the Code each time, which
# costs nothing in a trace since a green Code's immutable fields are constants there.
#
# A call in the user's program is a recursive call of execute() with a new Frame (portal
# recursion). A user-level exception is the Python exception VMError: the loop catches it
# around every instruction and either jumps to the innermost handler of the current frame or
# lets it propagate out of execute() into the caller's loop, which does the same. An exception
# nobody catches ends the program with a message on stderr and exit status 1.
import os

from bytecode import (ADD, CALL, DIV, EQ, GE, GT, HAS_ARG, JUMP, JUMP_IF_FALSE,
                      JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, LE, LOAD_CONST, LOAD_LOCAL, LT,
                      MOD, MUL, NE, NEG, NOT, OPNAMES, POP, POP_TRY, PRINT, RAISE, RETURN,
                      SETUP_TRY, STORE_LOCAL, SUB)
from compiler import CompileError, compile_program
from kiln.jit import JitDriver, elidable, promote, set_user_param, unroll_safe
from objects import (VMError, add, compare, div, equal, error, mod, mul, neg, sub,
                     wrap_bool)

# Calls nested deeper than this raise the user-level exception "stack overflow" (the same
# limit on CPython and translated; __main__ below raises CPython's recursion limit to allow it).
MAX_DEPTH = 1000
OUTPUT_CHUNK = 4096


def get_location(pc, code):
    return "%s:%d %s" % (code.name, pc, OPNAMES[code.bytecode[pc]])


driver = JitDriver(greens=["pc", "code"], reds=["frame"], get_printable_location=get_location,
                   is_recursive=True)


class Frame(object):
    """The state of one running function other than its position (pc, code). The value stack
    and the handler stack are fixed-size lists with a top index; sizes come from the Code."""

    _immutable_fields_ = ["locals_w", "stack_w", "handlers", "depth"]

    def __init__(self, code, depth):
        self.locals_w = [None] * code.nlocals
        self.stack_w = [None] * code.stack_size
        self.sp = 0
        self.handlers = [0] * code.max_handlers  # the pcs of the handlers of open try blocks
        self.nhandlers = 0
        self.depth = depth

    def push(self, w_value):
        self.stack_w[self.sp] = w_value
        self.sp += 1

    def pop(self):
        self.sp -= 1
        w_value = self.stack_w[self.sp]
        self.stack_w[self.sp] = None
        return w_value

    def top(self):
        return self.stack_w[self.sp - 1]


class Output(object):
    """stdout, buffered: the text of print instructions, written in chunks."""

    def __init__(self):
        self.pieces = []
        self.size = 0

    def write(self, text):
        self.pieces.append(text)
        self.size += len(text)
        if self.size >= OUTPUT_CHUNK:
            self.flush()

    def flush(self):
        if self.pieces:
            data = "".join(self.pieces).encode()
            self.pieces = []
            self.size = 0
            while len(data) > 0:
                written = os.write(1, data)
                data = data[written:]


stdout = Output()


@elidable
def lookup_function(program, index):
    """The Code of function number index: the list is never changed once the program runs."""
    code = program.functions[index]
    assert code is not None
    return code


@unroll_safe
def new_frame(callee, caller):
    """The frame of a call of callee, with the arguments popped from the caller's stack. The
    loop runs nparams times, a constant in a trace (callee is), so the JIT may unroll it."""
    depth = caller.depth + 1
    if depth > MAX_DEPTH:
        raise error("stack overflow")
    frame = Frame(callee, depth)
    i = callee.nparams
    while i > 0:
        i -= 1
        frame.locals_w[i] = caller.pop()
    return frame


def print_values(frame, count):
    pieces = []
    for i in range(frame.sp - count, frame.sp):
        pieces.append(frame.stack_w[i].to_str())
    for _ in range(count):
        frame.pop()
    stdout.write(" ".join(pieces) + "\n")


def execute(code, frame):
    """Runs code in frame until it returns; returns the result. Raises VMError for a user-level
    exception that code does not catch."""
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.bytecode[pc]
        try:
            if op == LOAD_CONST:
                frame.push(code.consts[code.bytecode[pc + 1]])
                pc += 2
            elif op == LOAD_LOCAL:
                w_value = frame.locals_w[code.bytecode[pc + 1]]
                if w_value is None:
                    raise error("variable '%s' used before assignment"
                                % code.local_names[code.bytecode[pc + 1]])
                frame.push(w_value)
                pc += 2
            elif op == STORE_LOCAL:
                frame.locals_w[code.bytecode[pc + 1]] = frame.pop()
                pc += 2
            elif op == POP:
                frame.pop()
                pc += 1
            elif op == ADD:
                w_b = frame.pop()
                frame.push(add(frame.pop(), w_b))
                pc += 1
            elif op == SUB:
                w_b = frame.pop()
                frame.push(sub(frame.pop(), w_b))
                pc += 1
            elif op == MUL:
                w_b = frame.pop()
                frame.push(mul(frame.pop(), w_b))
                pc += 1
            elif op == DIV:
                w_b = frame.pop()
                frame.push(div(frame.pop(), w_b))
                pc += 1
            elif op == MOD:
                w_b = frame.pop()
                frame.push(mod(frame.pop(), w_b))
                pc += 1
            elif op == LT:
                w_b = frame.pop()
                frame.push(wrap_bool(compare(frame.pop(), w_b) < 0))
                pc += 1
            elif op == LE:
                w_b = frame.pop()
                frame.push(wrap_bool(compare(frame.pop(), w_b) <= 0))
                pc += 1
            elif op == GT:
                w_b = frame.pop()
                frame.push(wrap_bool(compare(frame.pop(), w_b) > 0))
                pc += 1
            elif op == GE:
                w_b = frame.pop()
                frame.push(wrap_bool(compare(frame.pop(), w_b) >= 0))
                pc += 1
            elif op == EQ:
                w_b = frame.pop()
                frame.push(wrap_bool(equal(frame.pop(), w_b)))
                pc += 1
            elif op == NE:
                w_b = frame.pop()
                frame.push(wrap_bool(not equal(frame.pop(), w_b)))
                pc += 1
            elif op == NEG:
                frame.push(neg(frame.pop()))
                pc += 1
            elif op == NOT:
                frame.push(wrap_bool(not frame.pop().is_true()))
                pc += 1
            elif op == JUMP:
                target = code.bytecode[pc + 1]
                if target < pc:
                    # the end of a loop of the user's program: where the JIT may start a trace
                    pc = target
                    driver.can_enter_jit(pc=pc, code=code, frame=frame)
                else:
                    pc = target
            elif op == JUMP_IF_FALSE:
                if frame.pop().is_true():
                    pc += 2
                else:
                    pc = code.bytecode[pc + 1]
            elif op == JUMP_IF_FALSE_OR_POP:
                if frame.top().is_true():
                    frame.pop()
                    pc += 2
                else:
                    pc = code.bytecode[pc + 1]
            elif op == JUMP_IF_TRUE_OR_POP:
                if frame.top().is_true():
                    pc = code.bytecode[pc + 1]
                else:
                    frame.pop()
                    pc += 2
            elif op == CALL:
                callee = lookup_function(code.program, code.bytecode[pc + 1])
                w_result = execute(callee, new_frame(callee, frame))
                frame.push(w_result)
                pc += 2
            elif op == RETURN:
                return frame.pop()
            elif op == PRINT:
                print_values(frame, code.bytecode[pc + 1])
                pc += 2
            elif op == RAISE:
                raise VMError(frame.pop())
            elif op == SETUP_TRY:
                frame.handlers[frame.nhandlers] = code.bytecode[pc + 1]
                frame.nhandlers += 1
                pc += 2
            elif op == POP_TRY:
                frame.nhandlers -= 1
                pc += 1
            else:
                raise error("bad opcode %d" % op)
        except VMError as e:
            if e.code is None:
                e.code = code
                e.pc = pc
            if frame.nhandlers == 0:
                raise
            # the stack was empty when the try block started (bytecode.py, invariant 1)
            frame.nhandlers -= 1
            while frame.sp > 0:
                frame.pop()
            frame.push(e.w_value)
            pc = promote(frame.handlers[frame.nhandlers])


# -- Entry point -----------------------------------------------------------------------------

def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0)
    chunks = []
    while True:
        data = os.read(fd, 65536)
        if not data:
            break
        chunks.append(data)
    os.close(fd)
    return b"".join(chunks).decode("utf-8", "replace")


def fail(message):
    stdout.flush()
    os.write(2, ("vm: " + message + "\n").encode())
    return 1


def disassemble(program):
    """Prints every instruction, named by the JIT's printable location (so that it is tested)."""
    main = program.main
    assert main is not None
    codes = [main]
    for code in program.functions:
        assert code is not None
        codes.append(code)
    for code in codes:
        stdout.write("%s: %d parameters, %d locals, stack size %d, %d handlers\n"
                     % (code.name, code.nparams, code.nlocals, code.stack_size,
                        code.max_handlers))
        pc = 0
        while pc < len(code.bytecode):
            text = get_location(pc, code)
            if HAS_ARG[code.bytecode[pc]]:
                stdout.write("    %s %d\n" % (text, code.bytecode[pc + 1]))
                pc += 2
            else:
                stdout.write("    %s\n" % text)
                pc += 1
    stdout.flush()


USAGE = "usage: vm [--jit PARAMS] [--dis] PROGRAM.vm"


def entry_point(argv):
    path = ""
    dis = False
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == "--jit" and i + 1 < len(argv):
            try:
                set_user_param(driver, argv[i + 1])
            except ValueError:
                return fail("bad JIT parameters '%s'" % argv[i + 1])
            i += 2
        elif arg == "--dis":
            dis = True
            i += 1
        elif path == "" and not arg.startswith("-"):
            path = arg
            i += 1
        else:
            return fail(USAGE)
    if path == "":
        return fail(USAGE)
    try:
        source = read_file(path)
    except OSError:
        return fail("cannot read '%s'" % path)
    try:
        program = compile_program(source)
    except CompileError as e:
        return fail("%s:%d: error: %s" % (path, e.line, e.message))
    if dis:
        disassemble(program)
        return 0
    main = program.main
    assert main is not None
    try:
        execute(main, Frame(main, 0))
    except VMError as e:
        where = e.code
        assert where is not None
        return fail("uncaught exception (%s, line %d): %s"
                    % (where.name, where.lines[e.pc], e.w_value.to_str()))
    stdout.flush()
    return 0


def target(translation_driver, args):
    return entry_point, None


if __name__ == "__main__":
    import sys

    # Each call of the user's program is a recursive call of execute(); allow MAX_DEPTH of them.
    sys.setrecursionlimit(MAX_DEPTH * 4 + 1000)
    sys.exit(entry_point(sys.argv))
