# Mixed: a Brainfuck interpreter (the classic kiln/RPython workload): bracket table, JitDriver, tape, output buffer.
from kiln.jit import JitDriver

HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.")
SQUARES = ("++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<"
           "[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]")


def get_location(pc, program, brackets):
    return "%d: %s" % (pc, program[pc])


driver = JitDriver(greens=["pc", "program", "brackets"], reds=["tape", "pos", "out", "limit"],
                   get_printable_location=get_location)


class Tape:
    def __init__(self):
        self.cells = [0] * 300
        self.ptr = 0


def build_brackets(program):
    stack = []
    table = {}
    for i in range(len(program)):
        c = program[i]
        if c == "[":
            stack.append(i)
        elif c == "]":
            j = stack.pop()
            table[i] = j
            table[j] = i
    if stack:
        raise ValueError("unmatched '[' at %d" % stack[-1])
    return table


def run(program, limit):
    brackets = build_brackets(program)
    tape = Tape()
    pos = 0
    out = []
    pc = 0
    while pc < len(program):
        driver.jit_merge_point(pc=pc, program=program, brackets=brackets, tape=tape, pos=pos, out=out,
                               limit=limit)
        c = program[pc]
        if c == ">":
            tape.ptr += 1
        elif c == "<":
            tape.ptr -= 1
        elif c == "+":
            tape.cells[tape.ptr] = (tape.cells[tape.ptr] + 1) & 255
        elif c == "-":
            tape.cells[tape.ptr] = (tape.cells[tape.ptr] - 1) & 255
        elif c == ".":
            out.append(chr(tape.cells[tape.ptr]))
            if len(out) >= limit:
                break
        elif c == "[":
            if tape.cells[tape.ptr] == 0:
                pc = brackets[pc]
        elif c == "]":
            if tape.cells[tape.ptr] != 0:
                pc = brackets[pc]
        pc += 1
    return "".join(out)


def entry_point(argv):
    print(repr(run(HELLO, 1000)))
    sq = run(SQUARES, 120)
    lines = sq.split("\n")
    print(len(lines), lines[:12], lines[-2], repr(lines[-1]))
    print(repr(run("+++++++++[>+++++++<-]>.+.+.", 10)))
    try:
        run("[[]", 10)
    except ValueError as e:
        print("error:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
