# Closures: nonlocal counters and accumulators made at run time, each closure keeping its own cell.


def make_counter(start, step):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def make_accumulator():
    total = 0
    items = []

    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total

    def report():
        return "total=%d items=%s" % (total, items)

    return add, report


def count_calls(n):
    calls = 0

    def visit(k):
        nonlocal calls
        calls += 1
        if k > 1:
            visit(k // 2)
            visit(k - 1 - k // 2)

    visit(n)
    return calls


def entry_point(argv):
    a = make_counter(0, 1)
    b = make_counter(100, -10)
    print(a(), a(), a(), b(), b(), a())
    add, report = make_accumulator()
    for x in [5, 10, -3, 7]:
        print("running", add(x))
    print(report())
    add2, report2 = make_accumulator()
    add2(1000)
    print(report(), "|", report2())
    for n in [1, 2, 5, 10, 33]:
        print("calls for", n, "=", count_calls(n))
    flags = []
    state = 0

    def toggle():
        nonlocal state
        state = 1 - state
        flags.append(state)

    for i in range(5):
        toggle()
    print("state", state, "flags", flags)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
