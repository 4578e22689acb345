# test: lltype-errors
# What the rtyper cannot lower yet is an internal error that names the operation and the
# annotations (a kiln bug, never the program's): these are the known gaps, each to be removed
# from this file when its family lowers it.
def power(a, b):
    return a ** b  # error: internal error: the rtyper cannot lower 'pow' on 'int', 'int' yet (a kiln bug: the annotator accepted it)


def first_line(path):  # error: internal error: the rtyper has no representation for 'file(str)' yet
    f = open(path)  # error: internal error: the rtyper cannot lower 'simple_call' on 'builtin(open)', 'str' yet
    if path:
        return f.readline()  # error: cannot lower 'getattr' on 'file(str)', 'str' yet  # error: cannot lower 'simple_call' on 'method(file.readline)' yet
    return ""


def entry_point(argv):
    print(power(len(argv), 3))
    print(first_line(argv[0]))
    return 0
