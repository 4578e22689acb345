# test: flow
# functions: checked
# ovfcheck(a OP b) keeps the operation in the block of the ovfcheck call, with no exception link
# of its own even inside `try`: the rtyper turns the pair into one overflow-checking operation
# (int_add_ovf, int_pow_ovf, ...) that ends the block. What the operation raises besides
# OverflowError (ZeroDivisionError, ValueError for a negative exponent) leaves by the call's links.
import sys

from kiln.rarithmetic import ovfcheck


def checked(a, b):
    try:
        s = ovfcheck(a + b) + ovfcheck(-a)
        p = ovfcheck(a ** b)
        q = ovfcheck(a // b) + ovfcheck(a % b)
    except OverflowError:
        return -1
    except ZeroDivisionError:
        return -2
    return s + p + q


def entry_point(argv):
    n = len(argv)
    print(checked(n, 3), checked(n + 1, 70), checked(-sys.maxsize - n, -1), checked(7, n - 1))
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph ovfcheck.checked(v0, v1) {
#     ; g0 = builtin kiln.rarithmetic.ovfcheck
# block0(v0, v1):
#     v2 = add(v0, v1)
#     v3 = simple_call(g0, v2)
#     exits [normal: block1(v0, v1, v3), except Exception as (v4, v5): block7(v4, v5)]
# block1(v6, v7, v8):
#     v9 = neg(v6)
#     v10 = simple_call(g0, v9)
#     exits [normal: block2(v6, v7, v8, v10), except Exception as (v11, v12): block7(v11, v12)]
# block2(v13, v14, v15, v16):
#     v17 = add(v15, v16)
#     exits [normal: block3(v13, v14, v17), except Exception as (v18, v19): block7(v18, v19)]
# block3(v20, v21, v22):
#     v23 = pow(v20, v21)
#     v24 = simple_call(g0, v23)
#     exits [normal: block4(v20, v21, v22, v24), except Exception as (v25, v26): block7(v25, v26)]
# block4(v27, v28, v29, v30):
#     v31 = floordiv(v27, v28)
#     v32 = simple_call(g0, v31)
#     exits [normal: block5(v27, v28, v29, v30, v32), except Exception as (v33, v34): block7(v33, v34)]
# block5(v35, v36, v37, v38, v39):
#     v40 = mod(v35, v36)
#     v41 = simple_call(g0, v40)
#     exits [normal: block6(v37, v38, v39, v41), except Exception as (v42, v43): block7(v42, v43)]
# block6(v44, v45, v46, v47):
#     v48 = add(v46, v47)
#     exits [normal: block9(v44, v45, v48), except Exception as (v49, v50): block7(v49, v50)]
# block7(v51, v52):
#     v53 = issubtype(v51, OverflowError)
#     branch v53 [true: return(-1), false: block8(v51, v52)]
# block8(v54, v55):
#     v56 = issubtype(v54, ZeroDivisionError)
#     branch v56 [true: return(-2), false: raise(v54, v55)]
# block9(v57, v58, v59):
#     v60 = add(v57, v58)
#     v61 = add(v60, v59)
#     goto return(v61)
# }
