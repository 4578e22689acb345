# a tiny tokenizer and recursive-descent evaluator for arithmetic with variables; errors reported with positions.


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos


class ParseError(Exception):
    def __init__(self, msg):
        self.msg = msg


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
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif c in "+-*/%()=":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError("unexpected character %r at %d" % (c, i))
    tokens.append(Token("end", "", len(src)))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-") and self.peek().kind == "op":
            op = self.take().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek().kind == "op" and self.peek().text in ("*", "/", "%"):
            op = self.take()
            r = self.factor()
            if op.text != "*" and r == 0:
                raise ParseError("division by zero at %d" % op.pos)
            if op.text == "*":
                v = v * r
            elif op.text == "/":
                v = v // r
            else:
                v = v % r
        return v

    def factor(self):
        t = self.take()
        if t.kind == "num":
            return int(t.text)
        if t.kind == "name":
            if t.text not in self.env:
                raise ParseError("unknown name %s at %d" % (t.text, t.pos))
            return self.env[t.text]
        if t.text == "-":
            return -self.factor()
        if t.text == "(":
            v = self.expr()
            if self.take().text != ")":
                raise ParseError("expected ) at %d" % self.tokens[self.i - 1].pos)
            return v
        raise ParseError("unexpected %r at %d" % (t.text, t.pos))


def run_line(line, env):
    tokens = tokenize(line)
    if len(tokens) > 2 and tokens[0].kind == "name" and tokens[1].text == "=":
        p = Parser(tokens, env)
        p.i = 2
        env[tokens[0].text] = p.expr()
        return "%s = %d" % (tokens[0].text, env[tokens[0].text])
    p = Parser(tokens, env)
    v = p.expr()
    if p.peek().kind != "end":
        raise ParseError("trailing input at %d" % p.peek().pos)
    return "%d" % v


def entry_point(argv):
    program = ["1 + 2 * 3", "x = 10", "y = x * (x - 3)", "y % 7 + -x", "(1 + 2", "z + 1", "10 / (5 - 5)",
               "2 $ 3", "width = 80", "width / 3 * 3 + width % 3", "((((7))))", "1 2", "-(-(-4))"]
    env = {}
    for line in program:
        try:
            print("%-28s -> %s" % (line, run_line(line, env)))
        except ParseError as e:
            print("%-28s !! %s" % (line, e.msg))
    print(sorted(list(env.keys())), [env[k] for k in sorted(list(env.keys()))])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
