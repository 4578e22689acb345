# test: flow
# functions: formatting
def formatting(name, value, width):
    return f"{name}: {value!r:>{width}} ({value:.3f}) {width=} {name!s}{{literal}}"


def entry_point(argv):
    print(formatting("pi", 3.14159, 10))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph strings.formatting(v0, v1, v2) {
# block0(v0, v1, v2):
#     v3 = format(v0, '')
#     v4 = repr(v1)
#     v5 = format(v2, '')
#     v6 = buildstr('>', v5)
#     v7 = format(v4, v6)
#     v8 = format(v1, '.3f')
#     v9 = repr(v2)
#     v10 = str(v0)
#     v11 = buildstr(v3, ': ', v7, ' (', v8, ') width=', v9, ' ', v10, '{literal}')
#     goto return(v11)
# }
