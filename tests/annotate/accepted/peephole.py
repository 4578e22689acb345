# A compiler from an expression AST to stack bytecode, with constant folding on the tree and
# a peephole pass on the instruction list; the bytecode is then run by a small loop.


class Expr(object):
    def fold(self):
        return self

    def compile(self, code):
        raise NotImplementedError


class Const(Expr):
    def __init__(self, value):
        self.value = value

    def compile(self, code):
        code.append(("push", self.value))


class Arg(Expr):
    def compile(self, code):
        code.append(("arg", 0))


class Bin(Expr):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def fold(self):
        left = self.left.fold()
        right = self.right.fold()
        if isinstance(left, Const) and isinstance(right, Const):
            return Const(apply_op(self.op, left.value, right.value))
        return Bin(self.op, left, right)

    def compile(self, code):
        self.left.compile(code)
        self.right.compile(code)
        code.append((self.op, 0))


def apply_op(op, a, b):
    if op == "add":
        return a + b
    if op == "mul":
        return a * b
    return a - b


def peephole(code):
    out = []
    for ins in code:
        name, arg = ins
        # x + 0, x - 0 and x * 1: drop the constant and the operation
        if name in ("add", "sub") and len(out) >= 1 and out[-1] == ("push", 0):
            out.pop()
            continue
        if name == "mul" and len(out) >= 1 and out[-1] == ("push", 1):
            out.pop()
            continue
        out.append(ins)
    return out


def run(code, arg):
    stack = []
    for name, value in code:
        if name == "push":
            stack.append(value)
        elif name == "arg":
            stack.append(arg)
        else:
            b = stack.pop()
            a = stack.pop()
            stack.append(apply_op(name, a, b))
    return stack.pop()


def show(code):
    return " ".join([name if name != "push" else "push%d" % arg for name, arg in code])


def entry_point(argv):
    tree = Bin("add", Bin("mul", Arg(), Bin("sub", Const(3), Const(2))),
               Bin("mul", Const(2), Const(0)))
    raw = []
    tree.compile(raw)
    folded = []
    tree.fold().compile(folded)
    opt = peephole(folded)
    print(show(raw))
    print(show(folded))
    print(show(opt))
    print(run(raw, 7), run(opt, 7))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
