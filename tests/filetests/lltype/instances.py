# test: lltype
# functions: Node.__init__ Leaf.__init__ make total is_leaf same kind_of maybe_leaf exactly_node same_node class_name identities
# Instances: one GcStruct per class with the base class's struct first, attributes as fields
# (inst_*), a vtable per class, isinstance as a class-id range check (a helper that tests for
# None first when the instance may be None), identity with ptr_eq (instances of different
# classes as their common base; `type(x) is C` compares vtables), class attributes as constants,
# == of instances without __eq__ as identity, hash() and id() as the GC's identity ops.
class Node(object):
    def __init__(self, value):
        self.value = value
        self.next = None


class Leaf(Node):
    def __init__(self, value, weight):
        Node.__init__(self, value)
        self.weight = weight


def make(n):
    head = Node(0)
    for i in range(n):
        node = Leaf(i, 0.5) if i % 2 else Node(i)
        node.next = head
        head = node
    return head


def total(node):
    t = 0
    while node is not None:
        t += node.value
        node = node.next
    return t


def is_leaf(node):
    return isinstance(node, Leaf)


def same(a, b):
    return a is b


def kind_of(node):
    if isinstance(node, Leaf):
        return node.weight
    return 0.0


def maybe_leaf(node, n):
    if n > 2:
        node = None
    return isinstance(node, Leaf)


def exactly_node(node):
    return type(node) is Node


def same_node(node, leaf):
    return node is leaf


def class_name():
    return Leaf.__name__


def identities(node, leaf):
    return node == leaf, node != None, hash(node) == hash(leaf), id(node) - id(node)


def entry_point(argv):
    head = make(len(argv) + 3)
    print(total(head), is_leaf(head), same(head, head.next), kind_of(head))
    leaf = Leaf(1, 2.0)
    print(maybe_leaf(head, len(argv)), exactly_node(head), same_node(head, leaf), class_name())
    print(identities(head, leaf))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
