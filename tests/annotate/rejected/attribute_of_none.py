# Reading an attribute of a variable that is always None.


class Node(object):
    def __init__(self, value):
        self.value = value


def entry_point(argv):
    node = None
    for arg in argv:
        if arg == "--never":
            break
    return node.value  # error: cannot read attribute 'value' of a value that may only be None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
