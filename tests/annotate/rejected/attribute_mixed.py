# An attribute that is an int in the constructor and a str elsewhere.


class Token(object):
    def __init__(self, kind):
        self.kind = kind
        self.value = 0

    def set_text(self, text):
        self.value = text  # error: attribute 'value' of 'attribute_mixed.Token' would have to be both 'int' and 'str'


def entry_point(argv):
    t = Token("name")
    t.set_text("x")
    return t.value


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
