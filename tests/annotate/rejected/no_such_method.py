# Calling a method that the class does not define.


class Stack(object):
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)


def entry_point(argv):
    s = Stack()
    s.push(1)
    return s.pop()  # error: 'no_such_method.Stack' object has no attribute 'pop'


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
