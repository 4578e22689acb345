# test: jitcode-errors
# One JitDriver, one merge point: the JIT resumes the interpreter at the portal's merge point.
from kiln.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["acc"])


def first(acc):
    pc = 0
    while pc < 3:
        driver.jit_merge_point(pc=pc, acc=acc)
        acc += pc
        pc += 1
    return acc


def second(acc):
    pc = 0
    while pc < 3:
        driver.jit_merge_point(pc=pc, acc=acc)  # error: ' has a second jit_merge_point; a driver has one merge point, in one function
        acc -= pc
        pc += 1
    return acc


def entry_point(argv):
    print(first(0) + second(10))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
