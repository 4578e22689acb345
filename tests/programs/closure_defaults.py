# Closures: default argument values bound at definition time versus late-bound captured variables.


def make_funcs():
    early = []
    late = []
    for i in range(4):
        early.append(lambda x, i=i: x + i)
        late.append(lambda x: x + i)
    return early, late


def make_greeter(greeting="hello", punct="!"):
    def greet(name, times=1):
        return " ".join([greeting + ", " + name + punct] * times)
    return greet


def rebinding():
    value = 1
    f = lambda: value * 10
    r1 = f()
    value = 5
    r2 = f()
    return r1, r2


def entry_point(argv):
    early, late = make_funcs()
    print([f(100) for f in early])
    print([f(100) for f in late])
    g1 = make_greeter()
    g2 = make_greeter("hi")
    g3 = make_greeter(punct="?", greeting="what")
    print(g1("ann"))
    print(g2("bob", 2))
    print(g3("carl", times=3))
    print(rebinding())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
