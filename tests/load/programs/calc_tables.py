"""An infix integer calculator whose lexer and Pratt parser are driven by tables built at
load time in loops: a character-class table, binding powers per operator, powers of ten."""

DIGITS = "0123456789"
OPERATORS = "+-*/%^()"
SPACES = " \t\n"

# One entry per ASCII code: 0 other, 1 digit, 2 space, 3 operator.
CLS_OTHER, CLS_DIGIT, CLS_SPACE, CLS_OP = range(4)
CHAR_CLASS = [CLS_OTHER] * 128
for _c in DIGITS:
    CHAR_CLASS[ord(_c)] = CLS_DIGIT
for _c in SPACES:
    CHAR_CLASS[ord(_c)] = CLS_SPACE
for _c in OPERATORS:
    CHAR_CLASS[ord(_c)] = CLS_OP

# (left, right) binding power of each binary operator; '^' is right associative.
_LEVELS = [("+-", 10), ("*/%", 20), ("^", 30)]
BINDING = {}
for _ops, _power in _LEVELS:
    for _op in _ops:
        BINDING[_op] = (_power + 1, _power) if _op == "^" else (_power, _power + 1)
PREFIX_POWER = 25

POW10 = [10 ** _i for _i in range(19)]
MAX_DIGITS = len(POW10) - 1

DEFAULT_EXPRESSIONS = ("1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-7 % 3", "100 / 7 - 3",
                       "12345678 * 9", "1 / 0", "2 * (3 + 4) ^ 2 - -1", "7 $ 3")


class CalcError(Exception):
    def __init__(self, message):
        self.message = message


class Token:
    def __init__(self, kind, text, value):
        self.kind = kind      # "num", "op" or "end"
        self.text = text
        self.value = value


def tokenize(source):
    tokens = []
    i = 0
    n = len(source)
    while i < n:
        code = ord(source[i])
        cls = CHAR_CLASS[code] if code < 128 else CLS_OTHER
        if cls == CLS_SPACE:
            i += 1
        elif cls == CLS_DIGIT:
            start = i
            while i < n and ord(source[i]) < 128 and CHAR_CLASS[ord(source[i])] == CLS_DIGIT:
                i += 1
            if i - start > MAX_DIGITS:
                raise CalcError("number too long")
            value = 0
            for k in range(start, i):
                value += (ord(source[k]) - ord("0")) * POW10[i - 1 - k]
            tokens.append(Token("num", source[start:i], value))
        elif cls == CLS_OP:
            tokens.append(Token("op", source[i], 0))
            i += 1
        else:
            raise CalcError("unexpected character '%s'" % source[i])
    tokens.append(Token("end", "", 0))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def next(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def peek(self):
        return self.tokens[self.pos]

    def expression(self, min_power):
        token = self.next()
        if token.kind == "num":
            left = token.value
        elif token.text == "-":
            left = -self.expression(PREFIX_POWER)
        elif token.text == "(":
            left = self.expression(0)
            if self.next().text != ")":
                raise CalcError("expected ')'")
        else:
            raise CalcError("unexpected '%s'" % token.text)
        while True:
            op = self.peek()
            if op.kind != "op" or op.text not in BINDING:
                break
            lbp, rbp = BINDING[op.text]
            if lbp < min_power:
                break
            self.next()
            left = apply(op.text, left, self.expression(rbp))
        return left


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/" or op == "%":
        if b == 0:
            raise CalcError("division by zero")
        return a // b if op == "/" else a % b
    result = 1
    for _ in range(b):
        result *= a
    return result


def evaluate(source):
    parser = Parser(tokenize(source))
    value = parser.expression(0)
    if parser.peek().kind != "end":
        raise CalcError("trailing input")
    return value


def entry_point(argv):
    sources = argv[1:] if len(argv) > 1 else list(DEFAULT_EXPRESSIONS)
    errors = 0
    for source in sources:
        try:
            print("%s = %d" % (source, evaluate(source)))
        except CalcError as e:
            print("%s: error: %s" % (source, e.message))
            errors += 1
    return 0 if errors < len(sources) else 1


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
