# test: annotate-errors
# Tuples have a fixed length and one type per position; unpacking needs matching lengths.
def index_range(t):
    return t[5]  # error: tuple index 5 is out of range (the tuple has 2 items)


def variable_index(t, i):
    return t[i]  # error: indexing '(int, str)' with a variable needs items of one type


def slice_not_constant(t, i):
    return t[i:]  # error: a tuple can only be sliced with constant bounds and no step


def iterate(t):
    for x in t:  # error: iterating over '(int, str)' needs items of one type, but it has 'int' and 'str'
        print(x)


def unpack_length(t):
    a, b = t  # error: cannot unpack 3 values into 2 variables
    return a


def cannot_unpack(n):
    a, b = n  # error: cannot unpack a value of type 'int'
    return a


def entry_point(argv):
    n = len(argv)
    t = (n, "s")
    print(index_range(t), variable_index(t, n), slice_not_constant(t, n), unpack_length((1, 2, 3)))
    iterate(t)
    print(cannot_unpack(n))
    return 0
