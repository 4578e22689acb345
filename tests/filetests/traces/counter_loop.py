# test: traces
# jit: threshold=3,trace_eagerness=1000
# The optimized trace of a small interpreter's loop: the greens are constants (pc, the code
# list), the reds the loop's inputs; each interpreted instruction starts with a
# debug_merge_point naming it (get_printable_location); the index check is an elidable helper
# folded to nothing but its exception guard... not yet: the list's length is read again each
# time (JIT 1/2 has no heap cache) so the call stays; the dispatch is guards on the opcode
# loaded from the constant list (mutable: not folded); the loop closes at the same green key.
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
# # Loop 0 (0:0) : 39 ops
# [i0, i1]
# debug_merge_point('0:0')
# i2 = arraylen_gc(ConstPtr(...), descr=GcArray(Signed))
# i3 = call_pure_i(0, i2, 0, descr=kiln_check_index)
# guard_no_exception() [guard 0: i1 i0 i3]
# i4 = getarrayitem_gc_i(ConstPtr(...), i3, descr=GcArray(Signed))
# i5 = int_eq(i4, 0)
# guard_true(i5) [guard 1: i1 i0 i4 i5]
# i6 = int_add(i0, 3)
# i7 = arraylen_gc(ConstPtr(...), descr=GcArray(Signed))
# i8 = int_lt(1, i7)
# guard_true(i8) [guard 2: i1 i6 i8]
# debug_merge_point('1:1')
# i9 = arraylen_gc(ConstPtr(...), descr=GcArray(Signed))
# i10 = call_pure_i(1, i9, 0, descr=kiln_check_index)
# guard_no_exception() [guard 3: i1 i6 i10]
# i11 = getarrayitem_gc_i(ConstPtr(...), i10, descr=GcArray(Signed))
# i12 = int_eq(i11, 0)
# guard_false(i12) [guard 4: i1 i6 i11 i12]
# i13 = int_eq(i11, 1)
# guard_true(i13) [guard 5: i1 i6 i13]
# i14 = int_sub(i1, 1)
# i15 = arraylen_gc(ConstPtr(...), descr=GcArray(Signed))
# i16 = int_lt(2, i15)
# guard_true(i16) [guard 6: i14 i6 i16]
# debug_merge_point('2:2')
# i17 = arraylen_gc(ConstPtr(...), descr=GcArray(Signed))
# i18 = call_pure_i(2, i17, 0, descr=kiln_check_index)
# guard_no_exception() [guard 7: i14 i6 i18]
# i19 = getarrayitem_gc_i(ConstPtr(...), i18, descr=GcArray(Signed))
# i20 = int_eq(i19, 0)
# guard_false(i20) [guard 8: i14 i6 i19 i20]
# i21 = int_eq(i19, 1)
# guard_false(i21) [guard 9: i14 i6 i21]
# i22 = int_gt(i14, 0)
# guard_true(i22) [guard 10: i14 i6 i22]
# i23 = arraylen_gc(ConstPtr(...), descr=GcArray(Signed))
# i24 = int_lt(0, i23)
# guard_true(i24) [guard 11: i14 i6 i24]
# jump(i6, i14, descr=Loop 0)
