# test: annotate-errors
# Iterating over what is not iterable; next() on what is not an iterator.
def not_iterable(n):
    total = 0
    for x in n:  # error: 'int' is not iterable
        total += x
    return total


def not_an_iterator(xs):
    return next(xs)  # error: 'list(str)' is not an iterator


def view_is_not_an_iterator(d):
    return next(d.keys())  # error: 'dict_keys(dict(str, int))' is not an iterator


def entry_point(argv):
    print(not_iterable(len(argv)), not_an_iterator(argv), view_is_not_an_iterator({"a": 1}))
    return 0
