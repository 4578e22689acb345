# An uncaught exception: stdout so far is flushed, the traceback and `Type: message` go to
# stderr, the exit status is 1.
class ParseError(Exception):
    pass


def parse(s):
    if not s.isdigit():
        raise ParseError("not a number: " + s)
    return int(s)


def total(items):
    t = 0
    for s in items:
        t += parse(s)
    return t


def entry_point(argv):
    print(total(["1", "2"]))
    print(total(["3", "x"]))
    return 0
