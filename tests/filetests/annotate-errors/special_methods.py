# test: annotate-errors
# What kiln cannot translate about ==, != and hash() on instances, dict keys with __eq__ and
# __hash__, and str() of exceptions (docs/language.md, "Classes and attributes").


class OnlyEq(object):
    def __eq__(self, other):
        return True


class OnlyHash(object):
    def __hash__(self):
        return 1


class Keyed(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __hash__(self):
        return self.n


class Point(object):
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

    def __hash__(self):
        return self.x


class Point3(Point):
    def __eq__(self, other):
        return self.x == other.x + 1

    def __hash__(self):
        return self.x + 1


class Plain(object):
    pass


class Hashed(Plain):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 2


class Wordy(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return "yes"

    def __hash__(self):
        return "h"


class Shape(object):
    pass


class Circle(Shape):
    def __len__(self):
        return 1


class Dot(Shape):
    pass


class Failure(Exception):
    pass


class Explained(Exception):
    def __str__(self):
        return "explained"


def eq_without_hash(n):
    d = {}
    d[OnlyEq()] = n  # error: unhashable type: 'special_methods.OnlyEq'
    return len(d)


def hash_without_eq(n):
    d = {}
    d[OnlyHash()] = n  # error: class 'special_methods.OnlyHash' defines __hash__ but compares by identity
    return len(d)


def mixed_keys(n):
    d = {}
    d[Point(n)] = 1  # error: instances of 'special_methods.Point' cannot be dict keys in translated code: classes 'special_methods.Point' and 'special_methods.Point3' compare or hash with different methods
    return len(d)


def maybe_none_key(n):
    k = Keyed(n) if n > 1 else None
    d = {}
    d[k] = 1  # error: a key may be None, and its class compares and hashes with __eq__ and __hash__
    return len(d)


def key_eq_result(n):
    d = {}
    d[Wordy(n)] = 1  # error: '__eq__' must return a bool, not 'str'
    return len(d)


def hash_unhashable():
    return hash(OnlyEq())  # error: unhashable type: 'special_methods.OnlyEq'


def hash_mixed(p):
    return hash(p)  # error: hash() of 'special_methods.Plain' instances: class 'special_methods.Plain' uses object's __hash__ (identity) but another class under 'special_methods.Plain' defines its own


def equal_mixed(p, q):
    return p == q  # error: '==' of 'special_methods.Plain' instances: class 'special_methods.Plain' uses object's __eq__ (identity)


def hash_result(w):
    return hash(w)  # error: '__hash__' must return an int, not 'str'


def not_equal_result(w):
    return w != w  # error: '!=' through an __eq__ that returns 'str'


def hash_maybe_none(n):
    k = Keyed(n) if n > 1 else None
    return hash(k)  # error: hash() of a value that may be None ('special_methods.Keyed?')


def compare_maybe_none(n):
    k = Keyed(n) if n > 1 else None
    return k == Keyed(1)  # error: '==' on 'special_methods.Keyed?', which may be None, calls its class's __eq__: test for None first


def format_as_int(k):
    return "%d" % k  # error: formatting a 'special_methods.Keyed' with '%d'


def size(s):
    return len(s)  # error: '__len__' on 'special_methods.Shape' instances: class 'special_methods.Dot' does not define it while others under 'special_methods.Shape' do (CPython would raise TypeError


def exception_text(n):
    try:
        if n > 1:
            raise Failure()
        raise KeyError(n)
    except Failure as e:
        return str(e)
    except KeyError as e:
        return repr(e)  # error: repr() of 'KeyError' exceptions is not supported: class 'KeyError' does not define __repr__


def exception_print(n):
    try:
        if n > 1:
            raise Explained()
        return 0
    except Exception as e:
        print(e)  # error: str() of 'Exception' exceptions is not supported: class 'Exception' does not define __str__, and BaseException's shows the exception's arguments, which translated code does not keep
        return 1


def exception_format(e):
    return "error: %s" % e


def explained(e):
    return str(e) + "%s" % e


def entry_point(argv):
    n = len(argv)
    print(Point3(n).x)
    print(eq_without_hash(n), hash_without_eq(n), mixed_keys(n), maybe_none_key(n), key_eq_result(n))
    print(hash_unhashable(), hash_mixed(Hashed() if n > 1 else Plain()), equal_mixed(Plain(), Hashed()))
    print(hash_result(Wordy(n)), not_equal_result(Wordy(n)), hash_maybe_none(n), format_as_int(Keyed(n)))
    print(size(Circle() if n > 1 else Dot()), compare_maybe_none(n))
    print(exception_text(n), exception_print(n), exception_format(Failure()), explained(Explained()))
    return 0
