# test: traces
# jit: threshold=3,trace_eagerness=1000
# immutable_program.py with the opcode read inside `try: ... except IndexError:`, where the
# rtyper calls the helper kiln_list_getitem, and an accumulator that may be None, tested with
# isinstance (the helper kiln_instance_isinstance). The codewriter writes both helpers out
# (docs/jitcode.md "Helpers written out"): the opcode reads of the constant program still fold,
# and so does the dispatch on them; the isinstance on an object the trace allocated folds
# whole: the null test, the typeptr load (known from the allocation), the class's id (an
# immutable field of the constant vtable) and the comparison.
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
# # Loop 0 (0:0) : 19 ops
# [p0, i1]
# debug_merge_point('0:0')
# i2 = ptr_nonzero(p0)
# guard_true(i2) [guard 0: i1 i2 p0]
# p3 = getfield_gc_r(p0, descr=GcStruct object.typeptr)
# i4 = getfield_gc_i(p3, descr=Struct object_vtable.subclassrange_min)
# i5 = int_eq(i4, 2)
# guard_true(i5) [guard 1: i1 i5 p0]
# i6 = getfield_gc_i(p0, descr=GcStruct immutable_program_in_try.Num.inst_value)
# debug_merge_point('1:0')
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
