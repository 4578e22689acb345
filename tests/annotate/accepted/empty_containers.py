# Containers that stay empty on some runs, and a recursive sum over children: the annotator must
# not treat sum(), sorted(), any(), all(), join(), bytes() and extend() of a list whose items are
# still unknown (impossible) as code that never returns: sum([]) is 0, "".join([]) is "", and
# the recursion's result depends on it.


class Node(object):
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []


def total(node):
    return node.value + sum([total(c) for c in node.children])


def describe(words):
    return ",".join(sorted(words)) + "|" + str(any(words)) + str(all(words))


def entry_point(argv):
    tree = Node(1, [Node(2), Node(3, [Node(4)])])
    print(total(tree), total(Node(7)))
    never = []
    print(describe(never), sum(never), len(bytes(never)))
    grow = [1]
    grow.extend([])
    print(grow)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
