# Generators as iterators: a token stream, a pipeline of filters, a tree walk, and a
# generator consumed by next() with a sentinel.


class Tree(object):
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def insert(tree, value):
    if tree is None:
        return Tree(value, None, None)
    if value < tree.value:
        tree.left = insert(tree.left, value)
    else:
        tree.right = insert(tree.right, value)
    return tree


def walk(tree):
    stack = []
    node = tree
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        yield node.value
        node = node.right


def words(text):
    start = -1
    for i in range(len(text)):
        if text[i].isalpha():
            if start < 0:
                start = i
        elif start >= 0:
            yield text[start:i]
            start = -1
    if start >= 0:
        yield text[start:]


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def entry_point(argv):
    root = None
    for v in [50, 30, 70, 20, 40, 60, 80, 35]:
        root = insert(root, v)
    print([v for v in walk(root)])
    lengths = []
    for w in words("the quick, brown fox; jumps over 2 lazy dogs"):
        lengths.append("%s:%d" % (w, len(w)))
    print(" ".join(lengths))
    it = countdown(3)
    print(next(it), next(it), next(it))
    print(next(it, -1))
    total = 0
    for e in evens(10):
        total += e
    print("sum of evens: %d" % total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
