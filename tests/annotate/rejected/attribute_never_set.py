# Reading an attribute that nothing in the program assigns (a typo of 'position').


class Lexer(object):
    def __init__(self, text):
        self.text = text
        self.position = 0

    def peek(self):
        return self.text[self.postion]  # error: 'attribute_never_set.Lexer' object has no attribute 'postion'


def entry_point(argv):
    print(Lexer("abc").peek())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
