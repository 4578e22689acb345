# test: annotate-errors
# A generator yields values of one type; `raise` needs an exception instance.
def mixed(flag):
    yield 1  # note: the yielded value is 'int' because of this
    if flag:
        yield "two"  # error: generator 'generators_raise.mixed' would yield both 'int' and 'str'


def raise_int(n):
    if n > 3:
        raise n  # error: exceptions must derive from BaseException, not 'int'
    return n


def entry_point(argv):
    for x in mixed(len(argv) > 1):
        print(x)
    print(raise_int(len(argv)))
    return 0
