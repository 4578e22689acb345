# A class statement inside a function: classes must exist at load time.


def make_token(kind):
    class Token(object):  # error: class 'Token' is defined in run-time code
        def __init__(self):
            self.kind = kind
    return Token()


def entry_point(argv):
    return len(make_token("name").kind)


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
