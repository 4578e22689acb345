# test: annotate
# functions: Node.__init__ Leaf.__init__ Branch.__init__ Node.describe Leaf.describe chain total weights
# Classes: instance attributes found on use and generalized up the hierarchy (an attribute
# read on the base class moves up from the subclasses that set it), class-level defaults,
# attributes that may be None, linked structures.
class Node:
    kind = "node"

    def __init__(self, value):
        self.value = value
        self.next = None

    def describe(self):
        return self.kind + str(self.value)


class Leaf(Node):
    kind = "leaf"

    def __init__(self, value, weight):
        Node.__init__(self, value)
        self.weight = weight

    def describe(self):
        return "leaf " + str(self.weight)


class Branch(Node):
    def __init__(self, value, child):
        Node.__init__(self, value)
        self.child = child
        self.weight = 0.5


def chain(n):
    head = Node(0)
    cur = head
    for i in range(n):
        nxt = Node(i)
        cur.next = nxt
        cur = nxt
    return head


def weights(nodes):
    # Read on a Node, 'weight' moves up from Leaf and Branch to Node, its values united.
    return [n.weight for n in nodes]


def total(node):
    result = 0
    while node is not None:
        result += node.value
        node = node.next
    return result


def entry_point(argv):
    nodes = [Leaf(1, 2.0), Branch(2, Node(3))]
    for n in nodes:
        print(n.describe())
    print(total(chain(len(argv))), weights(nodes))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph classes.Branch.__init__(v0: classes.Branch, v1: int=2, v2: classes.Node) -> None {
#     ; g0 = function classes.Node.__init__
# block0(v0: classes.Branch, v1: int=2, v2: classes.Node):
#     v3: None = simple_call(g0, v0, v1)
#     v4: None = setattr(v0, 'child', v2)
#     v5: None = setattr(v0, 'weight', 0.5)
#     goto return(None)
# }
# graph classes.Leaf.__init__(v0: classes.Leaf, v1: int=1, v2: float=2.0) -> None {
#     ; g0 = function classes.Node.__init__
# block0(v0: classes.Leaf, v1: int=1, v2: float=2.0):
#     v3: None = simple_call(g0, v0, v1)
#     v4: None = setattr(v0, 'weight', v2)
#     goto return(None)
# }
# graph classes.Leaf.describe(v0: classes.Leaf) -> str {
# block0(v0: classes.Leaf):
#     v1: float = getattr(v0, 'weight')
#     v2: str = simple_call(str, v1)
#     v3: str = add('leaf ', v2)
#     goto return(v3)
# }
# graph classes.Node.__init__(v0: classes.Node, v1: int>=0) -> None {
# block0(v0: classes.Node, v1: int>=0):
#     v2: None = setattr(v0, 'value', v1)
#     v3: None = setattr(v0, 'next', None)
#     goto return(None)
# }
# graph classes.Node.describe(v0: classes.Node) -> str {
# block0(v0: classes.Node):
#     v1: str = getattr(v0, 'kind')
#     v2: int>=0 = getattr(v0, 'value')
#     v3: str = simple_call(str, v2)
#     v4: str = add(v1, v3)
#     goto return(v4)
# }
# graph classes.chain(v0: int>=0) -> classes.Node {
#     ; g0 = class classes.Node
# block0(v0: int>=0):
#     v1: classes.Node = simple_call(g0, 0)
#     goto block1(v1, v1, 0, v0)
# block1(v2: classes.Node, v3: classes.Node, v4: int>=0, v5: int>=0):
#     v6: bool = lt(v4, v5)
#     branch v6 [true: block2(v2, v3, v4, v5), false: return(v2)]
# block2(v7: classes.Node, v8: classes.Node, v9: int>=0, v10: int>=0):
#     v11: int>=0 = add(v9, 1)
#     v12: classes.Node = simple_call(g0, v9)
#     v13: None = setattr(v8, 'next', v12)
#     goto block1(v7, v12, v11, v10)
# }
# graph classes.total(v0: classes.Node) -> int>=0 {
# block0(v0: classes.Node):
#     goto block1(v0, 0)
# block1(v1: classes.Node?, v2: int>=0):
#     v3: bool = is_(v1, None)
#     v4: bool = not_(v3)
#     v5: bool = bool_(v4)
#     branch v5 [true: block2(v1, v2), false: return(v2)]
# block2(v6: classes.Node, v7: int>=0):
#     v8: int>=0 = getattr(v6, 'value')
#     v9: int>=0 = inplace_add(v7, v8)
#     v10: classes.Node? = getattr(v6, 'next')
#     goto block1(v10, v9)
# }
# graph classes.weights(v0: list(classes.Node)) -> list(float) {
# block0(v0: list(classes.Node)):
#     v1: list(float) = newlist()
#     v2: iter(list(classes.Node)) = iter(v0)
#     goto block1(v1, v2)
# block1(v3: list(float), v4: iter(list(classes.Node))):
#     v5: classes.Node = next(v4)
#     exits [normal: block2(v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): return(v3)]
# block2(v8: list(float), v9: iter(list(classes.Node)), v10: classes.Node):
#     v11: method(list.append) = getattr(v8, 'append')
#     v12: float = getattr(v10, 'weight')
#     v13: None = simple_call(v11, v12)
#     goto block1(v8, v9)
# }
# class classes.Branch(classes.Node) {
#     child: classes.Node
# }
# class classes.Leaf(classes.Node) {
# }
# class classes.Node(object) {
#     kind: str
#     next: classes.Node?
#     value: int>=0
#     weight: float  ; moved up from classes.Leaf, classes.Branch
# }
# family classes.Node.describe | classes.Leaf.describe
