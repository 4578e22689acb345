# test: parse-errors
x = 'a' b'c'  # error: cannot mix bytes and nonbytes literals
# --
x = b'é'  # error: bytes can only contain ASCII literal characters
# --
x = '\x4'  # error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
# --
x = '\u12'  # error: truncated \uXXXX escape
# --
x = '\U0011ffff'  # error: illegal Unicode character
# --
x = '\N{NO SUCH CHARACTER NAME}'  # error: unknown Unicode character name
# --
x = '\N'  # error: malformed \N character escape
# --
x = b'\x4g'  # error: (value error) invalid \x escape at position 0
# --
x = f'{}'  # error: f-string: empty expression not allowed
# --
x = f'{!r}'  # error: f-string: expression required before '!'
# --
x = f'{a!x}'  # error: f-string: invalid conversion character: expected 's', 'r', or 'a'
# --
x = f'{a'  # error: f-string: expecting '}'
# --
x = f'}'  # error: f-string: single '}' is not allowed
# --
x = f'{a#}'  # error: f-string expression part cannot include '#'
# --
x = f'{a:{b:{c}}}'  # error: f-string: expressions nested too deeply
# --
x = f'{a)}'  # error: f-string: unmatched ')'
# --
x = f'{a(]}'  # error: f-string: closing parenthesis ']' does not match opening parenthesis '('
# --
x = f'{*a}'  # error: f-string: cannot use starred expression here
# --
x = f'{a b}'  # error: f-string: invalid syntax
# --
x = f'{"a}'  # error: f-string: unterminated string
# --
x = f'{(a}'  # error: f-string: closing parenthesis '}' does not match opening parenthesis '('
# --
x = f'{(a'  # error: f-string: unmatched '('
