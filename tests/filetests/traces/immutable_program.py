# test: traces
# jit: threshold=3,trace_eagerness=1000
# counter_loop.py with the program in an object whose `_immutable_fields_` say its list of
# opcodes never changes (`ops[*]`): the opcode reads of the constant program fold, and so does
# the dispatch on them; what is left of the interpreter is the work of the interpreted program.
from kiln.jit import JitDriver


class Program(object):
    _immutable_fields_ = ["ops[*]"]

    def __init__(self, ops):
        self.ops = ops


def where(pc, code):
    return "%d:%d" % (pc, code.ops[pc])


driver = JitDriver(greens=["pc", "code"], reds=["acc", "n"], get_printable_location=where)

INC, DEC_N, JUMP_IF_N = 0, 1, 2


def run(code, n):
    pc = 0
    acc = 0
    while pc < len(code.ops):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, n=n)
        op = code.ops[pc]
        if op == INC:
            acc += 3
            pc += 1
        elif op == DEC_N:
            n -= 1
            pc += 1
        else:
            if n > 0:
                pc = 0
            else:
                pc += 1
    return acc


def entry_point(argv):
    print(run(Program([INC, DEC_N, JUMP_IF_N]), 50))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# {jit-log-opt-loop
# # Loop 0 (0:0) : 8 ops
# [i0, i1]
# debug_merge_point('0:0')
# i2 = int_add(i0, 3)
# debug_merge_point('1:1')
# i3 = int_sub(i1, 1)
# debug_merge_point('2:2')
# i4 = int_gt(i3, 0)
# guard_true(i4) [guard 0: i3 i2 i4]
# jump(i2, i3, descr=Loop 0)
