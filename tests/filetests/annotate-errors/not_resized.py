# test: annotate-errors
# kiln.debug.make_sure_not_resized: a list that must stay a bare array is resized, directly or
# through a list it merges with (one parameter for both); a slice is a list of its own, so
# appending to it is fine.
from kiln.debug import make_sure_not_resized


def fill(regs, n):
    for i in range(n):
        regs[i] = i


def registers(n):
    regs = make_sure_not_resized([0] * n)  # error: this list must not be resized (make_sure_not_resized), but it is, or it merges with a list that is: it cannot be a fixed-size array
    fill(regs, n)
    return regs


def arguments():
    args = []
    args.append(1)  # note: it is resized here
    fill(args, 1)
    return args


def sliced(n):
    stack = make_sure_not_resized([0] * n)
    top = stack[1:]
    top.append(2)
    return len(stack) + len(top)


def entry_point(argv):
    return len(registers(3)) + len(arguments()) + sliced(4)
