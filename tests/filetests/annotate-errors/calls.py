# test: annotate-errors
# Calls that do not match the callee: arity, keywords, None or non-callable callees, *args and
# **kwargs, specialization arguments that are not constants.
from kiln.objectmodel import specialize


def two(a, b):
    return a + b


def with_kwargs(**options):
    return 0


@specialize.arg(0)
def by_constant(kind):
    return kind


def helper():
    return 1


def not_callable(n):
    return n()  # error: 'int' is not callable


def call_none(flag):
    f = None
    if flag:
        f = helper
    return f()  # error: 'func(calls.helper)?' may be None here, and None cannot be called


def entry_point(argv):
    n = len(argv)  # note: 'n' is 'int' because of this
    print(not_callable(n), call_none(n > 1))
    print(two(1, 2, 3))  # error: 'calls.two' takes 2 positional arguments but 3 were given
    print(two(1))  # error: 'calls.two' is missing the argument 'b'
    print(two(1, a=2))  # error: 'calls.two' got multiple values for the argument 'a'
    print(two(1, c=2))  # error: 'calls.two' got an unexpected keyword argument 'c'
    print(with_kwargs(x=1))  # error: 'calls.with_kwargs' takes **kwargs, which translated code does not support
    print(two(*[1, 2]))  # error: *args must be a tuple in translated code, not 'list(int)'
    print(by_constant(argv[0]))  # error: argument 0 of 'calls.by_constant' must be a constant at every call (specialize:arg), but here it is 'str'
    return 0
