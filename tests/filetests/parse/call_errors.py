# test: parse-errors
f(a for a in b, c)  # error: Generator expression must be parenthesized
# --
f(**k, *a)  # error: iterable argument unpacking follows keyword argument unpacking
# --
f(a=1, b)  # error: positional argument follows keyword argument
# --
f(**k, b)  # error: positional argument follows keyword argument unpacking
# --
f(a.b=1)  # error: expression cannot contain assignment, perhaps you meant "=="?
# --
f(True=1)  # error: cannot assign to True
# --
foo(a b)  # error: invalid syntax. Perhaps you forgot a comma?
# --
x = [1, 2 3]  # error: Perhaps you forgot a comma?
# --
x = {1: 2 3: 4}  # error: Perhaps you forgot a comma?
# --
class A(x for x in y):  # error: invalid syntax
    pass
