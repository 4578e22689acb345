# Closures: currying and partial application, functions returning functions of functions, closures over bound methods.


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def partial2(f, a):
    def g(b):
        return f(a, b)
    return g


def volume(l, w, h):
    return l * w * h


def power(base, exp):
    r = 1
    for i in range(exp):
        r *= base
    return r


def iterate(f, n):
    def run(x):
        for i in range(n):
            x = f(x)
        return x
    return run


def twice_with(f):
    return lambda n: f(n) + f(n)


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, n):
        self.balance += n
        return self.balance


def entry_point(argv):
    cv = curry3(volume)
    print(cv(2)(3)(4), cv(1)(1)(1))
    two_by = cv(2)
    print(two_by(5)(5), two_by(10)(1))
    pow2 = partial2(power, 2)
    pow3 = partial2(power, 3)
    print([pow2(i) for i in range(10)], [pow3(i) for i in range(5)])
    times10 = iterate(lambda x: x * 2 + 1, 10)
    print(times10(0), times10(5))
    acct = Account("ann")
    dep = acct.deposit
    batch = twice_with(dep)
    print(batch(10), batch(1), acct.balance)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
