# A tiny Lisp: W_ objects, a reader, nullable-parent environments, primitives as lambdas.


class W_Object(object):
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


class W_List(W_Object):
    def __init__(self, items):
        self.items = items

    def to_str(self):
        return "(" + " ".join([w.to_str() for w in self.items]) + ")"


class LispError(Exception):
    def __init__(self, msg):
        self.msg = msg


class Env(object):
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None and name not in env.vars:
            env = env.parent
        if env is None:
            raise LispError("unbound: " + name)
        return env.vars[name]


def read(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        items = []
        pos += 1
        while tokens[pos] != ")":
            item, pos = read(tokens, pos)
            items.append(item)
        return W_List(items), pos + 1
    return (W_Int(int(tok)) if tok.isdigit() else W_Symbol(tok)), pos + 1


def is_true(w):  # everything but the integer 0 is true
    return not (isinstance(w, W_Int) and w.value == 0)


def evaluate(w, env):
    if isinstance(w, W_Int):
        return w
    if isinstance(w, W_Symbol):
        return env.lookup(w.name)
    assert isinstance(w, W_List)
    head = w.items[0]
    if isinstance(head, W_Symbol):
        if head.name == "if":
            if is_true(evaluate(w.items[1], env)):
                return evaluate(w.items[2], env)
            return evaluate(w.items[3], env)
        if head.name == "let":  # (let name value body)
            inner = Env(env)
            inner.vars[w.items[1].to_str()] = evaluate(w.items[2], env)
            return evaluate(w.items[3], inner)
        if head.name in PRIMITIVES:
            args = [evaluate(a, env) for a in w.items[1:]]
            return PRIMITIVES[head.name](args)
    raise LispError("cannot apply " + head.to_str())


def int_args(args):
    result = []
    for a in args:
        if not isinstance(a, W_Int):
            raise LispError("not a number: " + a.to_str())
        result.append(a.value)
    return result


PRIMITIVES = {
    "+": lambda args: W_Int(sum(int_args(args))),
    "*": lambda args: W_Int(int_args(args)[0] * int_args(args)[1]),
    "<": lambda args: W_Int(1 if int_args(args)[0] < int_args(args)[1] else 0),
    "list": lambda args: W_List(args)}


def entry_point(argv):
    glob = Env(None)
    glob.vars["ten"] = W_Int(10)
    for src in ["(+ 1 2 (* 3 4))", "(let x 5 (if (< x ten) (list x ten) 0))", "(+ 1 (list 2))", "(foo 1)"]:
        tree, _ = read(src.replace("(", " ( ").replace(")", " ) ").split(), 0)
        try:
            print(tree.to_str() + " => " + evaluate(tree, glob).to_str())
        except LispError as e:
            print(tree.to_str() + " => error: " + e.msg)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
