# test: flow
# functions: read_both early_return
def read_both(a, b):
    with open(a) as f, open(b) as g:
        data = f.read() + g.read()
    return data


def early_return(path):
    with open(path) as f:
        for line in f:
            if line:
                return line
    return ""


def entry_point(argv):
    if len(argv) > 2:
        print(read_both(argv[1], argv[2]), early_return(argv[1]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph with_stmt.early_return(v0) {
# block0(v0):
#     v1 = simple_call(open, v0)
#     v2 = getattr(v1, '__exit__')
#     v3 = getattr(v1, '__enter__')
#     v4 = simple_call(v3)
#     v5 = iter(v4)
#     exits [normal: block1(v2, v5), except BaseException as (v6, v7): block4(v6, v7, v2)]
# block1(v8, v9):
#     v10 = next(v9)
#     exits [normal: block3(v8, v9, v10), except StopIteration as (v11, v12): block2(v8), except BaseException as (v13, v14): block4(v13, v14, v8)]
# block2(v15):
#     v16 = simple_call(v15, None, None, None)
#     goto return('')
# block3(v17, v18, v19):
#     v20 = bool_(v19)
#     exits [normal: block5(v19, v17, v18, v20), except BaseException as (v21, v22): block4(v21, v22, v17)]
# block4(v23, v24, v25):
#     v26 = simple_call(v25, v23, v24, None)
#     v27 = bool_(v26)
#     branch v27 [true: return(''), false: raise(v23, v24)]
# block5(v28, v29, v30, v31):
#     branch v31 [true: block6(v28, v29), false: block1(v29, v30)]
# block6(v32, v33):
#     v34 = simple_call(v33, None, None, None)
#     goto return(v32)
# }
# graph with_stmt.read_both(v0, v1) {
# block0(v0, v1):
#     v2 = simple_call(open, v0)
#     v3 = getattr(v2, '__exit__')
#     v4 = getattr(v2, '__enter__')
#     v5 = simple_call(v4)
#     v6 = simple_call(open, v1)
#     exits [normal: block1(v5, v3, v6), except BaseException as (v7, v8): block12(v7, v8, undefined, v3)]
# block1(v9, v10, v11):
#     v12 = getattr(v11, '__exit__')
#     exits [normal: block2(v9, v10, v11, v12), except BaseException as (v13, v14): block12(v13, v14, undefined, v10)]
# block2(v15, v16, v17, v18):
#     v19 = getattr(v17, '__enter__')
#     exits [normal: block3(v15, v16, v18, v19), except BaseException as (v20, v21): block12(v20, v21, undefined, v16)]
# block3(v22, v23, v24, v25):
#     v26 = simple_call(v25)
#     exits [normal: block4(v22, v23, v24, v26), except BaseException as (v27, v28): block12(v27, v28, undefined, v23)]
# block4(v29, v30, v31, v32):
#     v33 = getattr(v29, 'read')
#     exits [normal: block5(v32, v30, v31, v33), except BaseException as (v34, v35): block9(v34, v35, v30, v31)]
# block5(v36, v37, v38, v39):
#     v40 = simple_call(v39)
#     exits [normal: block6(v36, v37, v38, v40), except BaseException as (v41, v42): block9(v41, v42, v37, v38)]
# block6(v43, v44, v45, v46):
#     v47 = getattr(v43, 'read')
#     exits [normal: block7(v44, v45, v46, v47), except BaseException as (v48, v49): block9(v48, v49, v44, v45)]
# block7(v50, v51, v52, v53):
#     v54 = simple_call(v53)
#     exits [normal: block8(v50, v51, v52, v54), except BaseException as (v55, v56): block9(v55, v56, v50, v51)]
# block8(v57, v58, v59, v60):
#     v61 = add(v59, v60)
#     exits [normal: block11(v57, v58, v61), except BaseException as (v62, v63): block9(v62, v63, v57, v58)]
# block9(v64, v65, v66, v67):
#     v68 = simple_call(v67, v64, v65, None)
#     exits [normal: block10(v66, v64, v65, v68), except BaseException as (v69, v70): block12(v69, v70, undefined, v66)]
# block10(v71, v72, v73, v74):
#     v75 = bool_(v74)
#     branch v75 [true: block13(undefined, v71), false: block12(v72, v73, undefined, v71)]
# block11(v76, v77, v78):
#     v79 = simple_call(v77, None, None, None)
#     exits [normal: block13(v78, v76), except BaseException as (v80, v81): block12(v80, v81, v78, v76)]
# block12(v82, v83, v84, v85):
#     v86 = simple_call(v85, v82, v83, None)
#     v87 = bool_(v86)
#     branch v87 [true: block14(v84), false: raise(v82, v83)]
# block13(v88, v89):
#     v90 = simple_call(v89, None, None, None)
#     goto block14(v88)
# block14(v91):
#     v92 = check_bound(v91, 'data')
#     goto return(v92)
# }
