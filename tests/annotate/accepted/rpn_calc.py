# exit: 12
# A reverse-Polish calculator over floats: tokens are parsed with float(), operators are
# looked up in a dict of lambdas, and errors are distinct exception classes caught together.


class CalcError(Exception):
    def describe(self):
        return "calculator error"


class StackUnderflow(CalcError):
    def describe(self):
        return "not enough operands"


class BadToken(CalcError):
    def __init__(self, token):
        self.token = token

    def describe(self):
        return "bad token '%s'" % self.token


OPERATORS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "max": lambda a, b: max(a, b),
}


def evaluate(line):
    stack = []
    for tok in line.split():
        if tok in OPERATORS:
            if len(stack) < 2:
                raise StackUnderflow()
            b = stack.pop()
            a = stack.pop()
            stack.append(OPERATORS[tok](a, b))
        else:
            try:
                stack.append(float(tok))
            except ValueError:
                raise BadToken(tok)
    if len(stack) != 1:
        raise StackUnderflow()
    return stack[0]


def entry_point(argv):
    status = 0
    for line in ["3 4 + 2 *", "1 2 3 max max 0.5 -", "10 4 /", "1 +", "2 x *", "1 0 /"]:
        try:
            print("%s = %s" % (line, str(evaluate(line))))
        except CalcError as e:
            print("%s: %s" % (line, e.describe()))
            status += 1
        except ZeroDivisionError:
            print("%s: division by zero" % line)
            status += 10
    return status


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
