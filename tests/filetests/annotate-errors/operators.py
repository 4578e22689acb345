# test: annotate-errors
# Arithmetic and comparison operators on operands they do not apply to; the notes say where
# each operand got its type (through calls, too).
def add_str_int(name):
    return name + 1  # error: cannot add 'str' and 'int'  # note: the right operand is 'int' because of this


def add_maybe_none(flag):
    text = None
    if flag:
        text = "x"
    return text + "y"  # error: cannot add 'str?' and 'str': an operand that may be None is not a number or sequence


def negate(name):
    return -name  # error: cannot negate 'str'


def order(name, n):
    return name < n  # error: '<' is not supported between 'str' and 'int'


def equal(name, n):
    return name == n  # error: 'str' and 'int' can never be equal; comparing them with '==' is always a mistake


def views(d):
    return d.keys() == d.keys()  # error: '==' is not supported between 'dict_keys(dict(str, int))' and 'dict_keys(dict(str, int))'


def ranges(n):
    return range(n) == [0, 1]  # error: '==' is not supported between 'list(int)' and 'list(int)'


def entry_point(argv):
    name = argv[0]  # note: 'name' is 'str' because of this
    n = len(argv)  # note: 'n' is 'int' because of this
    print(add_str_int(name), add_maybe_none(n > 1), negate(name), order(name, n), equal(name, n))
    print(views({"a": n}), ranges(n))
    return 0
