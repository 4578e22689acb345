# exit: 3
# A recursive-descent parser producing an AST of node classes, then an evaluator that walks
# it with virtual methods and an environment dict.


class ParseError(Exception):
    def __init__(self, message):
        self.message = message


class Node(object):
    def eval(self, env):
        raise NotImplementedError

    def show(self):
        raise NotImplementedError


class Number(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Name(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise ParseError("unbound name " + self.name)
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
        if b == 0:
            raise ParseError("division by zero")
        return a // b

    def show(self):
        return "(%s %s %s)" % (self.left.show(), self.op, self.right.show())


class Parser(object):
    def __init__(self, text):
        self.text = text.replace(" ", "")
        self.pos = 0

    def peek(self):
        if self.pos < len(self.text):
            return self.text[self.pos]
        return ""

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-") and self.peek() != "":
            op = self.peek()
            self.pos += 1
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek() != "" and self.peek() in "*/":
            op = self.peek()
            self.pos += 1
            node = BinOp(op, node, self.atom())
        return node

    def atom(self):
        c = self.peek()
        if c == "(":
            self.pos += 1
            node = self.expr()
            if self.peek() != ")":
                raise ParseError("expected ) at %d" % self.pos)
            self.pos += 1
            return node
        if c.isdigit():
            start = self.pos
            while self.peek().isdigit() and self.peek() != "":
                self.pos += 1
            return Number(int(self.text[start:self.pos]))
        if c.isalpha():
            start = self.pos
            while self.peek().isalnum() and self.peek() != "":
                self.pos += 1
            return Name(self.text[start:self.pos])
        raise ParseError("unexpected '%s' at %d" % (c, self.pos))


def entry_point(argv):
    env = {"x": 6, "y": 7}
    failures = 0
    for src in ["1 + 2 * 3", "(x + 1) * y", "x * y / (y - 7)", "2 * (3 + ", "z + 1"]:
        try:
            tree = Parser(src).expr()
            print(tree.show() + " = " + str(tree.eval(env)))
        except ParseError as e:
            print("error: " + e.message)
            failures += 1
    return failures


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
