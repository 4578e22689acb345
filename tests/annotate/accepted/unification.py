# Prolog-style terms and unification: Var objects with a nullable binding, Atom and Struct
# terms, dereferencing chains, a trail to undo bindings, and printing with narrowing by
# isinstance.


class Term(object):
    pass


class Var(Term):
    def __init__(self, name):
        self.name = name
        self.ref = None


class Atom(Term):
    def __init__(self, name):
        self.name = name


class Struct(Term):
    def __init__(self, functor, args):
        self.functor = functor
        self.args = args


def deref(t):
    while isinstance(t, Var):
        if t.ref is None:
            return t
        t = t.ref
    return t


def unify(a, b, trail):
    a = deref(a)
    b = deref(b)
    if a is b:
        return True
    if isinstance(a, Var):
        a.ref = b
        trail.append(a)
        return True
    if isinstance(b, Var):
        b.ref = a
        trail.append(b)
        return True
    if isinstance(a, Atom) and isinstance(b, Atom):
        return a.name == b.name
    if isinstance(a, Struct) and isinstance(b, Struct):
        if a.functor != b.functor or len(a.args) != len(b.args):
            return False
        for i in range(len(a.args)):
            if not unify(a.args[i], b.args[i], trail):
                return False
        return True
    return False


def undo(trail, mark):
    while len(trail) > mark:
        v = trail.pop()
        v.ref = None


def show(t):
    t = deref(t)
    if isinstance(t, Var):
        return "_" + t.name
    if isinstance(t, Atom):
        return t.name
    assert isinstance(t, Struct)
    return t.functor + "(" + ", ".join([show(a) for a in t.args]) + ")"


def entry_point(argv):
    x, y = Var("X"), Var("Y")
    t1 = Struct("point", [x, Atom("2")])
    t2 = Struct("point", [Atom("1"), y])
    trail = []
    print(unify(t1, t2, trail), show(t1), show(t2), len(trail))
    undo(trail, 0)
    print(show(t1))
    t3 = Struct("point", [Atom("1"), Struct("pair", [y, y])])
    print(unify(t1, t3, trail), show(t1))
    mark = len(trail)
    print(unify(y, Atom("a"), trail), show(t3))
    undo(trail, mark)
    print(show(t3), unify(Atom("a"), Atom("b"), trail))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
