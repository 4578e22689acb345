# test: parse-errors
f() = 1  # error: cannot assign to function call here. Maybe you meant '==' instead of '='?
# --
1 = x  # error: cannot assign to literal here
# --
(a, f()) = 1  # error: cannot assign to function call
# --
x = f() = 1  # error: cannot assign to function call
# --
[a, None] = x  # error: cannot assign to None
# --
f() += 1  # error: 'function call' is an illegal expression for augmented assignment
# --
(a, b) += 1  # error: 'tuple' is an illegal expression for augmented assignment
# --
(a, b): int  # error: only single target (not tuple) can be annotated
# --
[a]: int  # error: only single target (not list) can be annotated
# --
f(): int  # error: illegal target for annotation
# --
del f()  # error: cannot delete function call
# --
del (a, 1)  # error: cannot delete literal
# --
del *a  # error: cannot delete starred
# --
for f() in x:  # error: cannot assign to function call
    pass
# --
for a.b, 1 in x:  # error: cannot assign to literal
    pass
# --
(f() := 1)  # error: cannot use assignment expressions with function call
# --
with a as f():  # error: cannot assign to function call
    pass
# --
x = yield = 1  # error: assignment to yield expression not possible
# --
[x for x() in y]  # error: cannot assign to function call
# --
print "hello"  # error: Missing parentheses in call to 'print'. Did you mean print(...)?
# --
exec code  # error: Missing parentheses in call to 'exec'
# --
x = 1 if y  # error: expected 'else' after 'if' expression
