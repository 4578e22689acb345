# test: annotate-errors
# The entry point returns the exit status, an int.
def entry_point(argv):
    return "done"  # error: the entry point 'entry_result.entry_point' must return an int (the exit status), not 'str'
