# Classes: an AST interpreter: a tokenizer, a recursive-descent parser building Node subclasses, eval and pretty-print.


class Node:
    def eval(self, env):
        raise NotImplementedError

    def show(self):
        return "?"


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def show(self):
        return self.name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "/":
            return a // b
        return a % b

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)

    def show(self):
        return "-" + self.operand.show()


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(src[i:j])
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(src[i:j])
            i = j
        else:
            tokens.append(c)
            i += 1
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return ""

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self):
        node = self.term()
        while self.peek() == "+" or self.peek() == "-":
            op = self.take()
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        t = self.take()
        if t == "-":
            return Neg(self.factor())
        if t == "(":
            node = self.expr()
            self.take()
            return node
        if t.isdigit():
            return Num(int(t))
        return Var(t)


def entry_point(argv):
    env = {"x": 7, "y": -3, "width": 12}
    sources = ["1 + 2 * 3", "(1 + 2) * 3", "x * x - y", "-(width / 5) + x % 4",
               "2 * (x + (y * (3 - width)))", "100 / 7 / 2", "-x - -y"]
    for src in sources:
        tree = Parser(tokenize(src)).expr()
        print(src, "=>", tree.show(), "=", tree.eval(env))
    env["x"] = 100
    tree = Parser(tokenize("x * 2 + width")).expr()
    print(tree.show(), "=", tree.eval(env))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
