# test: jitcode
# Two runtime helpers the codewriter writes out as jitcode instead of residual calls
# (docs/jitcode.md "Helpers written out"):
# - a list read whose IndexError a handler catches (kiln_list_getitem): the length, the index
#   check kiln_check_index_wrap and its catch_exception, then the item; through the `[*]` field
#   (`code.ops[pc]`) the descrs are immutable (`[*]`), for a resizable list (`stack[i]`) the
#   items array is loaded after the check; a tuple's items (`pair[i]`) say `tuple` (kind 2);
# - isinstance of an instance that may be None (kiln_instance_isinstance): the null test, the
#   typeptr and its class id, compared with int_eq for a class without subclasses (Leaf) and
#   with int_sub and uint_lt for a range (Base).
from kiln.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["acc", "box"])


class Code(object):
    _immutable_fields_ = ["ops[*]"]

    def __init__(self, ops):
        self.ops = ops


class Base(object):
    pass


class Leaf(Base):
    pass


class Other(Base):
    pass


def step(code, pc, acc):
    stack = [1, 2]
    stack.append(acc)
    pair = (acc, 5)
    try:
        op = code.ops[pc]
    except IndexError:
        op = -1
    try:
        x = stack[op]
    except IndexError:
        x = 0
    try:
        y = pair[op]
    except IndexError:
        y = 0
    return x + y


def run(code, acc, box):
    pc = 0
    while pc < 3:
        driver.jit_merge_point(pc=pc, code=code, acc=acc, box=box)
        acc += step(code, pc, acc)
        if isinstance(box, Leaf):
            acc += 1
        elif isinstance(box, Base):
            box = None
        pc += 1
    return acc


def entry_point(argv):
    box = Leaf() if len(argv) > 1 else Other()
    if len(argv) > 2:
        box = None
    print(run(Code([0, 1, 5]), len(argv), box))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# driver kiln.jit.JitDriver#11: portal helpers_written_out.run, merge point @68, greens (ir), reds (ir) -> i
#
# jitcode 0 helpers_written_out.run
#   registers: i 26+4 r 23+1 f 0+0
#   %i26 = 0
#   %i27 = 3
#   %i28 = 2
#   %i29 = 1
#   %r23 = null
#      0  ref_copy                   %r0 -> %r2
#      5  int_copy                   %i0 -> %i1
#     10  ref_copy                   %r1 -> %r3
#     15  int_copy                   %i26 -> %i2
#     20  int_lt                     %i2, %i27 -> %i3
#     27  live                       [%i1 %i2 %i3 %r2 %r3]
#     30  goto_if_not                %i3, @62
#     37  ref_copy                   %r2 -> %r4
#     42  int_copy                   %i1 -> %i4
#     47  ref_copy                   %r3 -> %r5
#     52  int_copy                   %i2 -> %i5
#     57  goto                       @65
#     62  int_return                 %i1
#     65  live                       [%i4 %i5 %r4 %r5]
#     68  jit_merge_point            <driver kiln.jit.JitDriver#11>, [%i5, %r4, %i4, %r5]
#     80  inline_call_i              <call helpers_written_out.step (rii)->i jitcode 1 can_raise>, [%r4, %i5, %i4] -> %i6
#     92  live                       [%i4 %i5 %i6 %r4 %r5]
#     95  int_add                    %i4, %i6 -> %i7
#    102  ref_copy                   %r5 -> %r6
#    107  ptr_nonzero                %r6 -> %i8
#    112  live                       [%i5 %i7 %i8 %r4 %r5 %r6]
#    115  goto_if_not                %i8, @143
#    122  getfield_r                 %r6, <field GcStruct object.typeptr @0 r8> -> %r21
#    129  getfield_i                 %r21, <field Struct object_vtable.subclassrange_min @0 i8> -> %i23
#    136  int_eq                     %i23, %i28 -> %i8
#    143  live                       [%i5 %i7 %i8 %r4 %r5]
#    146  goto_if_not                %i8, @178
#    153  ref_copy                   %r4 -> %r11
#    158  int_copy                   %i7 -> %i14
#    163  ref_copy                   %r5 -> %r12
#    168  int_copy                   %i5 -> %i15
#    173  goto                       @326
#    178  ref_copy                   %r4 -> %r7
#    183  int_copy                   %i7 -> %i9
#    188  ref_copy                   %r5 -> %r8
#    193  int_copy                   %i5 -> %i10
#    198  ref_copy                   %r8 -> %r9
#    203  ptr_nonzero                %r9 -> %i11
#    208  live                       [%i9 %i10 %i11 %r7 %r8 %r9]
#    211  goto_if_not                %i11, @246
#    218  getfield_r                 %r9, <field GcStruct object.typeptr @0 r8> -> %r22
#    225  getfield_i                 %r22, <field Struct object_vtable.subclassrange_min @0 i8> -> %i24
#    232  int_sub                    %i24, %i29 -> %i25
#    239  uint_lt                    %i25, %i27 -> %i11
#    246  live                       [%i9 %i10 %i11 %r7 %r8]
#    249  goto_if_not                %i11, @276
#    256  ref_copy                   %r7 -> %r10
#    261  int_copy                   %i9 -> %i12
#    266  int_copy                   %i10 -> %i13
#    271  goto                       @301
#    276  ref_copy                   %r7 -> %r17
#    281  int_copy                   %i9 -> %i19
#    286  ref_copy                   %r8 -> %r18
#    291  int_copy                   %i10 -> %i20
#    296  goto                       @383
#    301  ref_copy                   %r10 -> %r17
#    306  int_copy                   %i12 -> %i19
#    311  ref_copy                   %r23 -> %r18
#    316  int_copy                   %i13 -> %i20
#    321  goto                       @383
#    326  ref_copy                   %r12 -> %r13
#    331  ref_copy                   %r11 -> %r14
#    336  int_copy                   %i14 -> %i16
#    341  ref_copy                   %r13 -> %r15
#    346  int_copy                   %i15 -> %i17
#    351  int_add                    %i16, %i29 -> %i18
#    358  ref_copy                   %r15 -> %r16
#    363  ref_copy                   %r14 -> %r17
#    368  int_copy                   %i18 -> %i19
#    373  ref_copy                   %r16 -> %r18
#    378  int_copy                   %i17 -> %i20
#    383  int_add                    %i20, %i29 -> %i21
#    390  ref_copy                   %r17 -> %r2
#    395  int_copy                   %i19 -> %i1
#    400  ref_copy                   %r18 -> %r3
#    405  int_copy                   %i21 -> %i2
#    410  goto                       @20
#
# jitcode 1 helpers_written_out.step
#   registers: i 31+7 r 57+1 f 0+0
#   %i31 = 2
#   %i32 = 1
#   %i33 = 0
#   %i34 = 5
#   %i35 = 8
#   %i36 = 9
#   %i37 = -1
#   %r57 = vtable_Exception
#      0  new_array                  %i31, <size GcArray(Signed) 8+n*8> -> %r1
#      7  setarrayitem_i             %r1, %i33, %i32, <array GcArray(Signed) items@8+i*8 i8>
#     16  setarrayitem_i             %r1, %i32, %i31, <array GcArray(Signed) items@8+i*8 i8>
#     25  new                        <size GcStruct list_Signed 16 gc> -> %r2
#     30  setfield_i                 %r2, %i31, <field GcStruct list_Signed.length @0 i8>
#     37  setfield_r                 %r2, %r1, <field GcStruct list_Signed.items @8 r8>
#     44  residual_call_v            <call kiln_list_append (ri)->v residual>, [%r2, %i1]
#     52  live                       [%i0 %i1 %r0 %r2]
#     55  new                        <size GcStruct tuple2_Signed_Signed 16> -> %r3
#     60  setfield_i                 %r3, %i1, <field GcStruct tuple2_Signed_Signed.item0 @0 i8>
#     67  setfield_i                 %r3, %i34, <field GcStruct tuple2_Signed_Signed.item1 @8 i8>
#     74  getfield_r                 %r0, <field GcStruct helpers_written_out.Code.inst_ops @8 r8> -> %r4
#     81  int_copy                   %i0 -> %i2
#     86  ref_copy                   %r2 -> %r5
#     91  ref_copy                   %r3 -> %r6
#     96  ref_copy                   %r4 -> %r7
#    101  getarraysize               %r7, <array GcArray(Signed) items@8+i*8 i8> -> %i26
#    108  residual_call_i            <call kiln_check_index_wrap (iii)->i residual can_raise elidable>, [%i2, %i26, %i33] -> %i25
#    120  live                       [%i25 %r5 %r6 %r7]
#    123  catch_exception            @157
#    128  getarrayitem_i             %r7, %i25, <array GcArray(Signed) [*] items@8+i*8 i8> -> %i3
#    137  ref_copy                   %r5 -> %r22
#    142  ref_copy                   %r6 -> %r23
#    147  int_copy                   %i3 -> %i6
#    152  goto                       @300
#    157  goto_if_exception_mismatch %r57, @195
#    164  last_exception              -> %r50
#    167  last_exc_value              -> %r51
#    170  ref_copy                   %r50 -> %r8
#    175  ref_copy                   %r51 -> %r9
#    180  ref_copy                   %r5 -> %r10
#    185  ref_copy                   %r6 -> %r11
#    190  goto                       @196
#    195  reraise
#    196  ref_copy                   %r8 -> %r12
#    201  ref_copy                   %r12 -> %r13
#    206  ref_copy                   %r9 -> %r14
#    211  ref_copy                   %r10 -> %r15
#    216  ref_copy                   %r11 -> %r16
#    221  ref_copy                   %r13 -> %r17
#    226  getfield_i                 %r17, <field Struct object_vtable.subclassrange_min @0 i8> -> %i4
#    233  int_between                %i35, %i4, %i36 -> %i5
#    242  live                       [%i5 %r13 %r14 %r15 %r16]
#    245  goto_if_not                %i5, @272
#    252  ref_copy                   %r15 -> %r22
#    257  ref_copy                   %r16 -> %r23
#    262  int_copy                   %i37 -> %i6
#    267  goto                       @300
#    272  ref_copy                   %r13 -> %r18
#    277  ref_copy                   %r14 -> %r19
#    282  ref_copy                   %r18 -> %r20
#    287  ref_copy                   %r19 -> %r21
#    292  live                       [%r20 %r21]
#    295  raise                      %r20, %r21
#    300  getfield_i                 %r22, <field GcStruct list_Signed.length @0 i8> -> %i28
#    307  residual_call_i            <call kiln_check_index_wrap (iii)->i residual can_raise elidable>, [%i6, %i28, %i33] -> %i27
#    319  live                       [%i6 %i27 %r22 %r23]
#    322  catch_exception            @363
#    327  getfield_r                 %r22, <field GcStruct list_Signed.items @8 r8> -> %r52
#    334  getarrayitem_i             %r52, %i27, <array GcArray(Signed) items@8+i*8 i8> -> %i7
#    343  ref_copy                   %r23 -> %r36
#    348  int_copy                   %i6 -> %i12
#    353  int_copy                   %i7 -> %i13
#    358  goto                       @506
#    363  goto_if_exception_mismatch %r57, @401
#    370  last_exception              -> %r53
#    373  last_exc_value              -> %r54
#    376  ref_copy                   %r53 -> %r24
#    381  ref_copy                   %r54 -> %r25
#    386  ref_copy                   %r23 -> %r26
#    391  int_copy                   %i6 -> %i8
#    396  goto                       @402
#    401  reraise
#    402  ref_copy                   %r24 -> %r27
#    407  ref_copy                   %r27 -> %r28
#    412  ref_copy                   %r25 -> %r29
#    417  ref_copy                   %r26 -> %r30
#    422  int_copy                   %i8 -> %i9
#    427  ref_copy                   %r28 -> %r31
#    432  getfield_i                 %r31, <field Struct object_vtable.subclassrange_min @0 i8> -> %i10
#    439  int_between                %i35, %i10, %i36 -> %i11
#    448  live                       [%i9 %i11 %r28 %r29 %r30]
#    451  goto_if_not                %i11, @478
#    458  ref_copy                   %r30 -> %r36
#    463  int_copy                   %i9 -> %i12
#    468  int_copy                   %i33 -> %i13
#    473  goto                       @506
#    478  ref_copy                   %r28 -> %r32
#    483  ref_copy                   %r29 -> %r33
#    488  ref_copy                   %r32 -> %r34
#    493  ref_copy                   %r33 -> %r35
#    498  live                       [%r34 %r35]
#    501  raise                      %r34, %r35
#    506  new_array                  %i31, <size GcArray(Signed) 8+n*8> -> %r37
#    513  getfield_i                 %r36, <field GcStruct tuple2_Signed_Signed.item0 @0 i8> -> %i14
#    520  setarrayitem_i             %r37, %i33, %i14, <array GcArray(Signed) items@8+i*8 i8>
#    529  getfield_i                 %r36, <field GcStruct tuple2_Signed_Signed.item1 @8 i8> -> %i15
#    536  setarrayitem_i             %r37, %i32, %i15, <array GcArray(Signed) items@8+i*8 i8>
#    545  getarraysize               %r37, <array GcArray(Signed) items@8+i*8 i8> -> %i30
#    552  residual_call_i            <call kiln_check_index_wrap (iii)->i residual can_raise elidable>, [%i12, %i30, %i31] -> %i29
#    564  live                       [%i13 %i29 %r37]
#    567  catch_exception            @596
#    572  getarrayitem_i             %r37, %i29, <array GcArray(Signed) items@8+i*8 i8> -> %i16
#    581  int_copy                   %i13 -> %i21
#    586  int_copy                   %i16 -> %i22
#    591  goto                       @724
#    596  goto_if_exception_mismatch %r57, @629
#    603  last_exception              -> %r55
#    606  last_exc_value              -> %r56
#    609  ref_copy                   %r55 -> %r38
#    614  ref_copy                   %r56 -> %r39
#    619  int_copy                   %i13 -> %i17
#    624  goto                       @630
#    629  reraise
#    630  ref_copy                   %r38 -> %r40
#    635  ref_copy                   %r40 -> %r41
#    640  ref_copy                   %r39 -> %r42
#    645  int_copy                   %i17 -> %i18
#    650  ref_copy                   %r41 -> %r43
#    655  getfield_i                 %r43, <field Struct object_vtable.subclassrange_min @0 i8> -> %i19
#    662  int_between                %i35, %i19, %i36 -> %i20
#    671  live                       [%i18 %i20 %r41 %r42]
#    674  goto_if_not                %i20, @696
#    681  int_copy                   %i18 -> %i21
#    686  int_copy                   %i33 -> %i22
#    691  goto                       @724
#    696  ref_copy                   %r41 -> %r44
#    701  ref_copy                   %r42 -> %r45
#    706  ref_copy                   %r44 -> %r46
#    711  ref_copy                   %r45 -> %r47
#    716  live                       [%r46 %r47]
#    719  raise                      %r46, %r47
#    724  int_add                    %i21, %i22 -> %i23
#    731  int_return                 %i23
