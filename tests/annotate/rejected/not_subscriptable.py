# Subscripting an instance whose class has no __getitem__.


class Code(object):
    def __init__(self, ops):
        self.ops = ops


def first_op(code):
    return code[0]  # error: 'not_subscriptable.Code' is not subscriptable


def entry_point(argv):
    return first_op(Code([1, 2]))


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
