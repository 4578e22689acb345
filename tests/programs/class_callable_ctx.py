# Classes: __call__ (instances used as functions), user context managers (__enter__/__exit__) with 'with', __iter__ as a generator.


class Polynomial:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        r = 0
        for c in self.coeffs:
            r = r * x + c
        return r


class Timer:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.log.append("exit " + self.name)
        return False


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = self.n
        while i > 0:
            yield i
            i -= 1


def entry_point(argv):
    p = Polynomial([1, -3, 2])
    q = Polynomial([2, 0, 0, 1])
    print([p(x) for x in range(5)], q(3))
    fs = [p, q]
    print([f(2) for f in fs])
    log = []
    with Timer(log, "outer") as t:
        log.append("inside " + t.name)
        with Timer(log, "inner"):
            log.append("deep")
    print(log)
    del log[:]
    try:
        with Timer(log, "failing"):
            log.append("about to fail")
            raise ValueError("boom")
    except ValueError as e:
        log.append("caught " + str(e))
    print(log)
    print(list(Countdown(4)), sum(Countdown(10)))
    for i in Countdown(2):
        print("tick", i)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
