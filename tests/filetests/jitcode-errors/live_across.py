# test: jitcode-errors
# Only greens and reds may be live across the merge point: the JIT hands the loop back to the
# interpreter with those alone.
from kiln.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["acc"])


def run(code, acc):
    pc = 0
    n = len(code)
    while pc < n:
        driver.jit_merge_point(pc=pc, code=code, acc=acc)  # error: 'n' must be a green or red of the JitDriver
        acc += code[pc]
        pc += 1
    return acc


def entry_point(argv):
    print(run([1, 2, 3], 0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
