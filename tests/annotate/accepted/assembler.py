# A two-pass assembler for a toy ISA: the first pass collects labels, the second encodes
# instructions into 16-bit words; errors carry the line number. Also a disassembler.

OPCODES = {"mov": 1, "add": 2, "sub": 3, "jmp": 4, "jz": 5, "out": 6, "hlt": 7}
NAMES = dict([(v, k) for k, v in OPCODES.items()])
REGISTERS = {"r0": 0, "r1": 1, "r2": 2, "r3": 3}


class AsmError(Exception):
    def __init__(self, lineno, message):
        self.lineno = lineno
        self.message = message


def operand(text, labels, lineno):
    if text in REGISTERS:
        return REGISTERS[text]
    if text in labels:
        return labels[text]
    if text.startswith("#"):
        return int(text[1:]) & 0xFF
    raise AsmError(lineno, "bad operand '%s'" % text)


def assemble(source):
    lines = []
    labels = {}
    for lineno, raw in enumerate(source.split("\n")):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
            continue
        lines.append((lineno + 1, line))
    words = []
    for lineno, line in lines:
        parts = line.replace(",", " ").split()
        op = parts[0]
        if op not in OPCODES:
            raise AsmError(lineno, "unknown instruction '%s'" % op)
        word = OPCODES[op] << 12
        if len(parts) > 1:
            word |= operand(parts[1], labels, lineno) << 8
        if len(parts) > 2:
            word |= operand(parts[2], labels, lineno)
        words.append(word)
    return words


def disassemble(words):
    out = []
    for w in words:
        out.append("%s %d %d" % (NAMES[w >> 12], (w >> 8) & 0xF, w & 0xFF))
    return out


PROGRAM = """
start:
    mov r0, #5      ; counter
    mov r1, #0
loop:
    add r1, r0
    sub r0, #1
    jz r0, end
    jmp loop
end:
    out r1
    hlt
"""


def entry_point(argv):
    words = assemble(PROGRAM)
    print(["%04x" % w for w in words])
    print("; ".join(disassemble(words)))
    for bad in ["mov r9, #1", "nop", "jmp nowhere"]:
        try:
            assemble(bad)
        except AsmError as e:
            print("line %d: %s" % (e.lineno, e.message))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
