# test: parse-errors
x = (1, 2  # error: '(' was never closed
# --
x = [1, 2)  # error: closing parenthesis ')' does not match opening parenthesis '['
# --
x = [1,
  2)  # error: closing parenthesis ')' does not match opening parenthesis '[' on line 6
# --
x = 1)  # error: unmatched ')'
# --
s = 'abc  # error: unterminated string literal (detected at line 11)
# --
s = """abc  # error: unterminated triple-quoted string literal (detected at line 14)
more
# --
x = 1 \ y  # error: unexpected character after line continuation character
# --
€ = 1  # error: invalid character '€' (U+20AC)
# --
a ? b  # error: invalid character '?' (U+003F)
# --
x = 0777  # error: leading zeros in decimal integer literals are not permitted
# --
x = 1__0  # error: invalid decimal literal
# --
x = 0x  # error: invalid hexadecimal literal
# --
x = 0o8  # error: invalid digit '8' in octal literal
# --
x = 0b12  # error: invalid digit '2' in binary literal
# --
x = 1abc  # error: invalid decimal literal
# --
x = 1e+  # error: invalid decimal literal
# --
x = 1jx  # error: invalid imaginary literal
# --
x = 1if 1else 2
# --
if x:
        pass
    pass  # error: unindent does not match any outer indentation level
# --
if x:
    pass
        pass  # error: unexpected indent
# --
    x = 1  # error: unexpected indent
# --
if x:
	pass
        pass  # error: inconsistent use of tabs and spaces in indentation
# --
x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((( # error: too many nested parentheses
