# test: annotate-errors
# An error deep in a call chain says how the code was reached: each function and where its
# first caller called it.
def inner(x):
    return x + "!"  # error: cannot add 'int' and 'str'


def middle(x):
    return inner(x)  # note: 'call_chain.inner' is called from 'call_chain.middle' here


def outer(n):
    return middle(n * 2)  # note: 'call_chain.middle' is called from 'call_chain.outer' here


def entry_point(argv):
    print(outer(len(argv)))  # note: 'call_chain.outer' is called from 'call_chain.entry_point' here
    return 0
