# test: annotate-errors
# The entry point takes the list of command-line strings, and nothing else.
def entry_point(argv, extra):  # error: the entry point 'entry_arity.entry_point' must take one argument (the list of command-line strings), not 2
    return 0
