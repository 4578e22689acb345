# test: annotate-errors
# Range objects are kept as lists of their ints: what would show the difference from CPython's
# range objects (printing one, comparing one with a list) is an error.


def range_str(n):
    return str(range(n))  # error: str() of a range object: not supported in translated code


def range_print(n):
    r = range(n)
    print(r)  # error: str() of a range object: not supported in translated code


def entry_point(argv):
    n = len(argv)
    print(range_str(n))
    range_print(n)
    return 0
