"""Helper module of syntax_error_in_helper.py, with a syntax error on line 4."""


def scale(x, factor)
    return x * factor
