# test: lltype-errors
# What the rtyper cannot lower yet is an internal error that names the operation and the
# annotations (a kiln bug, never the program's): these are the known gaps, each to be removed
# from this file when its family lowers it.


class A(object):
    def __init__(self, x, y):
        self.x = x + y


class B(A):
    pass


# A class chosen at run time, called with `*t`: the instantiate slots (rtype_pbc.cpp) take the
# call's operands one per parameter, and a `*t` operand stands for several.
def make(i):
    cls = A if i > 0 else B
    t = (i, 2)
    return cls(*t).x  # error: internal error: the rtyper cannot lower 'call_args' on 'class(not_lowered_yet.A | not_lowered_yet.B)', 'str', '(int, int)' yet (a kiln bug: the annotator accepted it)


def never_a(x):
    return x


def never_b(x):
    return x + 1


# Functions stored together but never called: no graph gives them a function type.
def table(n):
    fns = [never_a, never_b]  # error: internal error: the rtyper cannot lower 'newlist' on 'func(not_lowered_yet.never_a)', 'func(not_lowered_yet.never_b)' yet (a kiln bug: the annotator accepted it)
    return len(fns) + n  # error: internal error: the rtyper cannot lower 'simple_call' on 'builtin(len)', 'list(func(not_lowered_yet.never_a | not_lowered_yet.never_b))' yet (a kiln bug: the annotator accepted it)


def entry_point(argv):
    print(make(len(argv)), table(1))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
