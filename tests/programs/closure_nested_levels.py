# Closures: three levels of nested functions capturing variables from each enclosing scope, with nonlocal at depth.


def outer(a):
    log = []

    def middle(b):
        count = 0

        def inner(c):
            nonlocal count
            count += 1
            log.append("inner(%d,%d,%d)#%d" % (a, b, c, count))
            return a * 100 + b * 10 + c

        r1 = inner(1)
        r2 = inner(2)
        return r1 + r2 + count

    x = middle(3) + middle(4)
    return x, log


def make_bank(initial):
    balance = initial
    history = []

    def account(name):
        def deposit(n):
            nonlocal balance
            balance += n
            history.append(name + "+" + str(n))
            return balance

        def withdraw(n):
            nonlocal balance
            if n > balance:
                history.append(name + " refused " + str(n))
                return -1
            balance -= n
            history.append(name + "-" + str(n))
            return balance

        return deposit, withdraw

    def current():
        return balance

    return account, current, history


def entry_point(argv):
    x, log = outer(5)
    print(x)
    for line in log:
        print(line)
    account, current, history = make_bank(50)
    dep_a, wd_a = account("ann")
    dep_b, wd_b = account("ben")
    print(dep_a(20), wd_b(60), wd_b(100), dep_b(5), wd_a(15))
    print("balance", current())
    print(history)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
