# Hints: a kiln.jit.JitDriver with greens/reds, jit_merge_point and can_enter_jit in a bytecode interpreter loop.
from kiln.jit import JitDriver


def get_location(pc, program):
    return "%d:%s" % (pc, program[pc])


driver = JitDriver(greens=["pc", "program"], reds=["acc", "counter", "regs"],
                   get_printable_location=get_location)


def interpret(program, start):
    pc = 0
    acc = start
    counter = 0
    regs = [0] * 4
    while pc < len(program):
        driver.jit_merge_point(pc=pc, program=program, acc=acc, counter=counter, regs=regs)
        op = program[pc]
        if op == "+":
            acc += 1
        elif op == "-":
            acc -= 1
        elif op == "d":
            acc *= 2
        elif op == "s":
            regs[counter % 4] += acc
        elif op == "c":
            counter += 1
        elif op == "[":
            if acc == 0:
                depth = 1
                while depth > 0:
                    pc += 1
                    if program[pc] == "[":
                        depth += 1
                    elif program[pc] == "]":
                        depth -= 1
        elif op == "]":
            if acc != 0:
                depth = 1
                while depth > 0:
                    pc -= 1
                    if program[pc] == "]":
                        depth += 1
                    elif program[pc] == "[":
                        depth -= 1
                driver.can_enter_jit(pc=pc, program=program, acc=acc, counter=counter, regs=regs)
        pc += 1
    return acc, counter, regs


def entry_point(argv):
    programs = ["+++d-", "++++++++++[-cs]", "+++[d--[-cs]]", "[+++]", "+[-c+[-sc]]", "ddd+[-c]"]
    for p in programs:
        acc, counter, regs = interpret(p, 0)
        print(p, "acc", acc, "counter", counter, "regs", regs)
    acc, counter, regs = interpret("[-cs]", 1000)
    print("countdown", acc, counter, regs)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
