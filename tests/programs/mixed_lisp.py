# Mixed: a tiny Lisp (reader, environments, special forms, user lambdas, recursion, errors as exceptions).


class LispError(Exception):
    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg


class Obj:
    def show(self):
        return "?"

    def truthy(self):
        return True


class Num(Obj):
    def __init__(self, v):
        self.v = v

    def show(self):
        return str(self.v)

    def truthy(self):
        return self.v != 0


class Sym(Obj):
    def __init__(self, name):
        self.name = name

    def show(self):
        return self.name


class List(Obj):
    def __init__(self, items):
        self.items = items

    def show(self):
        return "(" + " ".join([x.show() for x in self.items]) + ")"

    def truthy(self):
        return len(self.items) > 0


class Env:
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise LispError("unbound symbol: " + name)


class Proc(Obj):
    def call(self, args):
        raise LispError("not callable")

    def show(self):
        return "<proc>"


class Builtin(Proc):
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def call(self, args):
        nums = []
        for a in args:
            if not isinstance(a, Num):
                raise LispError(self.name + ": not a number: " + a.show())
            nums.append(a.v)
        return self.fn(nums)

    def show(self):
        return "<builtin " + self.name + ">"


class Lambda(Proc):
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env

    def call(self, args):
        if len(args) != len(self.params):
            raise LispError("expected %d arguments, got %d" % (len(self.params), len(args)))
        env = Env(self.env)
        for i in range(len(args)):
            env.vars[self.params[i]] = args[i]
        return evaluate(self.body, env)


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read(tokens, pos):
    if pos >= len(tokens):
        raise LispError("unexpected end of input")
    t = tokens[pos]
    if t == "(":
        items = []
        pos += 1
        while pos < len(tokens) and tokens[pos] != ")":
            item, pos = read(tokens, pos)
            items.append(item)
        if pos >= len(tokens):
            raise LispError("missing )")
        return List(items), pos + 1
    if t == ")":
        raise LispError("unexpected )")
    try:
        return Num(int(t)), pos + 1
    except ValueError:
        return Sym(t), pos + 1


def evaluate(x, env):
    if isinstance(x, Num):
        return x
    if isinstance(x, Sym):
        return env.lookup(x.name)
    if isinstance(x, List):
        if len(x.items) == 0:
            return x
        head = x.items[0]
        if isinstance(head, Sym):
            if head.name == "if":
                cond = evaluate(x.items[1], env)
                return evaluate(x.items[2] if cond.truthy() else x.items[3], env)
            if head.name == "define":
                name = x.items[1]
                assert isinstance(name, Sym)
                env.vars[name.name] = evaluate(x.items[2], env)
                return name
            if head.name == "lambda":
                ps = x.items[1]
                assert isinstance(ps, List)
                params = []
                for p in ps.items:
                    assert isinstance(p, Sym)
                    params.append(p.name)
                return Lambda(params, x.items[2], env)
            if head.name == "quote":
                return x.items[1]
        f = evaluate(head, env)
        args = [evaluate(a, env) for a in x.items[1:]]
        if not isinstance(f, Proc):
            raise LispError("not a procedure: " + f.show())
        return f.call(args)
    raise LispError("cannot evaluate")


def _add(ns):
    s = 0
    for n in ns:
        s += n
    return Num(s)


def _mul(ns):
    p = 1
    for n in ns:
        p *= n
    return Num(p)


def global_env():
    env = Env(None)
    env.vars["+"] = Builtin("+", _add)
    env.vars["*"] = Builtin("*", _mul)
    env.vars["-"] = Builtin("-", lambda ns: Num(ns[0] - ns[1]) if len(ns) == 2 else Num(-ns[0]))
    env.vars["<"] = Builtin("<", lambda ns: Num(1 if ns[0] < ns[1] else 0))
    env.vars["="] = Builtin("=", lambda ns: Num(1 if ns[0] == ns[1] else 0))
    return env


def entry_point(argv):
    env = global_env()
    program = [
        "(+ 1 2 (* 3 4))",
        "(define sq (lambda (x) (* x x)))",
        "(sq 12)",
        "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
        "(fact 10)",
        "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
        "(fib 15)",
        "(define make-adder (lambda (k) (lambda (x) (+ x k))))",
        "((make-adder 5) 37)",
        "(quote (a b (c d)))",
        "(if () 1 2)",
        "(undefined 1)",
        "(sq 1 2)",
        "(+ 1 (quote a))",
        "(1 2)",
        "(+ 1",
        ")",
    ]
    for src in program:
        try:
            expr, pos = read(tokenize(src), 0)
            print(src, "=>", evaluate(expr, env).show())
        except LispError as e:
            print(src, "=> error:", e.msg)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
