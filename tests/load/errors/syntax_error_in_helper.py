# expect: 1 SyntaxError: expected ':'
# expect-also: _helper_bad_syntax.py", line 4
"""A program whose helper module (in the same directory) has a syntax error: the error must be
reported in the helper's file, at its line."""

from _helper_bad_syntax import scale


def entry_point(argv):
    print(scale(2, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
