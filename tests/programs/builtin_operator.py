# the operator module: its functions called directly and through a table of load-time lambdas, and a small RPN calculator.
import operator

BINARY = [
    ("+", lambda a, b: operator.add(a, b)),
    ("-", lambda a, b: operator.sub(a, b)),
    ("*", lambda a, b: operator.mul(a, b)),
    ("//", lambda a, b: operator.floordiv(a, b)),
    ("%", lambda a, b: operator.mod(a, b)),
    ("**", lambda a, b: operator.pow(a, b)),
    ("<<", lambda a, b: operator.lshift(a, b)),
    (">>", lambda a, b: operator.rshift(a, b)),
    ("&", lambda a, b: operator.and_(a, b)),
    ("|", lambda a, b: operator.or_(a, b)),
    ("^", lambda a, b: operator.xor(a, b)),
]

COMPARE = [
    ("<", lambda a, b: operator.lt(a, b)),
    ("<=", lambda a, b: operator.le(a, b)),
    ("==", lambda a, b: operator.eq(a, b)),
    ("!=", lambda a, b: operator.ne(a, b)),
    (">", lambda a, b: operator.gt(a, b)),
    (">=", lambda a, b: operator.ge(a, b)),
]


def apply_all(a, b):
    for sym, fn in BINARY:
        print("%d %s %d = %d" % (a, sym, b, fn(a, b)))


def evaluate(tokens):
    ops = {}
    for sym, fn in BINARY:
        ops[sym] = fn
    stack = []
    for tok in tokens.split():
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[-1]


def entry_point(argv):
    apply_all(17, 5)
    apply_all(-17, 3)
    for a, b in [(1, 2), (2, 2), (3, 2)]:
        print(a, b, [sym for sym, fn in COMPARE if fn(a, b)])
    print(operator.neg(5), operator.pos(-5), operator.invert(5), operator.truediv(7, 2))
    print(operator.add(1.5, 2.25), operator.mul(0.5, 8.0), operator.lt(1.0, 2.0))
    for expr in ["3 4 +", "2 3 4 * +", "10 2 - 3 **", "1 10 << 3 |", "100 7 % 2 ^"]:
        print(expr, "=>", evaluate(expr))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
