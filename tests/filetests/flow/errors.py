# test: flow-errors
# Constructs that cannot run in a translated program, each reported where it is.
import math
from kiln.jit import JitDriver, hint

COUNTER = 0
driver = JitDriver(greens=["pc"], reds=["acc"])


def uses_eval(text):
    return eval(text)  # error: 'eval()' cannot run in a translated program


def writes_global():
    global COUNTER
    COUNTER += 1  # error: module global 'COUNTER': module globals are constants once the program is loaded


async def coroutine():  # error: async functions are not supported in run-time code
    return 1


def defines_class():
    class Local:  # error: class 'Local' is defined in run-time code
        pass
    return Local


def imports():
    import os  # error: import statements run at load time only
    return os


def matches(x):
    match x:  # error: a 'match' statement is not supported in run-time code
        case 1:
            return 1
    return 0


def delegates(items):
    yield from items  # error: 'yield from' is not supported in run-time code


def bare_raise():
    raise  # error: 'raise' without an exception is only allowed in an except clause


def two_stars(a, b):
    return max(*a, *b)  # error: unsupported call arguments: at most one *args argument


def merge_point(pc):
    acc = 0
    driver.jit_merge_point(pc=pc)  # error: 'jit_merge_point' is missing the variable 'acc' of its JitDriver
    return acc


def merge_point_extra(pc, acc):
    driver.jit_merge_point(pc=pc, acc=acc, other=1)  # error: 'jit_merge_point' got 'other', which is not a green or red variable
    return acc


def deletes_global():
    global COUNTER
    del COUNTER  # error: 'del COUNTER' is only supported for local variables


def reads_unassigned():
    print(value)  # warning: local variable 'value' is read before it is assigned
    value = 1
    return value


def exception_groups():
    try:  # error: 'except*' (exception groups) is not supported in run-time code
        pass
    except* ValueError:
        pass


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1  # error: cannot assign to 'count': it is a variable of a closure made at load time
        return count
    return bump


BUMP = make_counter()


def make_empty():
    def inner():
        return later  # error: 'later' is a closure variable that was never assigned when the program was loaded
    return inner
    later = 1


EMPTY = make_empty()


def hints(x, y):
    return hint(x, promote=y)  # error: the value of hint 'promote' must be a constant


def merge_point_positional(pc, acc):
    driver.jit_merge_point(pc, acc)  # error: 'jit_merge_point' takes keyword arguments only, one per green and red variable
    return acc


def entry_point(argv):
    fns = [uses_eval, writes_global, coroutine, defines_class, imports, matches, delegates,
           bare_raise, two_stars, merge_point, merge_point_extra, deletes_global,
           reads_unassigned, exception_groups, BUMP, EMPTY, hints, merge_point_positional]
    return len(fns) - 18
