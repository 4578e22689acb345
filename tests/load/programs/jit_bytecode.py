"""A register-less bytecode interpreter with a JIT driver, using RPython's target()
convention. The bytecode of the sample programs is assembled at load time into prebuilt Code
objects (with _immutable_fields_); the JitDriver instance, its get_printable_location hook and
the opcode-name table are load-time constants; hot helpers carry @elidable/@unroll_safe."""

from kiln import jit
from kiln.jit import JitDriver, elidable, promote, unroll_safe

OPCODES = ["LOAD_CONST", "LOAD_ACC", "STORE_ACC", "ADD", "SUB", "MUL", "DEC_JNZ", "SET_COUNTER",
           "PRINT_ACC", "RETURN"]
OPCODE_NUMBER = {name: number for number, name in enumerate(OPCODES)}
for _name, _number in OPCODE_NUMBER.items():
    globals()[_name] = _number
HAS_ARGUMENT = [name in ("LOAD_CONST", "DEC_JNZ", "SET_COUNTER") for name in OPCODES]


class Code:
    _immutable_fields_ = ["name", "bytecode[*]", "consts[*]"]

    def __init__(self, name, bytecode, consts):
        self.name = name
        self.bytecode = bytecode
        self.consts = consts


def get_printable_location(pc, code):
    return "%s:%d %s" % (code.name, pc, OPCODES[code.bytecode[pc]])


driver = JitDriver(greens=["pc", "code"], reds=["acc", "counter", "tmp"],
                   get_printable_location=get_printable_location, name="bytecode")


def assemble(name, text):
    bytecode, consts, labels, fixups = [], [], {}, []
    for line in text.split(";"):
        words = line.split()
        if words and words[0].endswith(":"):
            labels[words[0][:-1]] = len(bytecode)
            words = words[1:]
        if not words:
            continue
        bytecode.append(OPCODE_NUMBER[words[0]])
        if HAS_ARGUMENT[OPCODE_NUMBER[words[0]]]:
            if words[0] == "LOAD_CONST":
                consts.append(int(words[1]))
                bytecode.append(len(consts) - 1)
            elif words[0] == "DEC_JNZ":
                fixups.append((len(bytecode), words[1]))
                bytecode.append(0)
            else:
                bytecode.append(int(words[1]))
    for position, label in fixups:
        bytecode[position] = labels[label]
    return Code(name, bytecode, consts)


TRIANGLE = assemble("triangle", "SET_COUNTER 1000; loop: LOAD_ACC; ADD; STORE_ACC; "
                                "DEC_JNZ loop; PRINT_ACC; RETURN")
FACTORIAL = assemble("factorial", "LOAD_CONST 1; STORE_ACC; SET_COUNTER 20; loop: LOAD_ACC; "
                                  "MUL; STORE_ACC; DEC_JNZ loop; PRINT_ACC; RETURN")
PROGRAMS = {"triangle": TRIANGLE, "factorial": FACTORIAL}


@elidable
def const_at(code, index):
    return code.consts[index]


@unroll_safe
def describe(code):
    names = []
    pc = 0
    while pc < len(code.bytecode):
        op = code.bytecode[pc]
        names.append(OPCODES[op])
        pc += 2 if HAS_ARGUMENT[op] else 1
    return " ".join(names)


def interpret(code, output):
    pc = 0
    acc = 0
    counter = 0
    tmp = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, acc=acc, counter=counter, tmp=tmp)
        op = promote(code.bytecode[pc])
        pc += 1
        if op == LOAD_CONST:
            tmp = const_at(code, code.bytecode[pc])
            pc += 1
        elif op == LOAD_ACC:
            tmp = acc
        elif op == STORE_ACC:
            acc = tmp
        elif op == ADD:
            tmp = tmp + counter
        elif op == SUB:
            tmp = tmp - counter
        elif op == MUL:
            tmp = tmp * counter
        elif op == SET_COUNTER:
            counter = code.bytecode[pc]
            pc += 1
        elif op == DEC_JNZ:
            counter -= 1
            if counter != 0:
                pc = code.bytecode[pc]
                driver.can_enter_jit(pc=pc, code=code, acc=acc, counter=counter, tmp=tmp)
            else:
                pc += 1
        elif op == PRINT_ACC:
            output.append("%s: %d" % (code.name, acc))
        elif op == RETURN:
            return acc


def entry_point(argv):
    names = argv[1:] if len(argv) > 1 else ["triangle", "factorial"]
    output = []
    for name in names:
        if name not in PROGRAMS:
            print("no program " + name)
            return 1
        code = PROGRAMS[name]
        print(describe(code))
        interpret(code, output)
    for line in output:
        print(line)
    print(get_printable_location(0, TRIANGLE))
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
