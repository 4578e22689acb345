"""A tiny Lisp. Symbols are interned at load time into a prebuilt table; arithmetic and
comparison primitives are closures made in a loop by a factory and stored both as globals
(globals()["prim_" + name]) and in the global environment; a prelude is read at load time
into prebuilt cons cells that share the interned symbols."""


class W_Object:
    def to_str(self):
        return "?"


class W_Int(W_Object):
    def __init__(self, value):
        self.value = value

    def to_str(self):
        return str(self.value)


class W_Symbol(W_Object):
    def __init__(self, name):
        self.name = name

    def to_str(self):
        return self.name


class W_Nil(W_Object):
    def to_str(self):
        return "()"


class W_Cons(W_Object):
    def __init__(self, car, cdr):
        self.car = car
        self.cdr = cdr

    def to_str(self):
        parts = []
        cell = self
        while isinstance(cell, W_Cons):
            parts.append(cell.car.to_str())
            cell = cell.cdr
        return "(" + " ".join(parts) + ")"


class W_Prim(W_Object):
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def to_str(self):
        return "#<primitive %s>" % self.name


class LispError(Exception):
    def __init__(self, message):
        self.message = message


NIL = W_Nil()
SYMBOLS = {}


def intern(name):
    if name not in SYMBOLS:
        SYMBOLS[name] = W_Symbol(name)
    return SYMBOLS[name]


for _name in ["quote", "if", "define", "lambda", "t"]:
    intern(_name)
S_QUOTE, S_IF, S_DEFINE, S_T = SYMBOLS["quote"], SYMBOLS["if"], SYMBOLS["define"], SYMBOLS["t"]
TRUE = S_T


def _make_arith(name, op, unit):
    def prim(args):
        acc = unit
        first = True
        for arg in args:
            if not isinstance(arg, W_Int):
                raise LispError(name + ": not a number")
            acc = arg.value if first and name == "-" and len(args) > 1 else op(acc, arg.value)
            first = False
        return W_Int(acc)
    prim.__name__ = "prim_" + name
    return prim


def _make_compare(name, test):
    def prim(args):
        for i in range(len(args) - 1):
            a = args[i]
            b = args[i + 1]
            if not (isinstance(a, W_Int) and isinstance(b, W_Int)):
                raise LispError(name + ": not a number")
            if not test(a.value, b.value):
                return NIL
        return TRUE
    return prim


GLOBAL_ENV = {}
_ARITH = [("+", "add", lambda a, b: a + b, 0), ("*", "mul", lambda a, b: a * b, 1),
          ("-", "sub", lambda a, b: a - b, 0)]
_COMPARE = [("<", "lt", lambda a, b: a < b), ("=", "eq", lambda a, b: a == b)]
for _sym, _pyname, _op, _unit in _ARITH:
    globals()["prim_" + _pyname] = _make_arith(_sym, _op, _unit)
    GLOBAL_ENV[intern(_sym)] = W_Prim(_sym, globals()["prim_" + _pyname])
for _sym, _pyname, _test in _COMPARE:
    globals()["prim_" + _pyname] = _make_compare(_sym, _test)
    GLOBAL_ENV[intern(_sym)] = W_Prim(_sym, globals()["prim_" + _pyname])


def read(text):
    tokens = text.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
    result, pos = _read(tokens, 0)
    return result


def _read(tokens, pos):
    token = tokens[pos]
    if token == "(":
        items = []
        pos += 1
        while tokens[pos] != ")":
            item, pos = _read(tokens, pos)
            items.append(item)
        cell = NIL
        for item in reversed(items):
            cell = W_Cons(item, cell)
        return cell, pos + 1
    if token == "'":
        item, pos = _read(tokens, pos + 1)
        return W_Cons(S_QUOTE, W_Cons(item, NIL)), pos
    if token.lstrip("-").isdigit():
        return W_Int(int(token)), pos + 1
    return intern(token), pos + 1


PRELUDE = [read(_src) for _src in ["(define answer (* 6 7))", "(define origin '(0 0))",
                                   "(define small (< 1 2 3))"]]


def nth(expr, n):
    cell = expr
    for _ in range(n):
        assert isinstance(cell, W_Cons)
        cell = cell.cdr
    if not isinstance(cell, W_Cons):
        raise LispError("too few arguments in " + expr.to_str())
    return cell.car


def second(expr):
    return nth(expr, 1)


def third(expr):
    return nth(expr, 2)


def evaluate(expr):
    if isinstance(expr, W_Symbol):
        if expr not in GLOBAL_ENV:
            raise LispError("unbound symbol " + expr.name)
        return GLOBAL_ENV[expr]
    if not isinstance(expr, W_Cons):
        return expr
    head = expr.car
    if head is S_QUOTE:
        return second(expr)
    if head is S_DEFINE:
        name = second(expr)
        assert isinstance(name, W_Symbol)
        GLOBAL_ENV[name] = evaluate(third(expr))
        return name
    if head is S_IF:
        if evaluate(second(expr)) is not NIL:
            return evaluate(third(expr))
        return evaluate(nth(expr, 3))
    fn = evaluate(head)
    if not isinstance(fn, W_Prim):
        raise LispError("not a function: " + fn.to_str())
    args = []
    cell = expr.cdr
    while isinstance(cell, W_Cons):
        args.append(evaluate(cell.car))
        cell = cell.cdr
    return fn.fn(args)


def entry_point(argv):
    for expr in PRELUDE:
        print("%s => %s" % (expr.to_str(), evaluate(expr).to_str()))
    sources = argv[1:] if len(argv) > 1 else ["(+ answer 1)", "(- 10 3 2)", "(if small 'yes 'no)",
                                            "(= 2 (+ 1 1))", "origin", "(* 2 'x)", "(nope)", "+"]
    for source in sources:
        try:
            print("%s => %s" % (source, evaluate(read(source)).to_str()))
        except LispError as e:
            print("%s => error: %s" % (source, e.message))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
