# test: codegen
# functions: lookup tiny
# Inlining hints: objectmodel.always_inline puts a function in the header (inline) whatever
# its size, with its traceback entries as inline variables; dont_inline keeps a small function
# out of the header and marks it noinline.
from kiln.objectmodel import always_inline, dont_inline


@always_inline
def lookup(items, i):
    if i < 0:
        raise ValueError("negative")
    return items[i] * 2 + items[len(items) - 1 - i]


@dont_inline
def tiny(x):
    return x + 1


def entry_point(argv):
    items = [len(a) for a in argv] + [3, 4]
    try:
        print(lookup(items, 1), tiny(len(argv)))
    except ValueError:
        print("error")
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# // inline_hints.tiny
# __attribute__((noinline)) int64_t inline_hints__tiny(int64_t a0) {
#   int64_t v0; // x
#   int64_t v4;
#   v0 = a0;
# b0:
#   v4 = v0 + 1LL;
#   return v4;
# }
# // inline_hints.lookup
# inline const kiln_tb_entry tb_inline_hints__lookup_0 = {"codegen/inline_hints.py", 13, "lookup"};
# inline const kiln_tb_entry tb_inline_hints__lookup_1 = {"codegen/inline_hints.py", 13, "lookup"};
# inline int64_t inline_hints__lookup(list_Signed* a0, int64_t a1) {
#   list_Signed* v0; // items
#   int64_t v1; // i
#   list_Signed* v5; // items
#   int64_t v6; // i
#   int64_t v7;
#   int64_t v8;
#   bool v24;
#   list_Signed* v20; // items
#   int64_t v21;
#   int64_t v22; // i
#   GcArray_Signed* v9;
#   int64_t v10;
#   int64_t v11;
#   int64_t v12;
#   int64_t v13;
#   int64_t v14;
#   int64_t v15;
#   int64_t v16;
#   bool v29;
#   list_Signed* v25; // items
#   int64_t v26;
#   int64_t v27;
#   GcArray_Signed* v17;
#   int64_t v18;
#   int64_t v19;
#   v0 = a0;
#   v1 = a1;
# b0:
#   v5 = v0;
#   v6 = v1;
#   goto b1;
# b1:
#   v7 = v5->length;
#   v8 = 1LL;
#   v24 = (uint64_t)1LL >= (uint64_t)v7;
#   if (__builtin_expect(v24, 0)) kiln_raise_index_error(0LL);
#   if (v24) {
#     goto b5;
#   } else {
#     v20 = v5;
#     v21 = v8;
#     v22 = v6;
#     goto b2;
#   }
# b2:
#   v9 = v20->items;
#   v10 = v9->items[v21];
#   v11 = v10 * 2LL;
#   v12 = v20->length;
#   v13 = v12 - 1LL;
#   v14 = v13 - v22;
#   v15 = v20->length;
#   v16 = v14;
#   v29 = (uint64_t)v14 >= (uint64_t)v15;
#   if (__builtin_expect(v29, 0)) {
#     if (v14 < 0) v16 = v14 + v15;
#     v29 = (uint64_t)v16 >= (uint64_t)v15;
#     if (v29) kiln_raise_index_error(0LL);
#   }
#   if (v29) {
#     goto b4;
#   } else {
#     v25 = v20;
#     v26 = v16;
#     v27 = v11;
#     goto b3;
#   }
# b3:
#   v17 = v25->items;
#   v18 = v17->items[v26];
#   v19 = v27 + v18;
#   return v19;
# b4:
#   kiln_tb_add(&tb_inline_hints__lookup_0);
#   return 0LL;
# b5:
#   kiln_tb_add(&tb_inline_hints__lookup_1);
#   return 0LL;
# }
