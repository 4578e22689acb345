# A Brainfuck interpreter in the style of the RPython tutorial: the bracket map is computed
# once per program, the dispatch loop carries a JitDriver, and the tape grows on demand.
from kiln.jit import JitDriver, elidable


def get_location(pc, program, bracket_map):
    return "%d:%s" % (pc, program[pc])


jitdriver = JitDriver(greens=["pc", "program", "bracket_map"], reds=["tape", "out"],
                      get_printable_location=get_location)


class Tape(object):
    def __init__(self):
        self.thetape = [0]
        self.position = 0

    def get(self):
        return self.thetape[self.position]

    def set(self, val):
        self.thetape[self.position] = val & 255

    def inc(self):
        self.set(self.get() + 1)

    def dec(self):
        self.set(self.get() - 1)

    def advance(self):
        self.position += 1
        if len(self.thetape) <= self.position:
            self.thetape.append(0)

    def devance(self):
        self.position -= 1


@elidable
def get_matching_bracket(bracket_map, pc):
    return bracket_map[pc]


def parse(program):
    parsed = []
    bracket_map = {}
    leftstack = []
    pc = 0
    for char in program:
        if char in "[]<>+-,.":
            parsed.append(char)
            if char == "[":
                leftstack.append(pc)
            elif char == "]":
                left = leftstack.pop()
                bracket_map[left] = pc
                bracket_map[pc] = left
            pc += 1
    return "".join(parsed), bracket_map


def mainloop(program, bracket_map):
    pc = 0
    tape = Tape()
    out = []
    while pc < len(program):
        jitdriver.jit_merge_point(pc=pc, program=program, bracket_map=bracket_map, tape=tape, out=out)
        code = program[pc]
        if code == ">":
            tape.advance()
        elif code == "<":
            tape.devance()
        elif code == "+":
            tape.inc()
        elif code == "-":
            tape.dec()
        elif code == ".":
            out.append(chr(tape.get()))
        elif code == "[" and tape.get() == 0:
            pc = get_matching_bracket(bracket_map, pc)
        elif code == "]" and tape.get() != 0:
            pc = get_matching_bracket(bracket_map, pc)
        pc += 1
    return "".join(out)


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------."
         "--------.>>+.")


def entry_point(argv):
    source = HELLO
    if len(argv) > 1:
        source = argv[1]
    program, bracket_map = parse(source)
    text = mainloop(program, bracket_map)
    print(text.strip())
    print("brackets: %d" % len(bracket_map))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
