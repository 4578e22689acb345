# Reads a field through None: CPython raises AttributeError; a translated program stops with a
# fatal error naming the kiln Python function (reading through a null pointer is not checked).
class Node(object):
    def __init__(self, v):
        self.v = v


def find(nodes, k):
    for n in nodes:
        if n.v == k:
            return n
    return None


def get(nodes, k):
    return find(nodes, k).v


def entry_point(argv):
    print("before")
    print(get([Node(len(argv))], len(argv) + 5))
    return 0
