# test: annotate-errors
# Searching a list of instances (`in`, index, count, remove) compares with the items' __eq__, as
# CPython does; kiln needs one __eq__ for every class whose instances are in the list, and an
# __eq__ that returns a bool.


class Shape(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n


class Circle(Shape):
    def __eq__(self, other):
        return self.n == other.n + 1


class Odd(object):
    def __eq__(self, other):
        return "yes"


def mixed(n):
    shapes = [Shape(n), Circle(n)]
    return Shape(1) in shapes  # error: searching a list of 'list_search.Shape' instances ('in', index, count, remove) is not supported in translated code: classes 'list_search.Shape' and 'list_search.Circle' compare with different __eq__ methods


def odd(n):
    items = [Odd()]
    return items.count(Odd())  # error: '__eq__' must return a bool, not 'str'


def entry_point(argv):
    print(mixed(len(argv)), odd(len(argv)))
    return 0
