"""A Brainfuck interpreter with a JIT driver (the classic RPython tutorial example), using the
target() convention. The sample programs are parsed at load time: comments stripped, the
bracket maps computed into dicts, and both stored in prebuilt Program objects with
_immutable_fields_; get_printable_location is a load-time hook of the JitDriver."""

from kiln.jit import JitDriver, elidable

INSTRUCTIONS = "+-<>[].,"
TAPE_SIZE = 300


class Program:
    _immutable_fields_ = ["name", "code", "bracket_map"]

    def __init__(self, name, code, bracket_map):
        self.name = name
        self.code = code
        self.bracket_map = bracket_map


def parse(name, source):
    code = "".join([ch for ch in source if ch in INSTRUCTIONS])
    bracket_map, stack = {}, []
    for pc, ch in enumerate(code):
        if ch == "[":
            stack.append(pc)
        elif ch == "]":
            left = stack.pop()
            bracket_map[left] = pc
            bracket_map[pc] = left
    assert not stack, "unbalanced brackets in " + name
    return Program(name, code, bracket_map)


def get_printable_location(pc, program):
    return "%s @%d: %s" % (program.name, pc, program.code[pc])


jitdriver = JitDriver(greens=["pc", "program"], reds=["tape", "position", "output"],
                      get_printable_location=get_printable_location, name="bf")

HELLO = parse("hello", """
    ++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]  set up cells 72 104 88 32 8
    >>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.  print
""")
DIGITS_PROGRAM = parse("count", """
    ++++++++++[>+++++<-]>--  cell1 = 48 ('0')
    >+++++++++[<.+>-]         print nine digits
    ++++++++++.               newline
""")
PROGRAMS = [HELLO, DIGITS_PROGRAM]


@elidable
def jump_target(program, pc):
    return program.bracket_map[pc]


def run(program):
    tape = [0] * TAPE_SIZE
    position = 0
    pc = 0
    output = []
    while pc < len(program.code):
        jitdriver.jit_merge_point(pc=pc, program=program, tape=tape, position=position,
                                  output=output)
        ch = program.code[pc]
        if ch == "+":
            tape[position] = (tape[position] + 1) & 255
        elif ch == "-":
            tape[position] = (tape[position] - 1) & 255
        elif ch == ">":
            position += 1
        elif ch == "<":
            position -= 1
        elif ch == ".":
            output.append(chr(tape[position]))
        elif ch == "[" and tape[position] == 0:
            pc = jump_target(program, pc)
        elif ch == "]" and tape[position] != 0:
            pc = jump_target(program, pc)
        pc += 1
    return "".join(output)


def entry_point(argv):
    for program in PROGRAMS:
        text = run(program)
        print("%s (%d instructions, %d brackets): %s"
              % (program.name, len(program.code), len(program.bracket_map), text.strip()))
    print(get_printable_location(0, HELLO))
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
