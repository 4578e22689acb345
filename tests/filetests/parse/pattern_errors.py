# test: parse-errors
match x:
    case 1 + 1:  # error: imaginary number required in complex literal
        pass
# --
match x:
    case 1j + 1j:  # error: real number required in complex literal
        pass
# --
match x:
    case C(a=1, b):  # error: positional patterns follow keyword patterns
        pass
# --
match x:
    case y as _:  # error: cannot use '_' as a target
        pass
# --
match x:
    case y as 1:  # error: invalid pattern target
        pass
# --
match x:
    case {**_}:  # error: invalid syntax
        pass
