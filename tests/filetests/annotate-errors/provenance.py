# test: annotate-errors
# Where annotations come from: a value made at load time (a prebuilt instance's field) has no
# source line, and a long call chain is cut after eight callers.
# note-no-location: the attribute is 'int' because of a value made when the program was loaded
# note-no-location: (more callers not shown)
class Settings:
    def __init__(self, level):
        self.level = level


SETTINGS = Settings(3)


def reset(text):
    SETTINGS.level = text  # error: attribute 'level' of 'provenance.Settings' would have to be both 'int' and 'str'


def f9(x):
    return x - "1"  # error: cannot subtract 'int' and 'str'


def f8(x):
    return f9(x)


def f7(x):
    return f8(x)


def f6(x):
    return f7(x)


def f5(x):
    return f6(x)


def f4(x):
    return f5(x)


def f3(x):
    return f4(x)


def f2(x):
    return f3(x)


def f1(x):
    return f2(x)


def entry_point(argv):
    reset(argv[0])  # note: the new value is 'str' because of this
    print(f1(len(argv)))
    return 0
