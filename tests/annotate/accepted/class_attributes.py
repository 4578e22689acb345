# Class attributes as per-class constants: AST node classes declare their operator symbol,
# precedence and arity as class attributes overridden in subclasses; instances read them
# through self, and code reads them from the class too.


class Op(object):
    symbol = "?"
    precedence = 0
    arity = 2
    commutative = False

    def __init__(self, operands):
        self.operands = operands

    def render(self):
        if self.arity == 1:
            return self.symbol + self.operands[0]
        return (" " + self.symbol + " ").join(self.operands)


class Add(Op):
    symbol = "+"
    precedence = 10
    commutative = True


class Sub(Op):
    symbol = "-"
    precedence = 10


class Mul(Op):
    symbol = "*"
    precedence = 20
    commutative = True


class Neg(Op):
    symbol = "-"
    precedence = 30
    arity = 1


def describe(op):
    kind = "commutative" if op.commutative else "ordered"
    return "%s (prec %d, %s)" % (op.render(), op.precedence, kind)


def entry_point(argv):
    ops = [Add(["a", "b"]), Sub(["x", "1"]), Mul(["2", "y"]), Neg(["z"])]
    for op in ops:
        print(describe(op))
    print(Mul.precedence > Add.precedence, Neg.arity, Op.symbol)
    highest = ops[0]
    for op in ops:
        if op.precedence > highest.precedence:
            highest = op
    print("binds tightest: " + highest.symbol)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
