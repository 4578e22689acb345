# A constructor is called without one of its arguments.


class Frame(object):
    def __init__(self, code, parent):
        self.code = code
        self.parent = parent


def entry_point(argv):
    f = Frame([1, 2])  # error: 'missing_argument.Frame.__init__' is missing the argument 'parent'
    return len(f.code)


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
