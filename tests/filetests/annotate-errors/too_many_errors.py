# test: annotate-errors
# After 20 errors the annotator stops and says so (the limit of AnnotatorOptions::maxErrors).
# error-no-location: too many errors (20); stopping
def f0(s):
    return s + 0  # error: cannot add 'str' and 'int'


def f1(s):
    return s + 1  # error: cannot add 'str' and 'int'


def f2(s):
    return s + 2  # error: cannot add 'str' and 'int'


def f3(s):
    return s + 3  # error: cannot add 'str' and 'int'


def f4(s):
    return s + 4  # error: cannot add 'str' and 'int'


def f5(s):
    return s + 5  # error: cannot add 'str' and 'int'


def f6(s):
    return s + 6  # error: cannot add 'str' and 'int'


def f7(s):
    return s + 7  # error: cannot add 'str' and 'int'


def f8(s):
    return s + 8  # error: cannot add 'str' and 'int'


def f9(s):
    return s + 9  # error: cannot add 'str' and 'int'


def f10(s):
    return s + 10  # error: cannot add 'str' and 'int'


def f11(s):
    return s + 11  # error: cannot add 'str' and 'int'


def f12(s):
    return s + 12  # error: cannot add 'str' and 'int'


def f13(s):
    return s + 13  # error: cannot add 'str' and 'int'


def f14(s):
    return s + 14  # error: cannot add 'str' and 'int'


def f15(s):
    return s + 15  # error: cannot add 'str' and 'int'


def f16(s):
    return s + 16  # error: cannot add 'str' and 'int'


def f17(s):
    return s + 17  # error: cannot add 'str' and 'int'


def f18(s):
    return s + 18  # error: cannot add 'str' and 'int'


def f19(s):
    return s + 19  # error: cannot add 'str' and 'int'


def f20(s):
    return s + 20


def entry_point(argv):
    f0(argv[0])
    f1(argv[0])
    f2(argv[0])
    f3(argv[0])
    f4(argv[0])
    f5(argv[0])
    f6(argv[0])
    f7(argv[0])
    f8(argv[0])
    f9(argv[0])
    f10(argv[0])
    f11(argv[0])
    f12(argv[0])
    f13(argv[0])
    f14(argv[0])
    f15(argv[0])
    f16(argv[0])
    f17(argv[0])
    f18(argv[0])
    f19(argv[0])
    f20(argv[0])
    return 0
