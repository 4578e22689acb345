# test: parse-errors
if x  # error: expected ':'
    pass
# --
if x:
pass  # error: expected an indented block after 'if' statement on line 5
# --
def f():
return 1  # error: expected an indented block after function definition on line 8
# --
class C:
x = 1  # error: expected an indented block after class definition on line 11
# --
for x in y:
pass  # error: expected an indented block after 'for' statement on line 14
# --
while x:
pass  # error: expected an indented block after 'while' statement on line 17
# --
with x:
pass  # error: expected an indented block after 'with' statement on line 20
# --
try:
pass  # error: expected an indented block after 'try' statement on line 23
# --
try:
    pass
x = 1  # error: expected 'except' or 'finally' block
# --
try:
    pass
except* E:
    pass
except F:  # error: cannot have both 'except' and 'except*' on the same 'try'
    pass
# --
try:
    pass
except* :  # error: expected one or more exception types
    pass
# --
try:
    pass
except A, B:  # error: multiple exception types must be parenthesized
    pass
# --
match x:
case 1:  # error: expected an indented block after 'match' statement on line 47
    pass
# --
if x:
    pass
else:
pass  # error: expected an indented block after 'else' statement on line 53
# --
from a import b,  # error: trailing comma not allowed without surrounding parentheses
# --
x = 1 y = 2  # error: invalid syntax
