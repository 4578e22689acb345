# test: annotate-errors
# The JIT calls a JitDriver's get_printable_location with exactly the driver's greens and needs a
# str back: other parameter lists and results are errors at the jit_merge_point. (CPython's
# JitDriver checks that the function accepts that many arguments; defaults, *args and a
# function assigned after the driver was made get past that check.)
from kiln.jit import JitDriver


def with_default(pc, code, verbose=False):
    return code


def with_star(pc, *rest):
    return "?"


def one_parameter(pc):
    return "?"


def number(pc, code):
    return len(code)  # note: the result is 'int' because of this


def maybe(pc, code):
    if pc > 0:
        return code
    return None  # note: the result is 'str?' because of this


defaults = JitDriver(greens=["pc", "code"], reds=["n"], get_printable_location=with_default, name="defaults")
star = JitDriver(greens=["pc", "code"], reds=["n"], get_printable_location=with_star, name="star")
late = JitDriver(greens=["pc", "code"], reds=["n"], name="late")
late.get_printable_location = one_parameter
numbers = JitDriver(greens=["pc", "code"], reds=["n"], get_printable_location=number, name="numbers")
nullable = JitDriver(greens=["pc", "code"], reds=["n"], get_printable_location=maybe, name="nullable")


def run_defaults(code, n):
    pc = 0
    while n > 0:
        defaults.jit_merge_point(pc=pc, code=code, n=n)  # error: get_printable_location 'jit_printable_location_errors.with_default' of JitDriver 'defaults' must take 2 parameters, one per green variable (pc, code), not 3
        n -= 1
    return n


def run_star(code, n):
    pc = 0
    while n > 0:
        star.jit_merge_point(pc=pc, code=code, n=n)  # error: of JitDriver 'star' must take 2 parameters, one per green variable (pc, code), not a *args parameter
        n -= 1
    return n


def run_late(code, n):
    pc = 0
    while n > 0:
        late.jit_merge_point(pc=pc, code=code, n=n)  # error: of JitDriver 'late' must take 2 parameters, one per green variable (pc, code), not 1
        n -= 1
    return n


def run_numbers(code, n):
    pc = 0
    while n > 0:
        numbers.jit_merge_point(pc=pc, code=code, n=n)  # error: get_printable_location 'jit_printable_location_errors.number' of JitDriver 'numbers' must return a str, not 'int'
        n -= 1
    return n


def run_nullable(code, n):
    pc = 0
    while n > 0:
        nullable.jit_merge_point(pc=pc, code=code, n=n)  # error: of JitDriver 'nullable' must return a str, not 'str?'
        pc += 1
        n -= 1
    return n


def entry_point(argv):
    n = len(argv)
    return run_defaults("a", n) + run_star("b", n) + run_late("c", n) + run_numbers("d", n) + run_nullable("e", n)


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
