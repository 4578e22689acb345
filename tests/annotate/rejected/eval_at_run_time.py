# eval() of a string at run time: only load-time code may evaluate source text.


def calculate(expr):
    return eval(expr)  # error: 'eval()' cannot run in a translated program: it only works at load time


def entry_point(argv):
    print(calculate("1 + 2"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
