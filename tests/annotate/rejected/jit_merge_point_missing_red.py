# jit_merge_point must name every green and red variable of its driver.
from kiln.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["acc", "frame"])


class Frame(object):
    def __init__(self):
        self.x = 0


def interpret(code):
    pc = 0
    acc = 0
    frame = Frame()
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc)  # error: 'jit_merge_point' is missing the variable 'frame' of its JitDriver
        acc += code[pc]
        pc += 1
    return acc


def entry_point(argv):
    return interpret([1, 2, 3])


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
