# Run-time closures: counters with nonlocal state, adders captured in a list, a memoizing
# wrapper over a dict, and lambdas passed to a higher-order function.


def make_counter(start):
    count = start

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


def make_adder(k):
    return lambda x: x + k


def apply_all(fns, value):
    results = []
    for f in fns:
        results.append(f(value))
    return results


def memoize_fib():
    cache = {}

    def fib(n):
        if n < 2:
            return n
        if n in cache:
            return cache[n]
        r = fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r

    return fib


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def entry_point(argv):
    c = make_counter(10)
    c(1)
    c(5)
    print("counter: %d" % c(100))
    adders = [make_adder(i) for i in range(4)]
    print(apply_all(adders, 10))
    fib = memoize_fib()
    print("fib(50) = %d" % fib(50))
    double_then_inc = compose(make_adder(1), lambda x: x * 2)
    print(double_then_inc(20))
    total = 0
    for i in range(5):
        def square_plus(x):
            return x * x + i
        total += square_plus(i)
    print("total: %d" % total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
