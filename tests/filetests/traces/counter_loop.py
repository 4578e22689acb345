# test: traces
# jit: threshold=3,trace_eagerness=1000
# The optimized trace of a small interpreter's loop: the greens are constants (pc, the code
# list), the reds the loop's inputs; each interpreted instruction starts with a
# debug_merge_point naming it (get_printable_location); the index check (an elidable helper on
# constants: the list's length is constant, arrays never change length) folds away; the opcodes
# are loaded from the constant list, which may change (no `[*]` hint: compare
# immutable_program.py), and guarded; the loop closes at the same green key.
from kiln.jit import JitDriver


def where(pc, code):
    return "%d:%d" % (pc, code[pc])


driver = JitDriver(greens=["pc", "code"], reds=["acc", "n"], get_printable_location=where)

INC, DEC_N, JUMP_IF_N = 0, 1, 2


def run(code, n):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, n=n)
        op = code[pc]
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
    print(run([INC, DEC_N, JUMP_IF_N], 50))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# {jit-log-opt-loop
# # Loop 0 (0:0) : 21 ops
# [i0, i1]
# debug_merge_point('0:0')
# i2 = getarrayitem_gc_i(ConstPtr(...), 0, descr=GcArray(Signed))
# i3 = int_eq(i2, 0)
# guard_true(i3) [guard 0: i1 i0 i2 i3]
# i4 = int_add(i0, 3)
# debug_merge_point('1:1')
# i5 = getarrayitem_gc_i(ConstPtr(...), 1, descr=GcArray(Signed))
# i6 = int_eq(i5, 0)
# guard_false(i6) [guard 1: i1 i4 i5 i6]
# i7 = int_eq(i5, 1)
# guard_true(i7) [guard 2: i1 i4 i7]
# i8 = int_sub(i1, 1)
# debug_merge_point('2:2')
# i9 = getarrayitem_gc_i(ConstPtr(...), 2, descr=GcArray(Signed))
# i10 = int_eq(i9, 0)
# guard_false(i10) [guard 3: i8 i4 i9 i10]
# i11 = int_eq(i9, 1)
# guard_false(i11) [guard 4: i8 i4 i11]
# i12 = int_gt(i8, 0)
# guard_true(i12) [guard 5: i8 i4 i12]
# jump(i4, i8, descr=Loop 0)
