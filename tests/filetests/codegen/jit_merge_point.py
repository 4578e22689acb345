# test: codegen
# translate-flags: --jit
# functions: run
# With --jit the portal's jit_merge_point calls kiln_jit_merge_point with the greens, then the
# reds, as words (Void ones left out); on KILN_JIT_CONTINUE the variables get the words back,
# KILN_JIT_RETURN returns st[0] as the portal's result, KILN_JIT_RAISE returns with the
# exception pending.
from kiln.jit import JitDriver

driver = JitDriver(greens=["pc", "prog", "nothing"], reds=["acc", "scale", "on"])


def run(prog, acc):
    pc = 0
    scale = 0.5
    on = True
    nothing = None
    while pc < len(prog):
        driver.jit_merge_point(pc=pc, prog=prog, nothing=nothing, acc=acc, scale=scale, on=on)
        if prog[pc] == "+":
            acc += 1
            scale = scale * 2.0
        on = not on
        pc += 1
    return scale + acc


def entry_point(argv):
    print(run("++-+", 3))
    return 0
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# // jit_merge_point.run
# double jit_merge_point__run(str* a0, int64_t a1) {
#   str* v0; // prog
#   int64_t v1; // acc
#   str* v5; // prog
#   int64_t v6; // acc
#   int64_t v7; // pc
#   double v8; // scale
#   bool v9; // on
#   int64_t v11;
#   bool v12;
#   int64_t v19; // acc
#   double v20; // scale
#   double v21;
#   double v22;
#   str* v13; // prog
#   int64_t v14; // acc
#   int64_t v15; // pc
#   double v16; // scale
#   bool v17; // on
#   int64_t v24;
#   int64_t v25;
#   bool v52;
#   str* v44; // prog
#   int64_t v45;
#   int64_t v46; // acc
#   int64_t v47; // pc
#   double v48; // scale
#   bool v49; // on
#   uint32_t v26;
#   bool v27;
#   str* v28; // prog
#   int64_t v29; // acc
#   int64_t v30; // pc
#   double v31; // scale
#   bool v32; // on
#   int64_t v42;
#   double v43;
#   str* v34; // prog
#   int64_t v35; // acc
#   int64_t v36; // pc
#   double v37; // scale
#   bool v38; // on
#   bool v40;
#   int64_t v41;
#   v0 = a0;
#   v1 = a1;
# b0:
#   v5 = v0;
#   v6 = v1;
#   v7 = 0LL;
#   v8 = 0.5;
#   v9 = true;
#   goto b1;
# b1:
#   v11 = v5->length;
#   v12 = v7 < v11;
#   if (v12) {
#     v13 = v5;
#     v14 = v6;
#     v15 = v7;
#     v16 = v8;
#     v17 = v9;
#     goto b3;
#   } else {
#     v19 = v6;
#     v20 = v8;
#     goto b2;
#   }
# b2:
#   v21 = (double)v19;
#   v22 = v20 + v21;
#   return v22;
# b3:
#   { // jit_merge_point("kiln.jit.JitDriver#6"): greens, then reds
#     uint64_t st[5] = {(uint64_t)(v15), (uint64_t)(uintptr_t)(v13), (uint64_t)(v14), __builtin_bit_cast(uint64_t, (double)(v16)), (uint64_t)((v17) ? 1 : 0)};
#     switch (kiln_jit_merge_point(0, st)) {
#     case KILN_JIT_CONTINUE:
#       v15 = (int64_t)st[0];
#       v13 = (str*)(uintptr_t)st[1];
#       v14 = (int64_t)st[2];
#       v16 = __builtin_bit_cast(double, st[3]);
#       v17 = (st[4] != 0);
#       break;
#     case KILN_JIT_RETURN: return __builtin_bit_cast(double, st[0]);
#     case KILN_JIT_RAISE: return (double)0; // the exception is pending
#     default: break;
#     }
#   }
#   v24 = v13->length;
#   v25 = v15;
#   v52 = (uint64_t)v15 >= (uint64_t)v24;
#   if (__builtin_expect(v52, 0)) kiln_raise_index_error(3LL);
#   if (v52) {
#     goto b7;
#   } else {
#     v44 = v13;
#     v45 = v25;
#     v46 = v14;
#     v47 = v15;
#     v48 = v16;
#     v49 = v17;
#     goto b4;
#   }
# b4:
#   v26 = kiln_str_char_at(v44, v45);
#   v27 = v26 == 43u;
#   if (v27) {
#     v28 = v44;
#     v29 = v46;
#     v30 = v47;
#     v31 = v48;
#     v32 = v49;
#     goto b5;
#   } else {
#     v34 = v44;
#     v35 = v46;
#     v36 = v47;
#     v37 = v48;
#     v38 = v49;
#     goto b6;
#   }
# b5:
#   v42 = v29 + 1LL;
#   v43 = v31 * 2.0;
#   v34 = v28;
#   v35 = v42;
#   v36 = v30;
#   v37 = v43;
#   v38 = v32;
#   goto b6;
# b6:
#   v40 = !v38;
#   v41 = v36 + 1LL;
#   v5 = v34;
#   v6 = v35;
#   v7 = v41;
#   v8 = v37;
#   v9 = v40;
#   goto b1;
# b7:
#   kiln_tb_add(&tb_jit_merge_point__run_0);
#   return 0.0;
# }
