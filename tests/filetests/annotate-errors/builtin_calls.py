# test: annotate-errors
# Built-in functions and classes called with the wrong number or kinds of arguments, and
# classes that cannot be used at run time.
class Plain:
    pass


class Left:
    pass


class Right:
    pass


class Both(Left, Right):
    pass


def arity(s):
    return len(s, s)  # error: 'len' takes 1 arguments (2 given)


def bad_argument(n):
    return len(n)  # error: argument 1 of 'len' must be a str, bytes, list, dict, tuple or an object with __len__, not 'int'


def keyword_type():
    print("a", sep=1)  # error: the keyword argument 'sep' of 'print' must be a str or None, not 'int'


def step_zero():
    return range(0, 10, 0)  # error: range() step must not be zero


def init_no_args():
    return Plain(1)  # error: 'builtin_calls.Plain' takes no arguments (it has no __init__)


def builtin_class():
    return set()  # error: calling the built-in class 'set' is not supported in translated code


def bad_class():
    return Both()  # error: cannot use this class in translated code: class 'builtin_calls.Both' has several base classes


def isinstance_class(x):
    return isinstance(x, 5)  # error: isinstance() needs a class or a tuple of classes, not 'int'


def entry_point(argv):
    print(arity(argv[0]), bad_argument(len(argv)), step_zero(), init_no_args())
    keyword_type()
    print(builtin_class(), bad_class(), isinstance_class(argv))
    return 0
