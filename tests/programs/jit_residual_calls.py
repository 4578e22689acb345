# Residual calls from JIT code, each way the x86-64 backend makes them: straight to the callee
# with the arguments in SysV's registers (integers and references in rdi..r9, doubles in
# xmm0..xmm7, a double result in xmm0), and through the thunk (a Bool result, more than six
# integer arguments). A small interpreter loop makes the calls hot so they run as machine code.
from kiln.jit import JitDriver, dont_look_inside


def where(pc, ops):
    return "%d:%d" % (pc, ops[pc])


driver = JitDriver(greens=["pc", "ops"], reds=["i", "n", "x", "acc", "total"], get_printable_location=where)


@dont_look_inside
def mix(a, x, b, y, c):
    # Three integers and two doubles, interleaved: each kind goes to its own registers.
    return x * 0.5 + a - y / 4.0 + b * c


@dont_look_inside
def scale(x, k):
    return x * k


@dont_look_inside
def is_odd(k):
    return k % 2 == 1


@dont_look_inside
def seven(a, b, c, d, e, f, g):
    return a - b + c - d + e - f + g * 2


@dont_look_inside
def label(k):
    return "k" + str(k % 3)


def run(ops, n):
    pc = 0
    i = 0
    x = 1.5
    acc = 0.0
    total = 0
    while pc < len(ops):
        driver.jit_merge_point(pc=pc, ops=ops, i=i, n=n, x=x, acc=acc, total=total)
        op = ops[pc]
        if op == 0:
            acc += mix(i, x, 3, acc * 0.001, i % 5)
            x = scale(x, 1.0001)
        elif op == 1:
            if is_odd(i):
                total += seven(i, 1, 2, 3, 4, 5, i % 7)
            else:
                total += len(label(i))
        elif op == 2:
            i += 1
            if i < n:
                pc = 0
                continue
        pc += 1
    return acc, x, total


def entry_point(argv):
    acc, x, total = run([0, 1, 2], 3000)
    print(int(acc), int(x * 1000), total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
