# test: load-functions
# Every exported function gets its own FunctionDef/Lambda node, even when several start on
# one line, are decorated, nested, made by factories, or made by exec.
from kiln.objectmodel import specialize


def deco(f):
    return f


@deco
@specialize.argtype(0)
def decorated(x):
    return x


def make_adder(n):
    def add(x):
        return x + n
    return add


add1 = make_adder(1)
add2 = make_adder(2)
pick = [lambda x: x + 1, lambda x: x * 2]; other = lambda: 0

exec("def generated(a, b):\n    return a - b\n")


class Shape:
    def area(self):
        return 0

    @staticmethod
    def unit():
        return lambda: 1


def entry_point(argv):
    total = decorated(1) + add1(1) + add2(2) + pick[0](1) + pick[1](2) + other()
    total += generated(5, 3) + Shape().area() + Shape.unit()()
    return 0 if total == 16 else 1


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# decorated functions.py:13:1 FunctionDef
# make_adder.<locals>.add functions.py:18:5 FunctionDef
# make_adder.<locals>.add functions.py:18:5 FunctionDef
# <lambda> functions.py:25:9 Lambda
# <lambda> functions.py:25:26 Lambda
# <lambda> functions.py:25:52 Lambda
# Shape.area functions.py:31:5 FunctionDef
# Shape.unit functions.py:35:5 FunctionDef
# entry_point functions.py:39:1 FunctionDef
# generated <kiln-exec-11>:1:1 FunctionDef
