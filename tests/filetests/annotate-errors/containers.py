# test: annotate-errors
# Lists, dicts, strs and ranges used with the wrong kinds of items, indices or keys.
class Item:
    pass


def contains_int(n):
    return 1 in n  # error: 'int' does not support the 'in' operator


def contains_none(flag):
    xs = None
    if flag:
        xs = ["a"]
    return "a" in xs  # error: cannot test membership in 'list(str)?': it may be None


def contains_mismatch(xs):
    return 1 in xs  # error: a 'int' can never be in a 'list(str)'


def bad_index(xs):
    return xs["a"]  # error: 'list(str)' indices must be integers, not 'str'


def bad_key(d):
    return d[1]  # error: a 'int' cannot be a key of 'dict(str, int)'


def unhashable():
    d = {}
    d[[1]] = 2  # error: unhashable type: 'list(int)'
    return d


def slice_bound(xs):
    return xs["a":]  # error: slice bounds must be integers or None, not 'str'


def not_subscriptable(n):
    return n[0]  # error: 'int' is not subscriptable


def item_assignment(s):
    s[0] = "x"  # error: 'str' does not support item assignment


def item_deletion(s):
    del s[0]  # error: 'str' does not support item deletion


def range_mutated():
    r = range(3)
    r[0] = 5  # error: range objects are read-only


def sort_items():
    items = [Item(), Item()]
    items.sort()  # error: cannot sort a list of 'containers.Item': items must be numbers, strs, bytes or tuples


def sort_reverse(xs):
    xs.sort(reverse="yes")  # error: the keyword argument 'reverse' of 'list.sort' must be a bool or an int, not 'str'
    return sorted(xs, reverse=None)  # error: the keyword argument 'reverse' of 'sorted' must be a bool or an int, not 'None'


def get_default(d):
    return d.get("k", 1.5)  # error: the default 'float' cannot be mixed with the dict's values 'str'


def entry_point(argv):
    flag = len(argv) > 1
    print(contains_int(len(argv)), contains_none(flag), contains_mismatch(argv))
    print(bad_index(argv), bad_key({"a": 1}), unhashable(), slice_bound(argv))
    print(not_subscriptable(len(argv)))
    item_assignment(argv[0])
    item_deletion(argv[0])
    range_mutated()
    sort_items()
    print(sort_reverse([2, 1]))
    print(get_default({"a": "b"}))
    return 0
