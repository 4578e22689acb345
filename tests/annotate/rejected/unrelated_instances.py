# Two unrelated classes in one variable: they share no base class other than object.


class IntBox(object):
    def __init__(self, v):
        self.v = v


class StrBox(object):
    def __init__(self, s):
        self.s = s


def box(text):
    if text.isdigit():
        return IntBox(int(text))
    return StrBox(text)  # error: have no common base class other than object


def entry_point(argv):
    b = box("12")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
