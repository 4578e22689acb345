# test: lltype
# functions: countdown countdown.<generator>.__next__ total first_or consumers
# Generators: the generator transform made each generator function a class with __iter__ and
# __next__ (its state in fields: resume point, arguments, live variables); calling it allocates
# the state. A for loop calls __iter__, then __next__ in the loop header, whose StopIteration
# ends the loop; next(g, default) is the helper next_default around __next__. Built-ins that
# iterate a generator are helpers that call its __next__: list_from_next makes the list of the
# items (list, sorted, join, extend), sum/min/max/any/all_from_next reduce them as they come.
class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def values(node):
    while node is not None:
        yield node.value
        node = node.next


def total(n):
    t = 0
    for v in countdown(n):
        t += v
    return t


def first_or(node, default):
    return next(values(node), default)


def consumers(n, words):
    items = list(countdown(n))
    items.extend(countdown(2))
    line = " ".join(w for w in words if w)
    return sum(x * x for x in items), max(countdown(n)), any(x > 2 for x in items), line


def entry_point(argv):
    n = len(argv) + 2
    print(total(n))
    chain = Node(7, Node(8, None))
    print(first_or(chain, -1), first_or(None, -1))
    it = countdown(2)
    print(next(it), next(it), next(it, 0))
    print(consumers(n, ["a", "", "b"]))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
