# test: parse-errors
def f(a=1, b):  # error: non-default argument follows default argument
    pass
# --
lambda a=1, b: 0  # error: non-default argument follows default argument
# --
def f(*):  # error: named arguments must follow bare *
    pass
# --
def f(*, **k):  # error: named arguments must follow bare *
    pass
# --
def f(**k, a):  # error: arguments cannot follow var-keyword argument
    pass
# --
def f(*a=1):  # error: var-positional argument cannot have default value
    pass
# --
def f(**a=1):  # error: var-keyword argument cannot have default value
    pass
# --
def f(a, /, /):  # error: / may appear only once
    pass
# --
def f(*, a, /):  # error: / must be ahead of *
    pass
# --
def f(/, a):  # error: at least one argument must precede /
    pass
# --
def f(*a, *b):  # error: * argument may appear only once
    pass
# --
def f(a=):  # error: expected default value expression
    pass
# --
def f[T]():  # error: expected '('
    pass
