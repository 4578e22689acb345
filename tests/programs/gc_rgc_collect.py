# kiln.rgc: explicit full collections (gc.collect() on CPython) between phases of a program
# whose live data changes shape; everything reachable survives them.
from kiln.rgc import collect, get_heap_size


class Node(object):
    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def tree(depth, value):
    if depth == 0:
        return Node(None, None, value)
    return Node(tree(depth - 1, 2 * value), tree(depth - 1, 2 * value + 1), value)


def total(node):
    if node is None:
        return 0
    return node.value + total(node.left) + total(node.right)


def entry_point(argv):
    keep = []
    for round in range(6):
        t = tree(10, round)
        if round % 2 == 0:
            keep.append(t)
        collect()
        words = {}
        for i in range(2000):
            words[str(i % 300)] = i
        collect()
        print(round, total(t), len(words), get_heap_size() >= 0)
    collect()
    print("kept", [total(t) for t in keep])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
