# test: jitcode
# The jitcodes of a small interpreter: the portal (merge point with its greens and reds, -live-
# markers before branches and guards and after calls, a switch-free dispatch), an inlined helper
# (`bump`), a method reached through the vtable (an indirect call, decided at run time), an
# @elidable lookup (residual, folded on constants), a helper with a loop (residual), a
# try/except (catch_exception and the class test), a raise, and the portal's recursion
# (residual, flagged portal).
from kiln.jit import JitDriver, elidable


def where(pc, code):
    return "%d" % pc


driver = JitDriver(greens=["pc", "code"], reds=["acc", "depth"], get_printable_location=where)


class Op(object):
    def apply(self, acc):
        return acc


class Inc(Op):
    def apply(self, acc):
        return acc + 1


class Dbl(Op):
    def apply(self, acc):
        return acc * 2


OPS = [Inc(), Dbl()]


@elidable
def op_at(code, pc):
    return OPS[code[pc] % 2]


def bump(acc):
    if acc > 100:
        raise ValueError("too big")
    return acc + 1


def total(items):
    s = 0
    for x in items:
        s += x
    return s


def run(code, acc, depth):
    pc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, depth=depth)
        if code[pc] == 7 and depth < 2:
            acc = run(code, acc, depth + 1)
        else:
            try:
                acc = bump(op_at(code, pc).apply(acc))
            except ValueError:
                acc = total([acc, -100])
        pc += 1
    return acc


def entry_point(argv):
    print(run([0, 1, 7, 0], len(argv), 0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# driver kiln.jit.JitDriver#6: portal interpreter.run, merge point @75, greens (ir), reds (ii) -> i, location interpreter.where
#
# jitcode 0 interpreter.run
#   registers: i 61+7 r 47+1 f 0+0
#   %i61 = 0
#   %i62 = 7
#   %i63 = 2
#   %i64 = 3
#   %i65 = 4
#   %i66 = -100
#   %i67 = 1
#   %r47 = vtable_Exception
#      0  ref_copy                   %r0 -> %r1
#      5  int_copy                   %i0 -> %i2
#     10  int_copy                   %i1 -> %i3
#     15  int_copy                   %i61 -> %i4
#     20  getarraysize               %r1, <array GcArray(Signed) items@8+i*8 i8> -> %i5
#     27  int_lt                     %i4, %i5 -> %i6
#     34  live                       [%i2 %i3 %i4 %i6 %r1]
#     37  goto_if_not                %i6, @69
#     44  ref_copy                   %r1 -> %r2
#     49  int_copy                   %i2 -> %i7
#     54  int_copy                   %i3 -> %i8
#     59  int_copy                   %i4 -> %i9
#     64  goto                       @72
#     69  int_return                 %i2
#     72  live                       [%i7 %i8 %i9 %r2]
#     75  jit_merge_point            <driver kiln.jit.JitDriver#6>, [%i9, %r2, %i7, %i8]
#     87  getarraysize               %r2, <array GcArray(Signed) items@8+i*8 i8> -> %i10
#     94  residual_call_i            <call kiln_check_index (iii)->i residual can_raise elidable>, [%i9, %i10, %i61] -> %i11
#    106  live                       [%i7 %i8 %i9 %i11 %r2]
#    109  getarrayitem_i             %r2, %i11, <array GcArray(Signed) items@8+i*8 i8> -> %i12
#    118  int_eq                     %i12, %i62 -> %i13
#    125  live                       [%i7 %i8 %i9 %i13 %r2]
#    128  goto_if_not                %i13, @160
#    135  ref_copy                   %r2 -> %r3
#    140  int_copy                   %i7 -> %i14
#    145  int_copy                   %i8 -> %i15
#    150  int_copy                   %i9 -> %i16
#    155  goto                       @185
#    160  ref_copy                   %r2 -> %r4
#    165  int_copy                   %i7 -> %i18
#    170  int_copy                   %i8 -> %i19
#    175  int_copy                   %i9 -> %i20
#    180  goto                       @247
#    185  int_lt                     %i15, %i63 -> %i17
#    192  live                       [%i14 %i15 %i16 %i17 %r3]
#    195  goto_if_not                %i17, @227
#    202  ref_copy                   %r3 -> %r37
#    207  int_copy                   %i14 -> %i51
#    212  int_copy                   %i15 -> %i52
#    217  int_copy                   %i16 -> %i53
#    222  goto                       @845
#    227  ref_copy                   %r3 -> %r4
#    232  int_copy                   %i14 -> %i18
#    237  int_copy                   %i15 -> %i19
#    242  int_copy                   %i16 -> %i20
#    247  residual_call_r            <call interpreter.op_at (ri)->r residual can_raise elidable>, [%r4, %i20] -> %r5
#    257  live                       [%i18 %i19 %i20 %r4 %r5]
#    260  catch_exception            @295
#    265  ref_copy                   %r4 -> %r10
#    270  int_copy                   %i18 -> %i24
#    275  int_copy                   %i19 -> %i25
#    280  int_copy                   %i20 -> %i26
#    285  ref_copy                   %r5 -> %r11
#    290  goto                       @384
#    295  goto_if_exception_mismatch %r47, @343
#    302  last_exception              -> %r41
#    305  last_exc_value              -> %r42
#    308  ref_copy                   %r41 -> %r6
#    313  ref_copy                   %r42 -> %r7
#    318  ref_copy                   %r4 -> %r8
#    323  int_copy                   %i18 -> %i21
#    328  int_copy                   %i19 -> %i22
#    333  int_copy                   %i20 -> %i23
#    338  goto                       @344
#    343  reraise
#    344  ref_copy                   %r6 -> %r9
#    349  ref_copy                   %r9 -> %r27
#    354  ref_copy                   %r7 -> %r28
#    359  ref_copy                   %r8 -> %r29
#    364  int_copy                   %i21 -> %i42
#    369  int_copy                   %i22 -> %i43
#    374  int_copy                   %i23 -> %i44
#    379  goto                       @700
#    384  ref_copy                   %r10 -> %r12
#    389  int_copy                   %i24 -> %i27
#    394  int_copy                   %i25 -> %i28
#    399  int_copy                   %i26 -> %i29
#    404  ref_copy                   %r11 -> %r13
#    409  ref_copy                   %r13 -> %r14
#    414  getfield_r                 %r14, <field GcStruct object.typeptr @0 r8> -> %r15
#    421  ref_copy                   %r15 -> %r16
#    426  getfield_r                 %r16, <field Struct interpreter.Op_vtable.method_apply @24 r8> -> %r17
#    433  live                       [%i27 %i28 %i29 %r12 %r13 %r17]
#    436  indirect_call_i            %r17, <call indirect Ptr(Func(Ptr(GcStruct interpreter.Op), Signed) -> Signed) (ri)->i residual can_raise>, [%r13, %i27] -> %i30
#    448  live                       [%i27 %i28 %i29 %i30 %r12]
#    451  catch_exception            @486
#    456  ref_copy                   %r12 -> %r22
#    461  int_copy                   %i27 -> %i34
#    466  int_copy                   %i28 -> %i35
#    471  int_copy                   %i29 -> %i36
#    476  int_copy                   %i30 -> %i37
#    481  goto                       @575
#    486  goto_if_exception_mismatch %r47, @534
#    493  last_exception              -> %r43
#    496  last_exc_value              -> %r44
#    499  ref_copy                   %r43 -> %r18
#    504  ref_copy                   %r44 -> %r19
#    509  ref_copy                   %r12 -> %r20
#    514  int_copy                   %i27 -> %i31
#    519  int_copy                   %i28 -> %i32
#    524  int_copy                   %i29 -> %i33
#    529  goto                       @535
#    534  reraise
#    535  ref_copy                   %r18 -> %r21
#    540  ref_copy                   %r21 -> %r27
#    545  ref_copy                   %r19 -> %r28
#    550  ref_copy                   %r20 -> %r29
#    555  int_copy                   %i31 -> %i42
#    560  int_copy                   %i32 -> %i43
#    565  int_copy                   %i33 -> %i44
#    570  goto                       @700
#    575  inline_call_i              <call interpreter.bump (i)->i jitcode 4 can_raise>, [%i37] -> %i38
#    583  live                       [%i34 %i35 %i36 %i38 %r22]
#    586  catch_exception            @616
#    591  ref_copy                   %r22 -> %r38
#    596  int_copy                   %i38 -> %i56
#    601  int_copy                   %i35 -> %i57
#    606  int_copy                   %i36 -> %i58
#    611  goto                       @887
#    616  goto_if_exception_mismatch %r47, @664
#    623  last_exception              -> %r45
#    626  last_exc_value              -> %r46
#    629  ref_copy                   %r45 -> %r23
#    634  ref_copy                   %r46 -> %r24
#    639  ref_copy                   %r22 -> %r25
#    644  int_copy                   %i34 -> %i39
#    649  int_copy                   %i35 -> %i40
#    654  int_copy                   %i36 -> %i41
#    659  goto                       @665
#    664  reraise
#    665  ref_copy                   %r23 -> %r26
#    670  ref_copy                   %r26 -> %r27
#    675  ref_copy                   %r24 -> %r28
#    680  ref_copy                   %r25 -> %r29
#    685  int_copy                   %i39 -> %i42
#    690  int_copy                   %i40 -> %i43
#    695  int_copy                   %i41 -> %i44
#    700  ref_copy                   %r27 -> %r30
#    705  getfield_i                 %r30, <field Struct object_vtable.subclassrange_min @0 i8> -> %i45
#    712  int_between                %i64, %i45, %i65 -> %i46
#    721  live                       [%i42 %i43 %i44 %i46 %r27 %r28 %r29]
#    724  goto_if_not                %i46, @756
#    731  ref_copy                   %r29 -> %r35
#    736  int_copy                   %i42 -> %i47
#    741  int_copy                   %i43 -> %i48
#    746  int_copy                   %i44 -> %i49
#    751  goto                       @784
#    756  ref_copy                   %r27 -> %r31
#    761  ref_copy                   %r28 -> %r32
#    766  ref_copy                   %r31 -> %r33
#    771  ref_copy                   %r32 -> %r34
#    776  live                       [%r33 %r34]
#    779  raise                      %r33, %r34
#    784  new_array                  %i63, <size GcArray(Signed) 8+n*8> -> %r36
#    791  setarrayitem_i             %r36, %i61, %i47, <array GcArray(Signed) items@8+i*8 i8>
#    800  setarrayitem_i             %r36, %i67, %i66, <array GcArray(Signed) items@8+i*8 i8>
#    809  residual_call_i            <call interpreter.total (r)->i residual can_raise>, [%r36] -> %i50
#    817  live                       [%i48 %i49 %i50 %r35]
#    820  ref_copy                   %r35 -> %r38
#    825  int_copy                   %i50 -> %i56
#    830  int_copy                   %i48 -> %i57
#    835  int_copy                   %i49 -> %i58
#    840  goto                       @887
#    845  int_add                    %i52, %i67 -> %i54
#    852  residual_call_i            <call interpreter.run (rii)->i residual can_raise portal>, [%r37, %i51, %i54] -> %i55
#    864  live                       [%i52 %i53 %i55 %r37]
#    867  ref_copy                   %r37 -> %r38
#    872  int_copy                   %i55 -> %i56
#    877  int_copy                   %i52 -> %i57
#    882  int_copy                   %i53 -> %i58
#    887  int_add                    %i58, %i67 -> %i59
#    894  ref_copy                   %r38 -> %r1
#    899  int_copy                   %i56 -> %i2
#    904  int_copy                   %i57 -> %i3
#    909  int_copy                   %i59 -> %i4
#    914  goto                       @20
#
# jitcode 1 interpreter.Op.apply
#   registers: i 2+0 r 3+0 f 0+0
#      0  int_return                 %i0
#
# jitcode 2 interpreter.Inc.apply
#   registers: i 3+1 r 4+0 f 0+0
#   %i3 = 1
#      0  ref_copy                   %r0 -> %r1
#      5  int_add                    %i0, %i3 -> %i1
#     12  int_return                 %i1
#
# jitcode 3 interpreter.Dbl.apply
#   registers: i 3+1 r 4+0 f 0+0
#   %i3 = 2
#      0  ref_copy                   %r0 -> %r1
#      5  int_mul                    %i0, %i3 -> %i1
#     12  int_return                 %i1
#
# jitcode 4 interpreter.bump
#   registers: i 5+2 r 8+2 f 0+0
#   %i5 = 100
#   %i6 = 1
#   %r8 = vtable_ValueError
#   %r9 = str.1
#      0  int_gt                     %i0, %i5 -> %i1
#      7  live                       [%i0 %i1]
#     10  goto_if_not                %i1, @22
#     17  goto                       @37
#     22  int_copy                   %i0 -> %i2
#     27  int_add                    %i2, %i6 -> %i3
#     34  int_return                 %i3
#     37  new                        <size GcStruct ValueError 16 gc> -> %r0
#     42  ref_copy                   %r0 -> %r1
#     47  ref_copy                   %r8 -> %r2
#     52  setfield_r                 %r1, %r2, <field GcStruct object.typeptr @0 r8>
#     59  ref_copy                   %r0 -> %r3
#     64  setfield_r                 %r3, %r9, <field GcStruct BaseException.message @8 r8>
#     71  ref_copy                   %r8 -> %r4
#     76  ref_copy                   %r0 -> %r5
#     81  live                       [%r4 %r5]
#     84  raise                      %r4, %r5
#
# not looked inside:
#   interpreter.op_at: elidable
#   interpreter.run: the portal (a recursive call)
#   interpreter.total: has a loop (not unroll_safe)
