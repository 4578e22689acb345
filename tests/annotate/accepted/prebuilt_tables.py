# Tables computed at load time (module-level code runs in CPython and may do anything):
# opcode metadata generated from a spec string, a CRC table, a precedence table, and
# prebuilt singleton instances that run-time code reads and mutates.

SPEC = """
nop 0 0
load_const 1 1
load_local 1 1
store_local 1 -1
binary_add 0 -1
binary_mul 0 -1
jump 1 0
return 0 -1
"""

OPNAMES = []
ARGCOUNT = []
STACK_EFFECT = []
for _line in SPEC.strip().splitlines():
    _name, _nargs, _effect = _line.split()
    OPNAMES.append(_name)
    ARGCOUNT.append(int(_nargs))
    STACK_EFFECT.append(int(_effect))
OPCODES = dict((_n, _i) for _i, _n in enumerate(OPNAMES))
globals().update(dict((_n.upper(), _i) for _i, _n in enumerate(OPNAMES)))


def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


CRC_TABLE = _make_crc_table()
PRECEDENCE = {"or": 1, "and": 2, "==": 3, "<": 3, "+": 4, "-": 4, "*": 5, "/": 5}


class Stats(object):
    def __init__(self):
        self.calls = 0
        self.bytes = 0


STATS = Stats()


def crc32(data):
    crc = 0xFFFFFFFF
    for c in data:
        crc = CRC_TABLE[(crc ^ ord(c)) & 0xFF] ^ (crc >> 8)
        STATS.bytes += 1
    STATS.calls += 1
    return crc ^ 0xFFFFFFFF


def max_stack(code):
    depth = 0
    deepest = 0
    pc = 0
    while pc < len(code):
        op = code[pc]
        depth += STACK_EFFECT[op]
        if depth > deepest:
            deepest = depth
        pc += 1 + ARGCOUNT[op]
    return deepest


def entry_point(argv):
    code = [LOAD_CONST, 0, LOAD_LOCAL, 1, BINARY_ADD, LOAD_CONST, 2, BINARY_MUL, STORE_LOCAL, 0, RETURN]
    print("max stack: %d" % max_stack(code))
    print(" ".join([OPNAMES[code[i]] for i in [0, 2, 4, 7]]))
    print("opcode of jump: %d" % OPCODES["jump"])
    print("crc32: %d %d" % (crc32("hello"), crc32("kiln")))
    print("calls=%d bytes=%d" % (STATS.calls, STATS.bytes))
    ops = sorted([k for k in PRECEDENCE.keys()])
    print(" ".join(["%s:%d" % (op, PRECEDENCE[op]) for op in ops]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
