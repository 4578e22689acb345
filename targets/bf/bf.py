# targets/bf -- a Brainfuck interpreter in kiln Python, written for a meta-tracing JIT.
#
#   PYTHONPATH=lib python3 targets/bf/bf.py PROGRAM.b < input      (on CPython)
#   build/kiln translate targets/bf/bf.py -o bf && ./bf PROGRAM.b < input
#
# The program is read once and turned into a list of opcodes with the comments dropped and a
# precomputed bracket table (the jump target of every '[' and ']'), so the dispatch loop does
# no searching. The JitDriver's greens are the position in the user's program (pc) and the
# program itself (a Program: its opcodes and jumps, immutable); the reds are the tape, its cells
# and the head (kept in locals, so that they live in registers). Semantics:
# unsigned 8-bit wrapping cells, a tape that grows to the right on demand, ',' leaves the cell
# unchanged at end of input, output written as raw bytes. Errors (a missing file, unbalanced
# brackets, the head moving left of cell 0) print one line on stderr and exit with status 1.
import os

from kiln.jit import JitDriver, elidable

# Opcodes: the command's index in this string.
COMMANDS = "+-<>[].,"
PLUS, MINUS, LEFT, RIGHT, OPEN, CLOSE, OUT, IN = range(8)

# The opcode of each byte value, -1 for a comment (built at load time).
OPCODE_OF_BYTE = [-1] * 256
for _op, _c in enumerate(COMMANDS):
    OPCODE_OF_BYTE[ord(_c)] = _op

INITIAL_CELLS = 30000
OUTPUT_CHUNK = 4096


def get_location(pc, program):
    return "%d %s" % (pc, COMMANDS[program.ops[pc]])


jitdriver = JitDriver(greens=["pc", "program"], reds=["tape", "cells", "position"],
                      get_printable_location=get_location)


class BFError(Exception):
    def __init__(self, message):
        self.message = message


class Tape(object):
    """The cells, the head, and the output waiting to be written. The dispatch loop keeps the
    cells and the head in locals (reds of the JitDriver), which the C++ compiler keeps in
    registers; they are written back here where a method needs them (output, input, growth)."""

    def __init__(self):
        self.cells = [0] * INITIAL_CELLS
        self.position = 0
        self.output = []

    def grow(self):
        self.cells.extend([0] * len(self.cells))

    def write(self):
        self.output.append(self.cells[self.position])
        if len(self.output) >= OUTPUT_CHUNK:
            self.flush()

    def read(self):
        self.flush()  # a prompt is visible before the program waits for input
        data = os.read(0, 1)
        if len(data) == 1:
            self.cells[self.position] = data[0]

    def flush(self):
        if self.output:
            os.write(1, bytes(self.output))
            self.output = []


class Program(object):
    """The parsed program: never changed once made, which the JIT is told (`[*]`: the lists'
    items do not change either), so that in a trace, where the program and pc are constants,
    reading the opcode and the jump target cost nothing."""
    _immutable_fields_ = ["ops[*]", "jumps[*]"]

    def __init__(self, ops, jumps):
        self.ops = ops
        self.jumps = jumps


@elidable
def jump_target(program, pc):
    return program.jumps[pc]


def parse(chunks):
    """The opcodes of the program's commands (its bytes, in chunks) and, for each bracket, the
    index of its partner."""
    code = []
    for chunk in chunks:
        for byte in chunk:
            op = OPCODE_OF_BYTE[byte]
            if op >= 0:
                code.append(op)
    jumps = [0] * len(code)
    stack = []
    for pc in range(len(code)):
        if code[pc] == OPEN:
            stack.append(pc)
        elif code[pc] == CLOSE:
            if not stack:
                raise BFError("unbalanced brackets: ']' at command %d has no '['" % pc)
            start = stack.pop()
            jumps[start] = pc
            jumps[pc] = start
    if stack:
        raise BFError("unbalanced brackets: '[' at command %d is never closed" % stack[-1])
    # A list that is never resized is a plain array: one load less per command.
    fixed = [0] * len(code)
    for pc in range(len(code)):
        fixed[pc] = code[pc]
    return Program(fixed, jumps)


def mainloop(program, tape):
    pc = 0
    cells = tape.cells
    position = 0
    # len(program.ops) is read each time rather than kept in a local: only greens and reds may be
    # live across the merge point (the JIT folds it: the program is green and immutable).
    while pc < len(program.ops):
        jitdriver.jit_merge_point(pc=pc, program=program, tape=tape, cells=cells,
                                  position=position)
        op = program.ops[pc]
        if op == PLUS:
            cells[position] = (cells[position] + 1) & 255
        elif op == MINUS:
            cells[position] = (cells[position] - 1) & 255
        elif op == RIGHT:
            position += 1
            if position == len(cells):
                tape.position = position
                tape.grow()
                cells = tape.cells
        elif op == LEFT:
            if position == 0:
                raise BFError("the head moved left of cell 0")
            position -= 1
        elif op == OPEN:
            if cells[position] == 0:
                pc = jump_target(program, pc)
        elif op == CLOSE:
            if cells[position] != 0:
                pc = jump_target(program, pc)
        elif op == OUT:
            tape.position = position
            tape.write()
        else:
            tape.position = position
            tape.read()
        pc += 1
    tape.flush()


def read_file(path):
    """The file's bytes, in chunks."""
    fd = os.open(path, os.O_RDONLY, 0)
    chunks = []
    while True:
        data = os.read(fd, 65536)
        if not data:
            break
        chunks.append(data)
    os.close(fd)
    return chunks


def error(message):
    os.write(2, ("bf: " + message + "\n").encode())
    return 1


def entry_point(argv):
    if len(argv) != 2:
        return error("usage: bf PROGRAM.b (the program's input comes from stdin)")
    try:
        chunks = read_file(argv[1])
    except OSError:
        return error("cannot read '%s'" % argv[1])
    tape = Tape()
    try:
        mainloop(parse(chunks), tape)
    except BFError as e:
        tape.flush()
        return error(e.message)
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
