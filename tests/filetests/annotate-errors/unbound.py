# test: annotate-errors
# ann_maybe_unbound: a read of a local that is not assigned on every path the annotator follows
# to it. Paths the annotator proves dead do not count: a `with` over a file (whose __exit__ never
# suppresses an exception) leaves no path around its body, and a branch on a constant takes one
# way only.


def maybe(n):
    if n > 3:
        x = n
    return x  # error: local variable 'x' may be read before it is assigned


def caught(n):
    try:
        y = 10 // n
    except ZeroDivisionError:
        pass
    return y  # error: local variable 'y' may be read before it is assigned


def in_with(path):
    with open(path) as f:
        line = f.readline()
    return line


DEBUG = False


def constant_branch(n):
    if not DEBUG:
        z = n
    return z


def entry_point(argv):
    print(maybe(len(argv)), caught(len(argv)), in_with(argv[0]), constant_branch(2))
    return 0
