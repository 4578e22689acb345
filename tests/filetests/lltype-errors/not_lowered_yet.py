# test: lltype-errors
# What the rtyper cannot lower yet is an internal error that names the operation and the
# annotations (a kiln bug, never the program's): these are the known gaps, each to be removed
# from this file when its family lowers it.


# A local assigned inside `with` and read after it: the flow graph guards the read with
# check_bound (an exception could have left it unassigned), and `undefined` is annotated as
# Impossible, so the rtyper cannot tell whether it can arrive.
def first_line(path):
    with open(path) as f:
        line = f.readline()
    return line  # error: internal error: the rtyper cannot lower 'check_bound' on 'str', 'str' yet (a kiln bug: the annotator accepted it)


def entry_point(argv):
    print(first_line(argv[0]))
    return 0
