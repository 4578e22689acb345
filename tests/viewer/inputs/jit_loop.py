# The program of the viewer's jitcode golden test (tests/viewer/README.md): the smallest
# interpreter-shaped loop with a JitDriver, and one call the JIT looks inside.
from kiln.jit import JitDriver

driver = JitDriver(greens=["pc"], reds=["acc", "n"])


def step(acc, n):
    if n % 3 == 0:
        return acc - n
    return acc + n


def run(n):
    pc = 0
    acc = 0
    while n > 0:
        driver.jit_merge_point(pc=pc, acc=acc, n=n)
        acc = step(acc, n)
        n -= 1
    return acc


def entry_point(argv):
    print(run(len(argv) * 10))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
