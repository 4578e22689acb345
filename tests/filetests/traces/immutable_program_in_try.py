# test: traces
# jit: threshold=3,trace_eagerness=1000
# immutable_program.py with the opcode read inside `try: ... except IndexError:`, where the
# rtyper calls the helper kiln_list_getitem, and an accumulator that may be None, tested with
# isinstance (the helper kiln_instance_isinstance). The codewriter writes both helpers out
# (docs/jitcode.md "Helpers written out"): the opcode reads of the constant program still fold,
# and so does the dispatch on them; of the isinstance on an object the trace allocated, the
# null test and the typeptr load fold.
from kiln.jit import JitDriver


class Program(object):
    _immutable_fields_ = ["ops[*]"]

    def __init__(self, ops):
        self.ops = ops


class Num(object):
    def __init__(self, value):
        self.value = value


def where(pc, code):
    return "%d:%d" % (pc, code.ops[pc])


driver = JitDriver(greens=["pc", "code"], reds=["acc", "n"], get_printable_location=where)

INC, DEC_N, JUMP_IF_N, CLEAR = 0, 1, 2, 3


def run(code, n):
    pc = 0
    acc = Num(0)
    while pc < len(code.ops):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, n=n)
        try:
            op = code.ops[pc]
        except IndexError:
            op = -1
        if op == INC:
            if isinstance(acc, Num):
                acc = Num(acc.value + 3)
            pc += 1
        elif op == DEC_N:
            n -= 1
            pc += 1
        elif op == JUMP_IF_N:
            if n > 0:
                pc = 0
            else:
                pc += 1
        else:
            acc = None
            pc += 1
    if acc is None:
        return -1
    return acc.value


def entry_point(argv):
    ops = [INC, INC, DEC_N, JUMP_IF_N]
    if len(argv) > 5:
        ops.append(CLEAR)
    print(run(Program(ops), 50))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# {jit-log-opt-loop
# # Loop 0 (0:0) : 44 ops
# [p0, i1]
# debug_merge_point('0:0')
# i2 = ptr_nonzero(p0)
# guard_true(i2) [guard 0: i1 i2 p0]
# p3 = getfield_gc_r(p0, descr=GcStruct object.typeptr)
# i4 = getfield_gc_i(p3, descr=Struct object_vtable.subclassrange_min)
# i5 = int_eq(i4, 2)
# guard_true(i5) [guard 1: i1 i5 p0]
# i6 = getfield_gc_i(p0, descr=GcStruct immutable_program_in_try.Num.inst_value)
# i7 = int_add(i6, 3)
# debug_merge_point('1:0')
# i11 = getfield_gc_i(ConstPtr(...), descr=Struct object_vtable.subclassrange_min)
# i12 = int_eq(i11, 2)
# guard_true(i12) [guard 3: i1 i12 i7; p8 = GcStruct immutable_program_in_try.Num(GcStruct object.typeptr=ConstPtr(...), GcStruct immutable_program_in_try.Num.inst_value=i7)]
# i14 = int_add(i6, 6)
# debug_merge_point('2:1')
# i16 = int_sub(i1, 1)
# debug_merge_point('3:2')
# i17 = int_gt(i16, 0)
# guard_true(i17) [guard 4: i16 i17 i14; p15 = GcStruct immutable_program_in_try.Num(GcStruct object.typeptr=ConstPtr(...), GcStruct immutable_program_in_try.Num.inst_value=i14)]
# p15 = new(descr=GcStruct immutable_program_in_try.Num)
# setfield_gc(p15, ConstPtr(...), descr=GcStruct object.typeptr)
# setfield_gc(p15, i14, descr=GcStruct immutable_program_in_try.Num.inst_value)
# jump(p15, i16, descr=Loop 0)
# label(p18, i19)
# debug_merge_point('0:0')
# i20 = ptr_nonzero(p18)
# guard_true(i20) [guard 5: i19 i20 p18]
# p21 = getfield_gc_r(p18, descr=GcStruct object.typeptr)
# i22 = getfield_gc_i(p21, descr=Struct object_vtable.subclassrange_min)
# i23 = int_eq(i22, 2)
# guard_true(i23) [guard 6: i19 i23 p18]
# i24 = getfield_gc_i(p18, descr=GcStruct immutable_program_in_try.Num.inst_value)
# i25 = int_add(i24, 3)
# debug_merge_point('1:0')
# i26 = int_add(i24, 6)
# debug_merge_point('2:1')
# i27 = int_sub(i19, 1)
# debug_merge_point('3:2')
# i28 = int_gt(i27, 0)
# guard_true(i28) [guard 7: i27 i28 i26; i29 = GcStruct immutable_program_in_try.Num(GcStruct object.typeptr=ConstPtr(...), GcStruct immutable_program_in_try.Num.inst_value=i26)]
# p30 = new(descr=GcStruct immutable_program_in_try.Num)
# setfield_gc(p30, ConstPtr(...), descr=GcStruct object.typeptr)
# setfield_gc(p30, i26, descr=GcStruct immutable_program_in_try.Num.inst_value)
# jump(p30, i27, descr=Loop 0)
