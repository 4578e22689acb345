"""Arithmetic AST classes declared with a metaclass that, at load time, numbers every node
class (`tag`), computes `arity` from `_fields`, generates an `__init__` per class from a
factory, adds an `accept` method that calls the visitor's `visit_<Name>`, and registers the
class in NODE_CLASSES."""

NODE_CLASSES = []


def _make_init(fields):
    def __init__(self, *args):
        assert len(args) == len(fields)
        for name, value in zip(fields, args):
            setattr(self, name, value)
    return __init__


def _make_accept(method_name):
    def accept(self, visitor):
        return getattr(visitor, method_name)(self)
    # one copy per visitor class: Printer.visit_* return str, Evaluator.visit_* return int
    accept._annspecialcase_ = "specialize:argtype(1)"
    return accept


class NodeMeta(type):
    def __new__(meta, name, bases, namespace):
        cls = super().__new__(meta, name, bases, namespace)
        if "_fields" in namespace:
            cls.tag = len(NODE_CLASSES)
            cls.arity = len(cls._fields)
            cls.__init__ = _make_init(cls._fields)
            cls.accept = _make_accept("visit_" + name)
            cls.accept.__qualname__ = name + ".accept"
            NODE_CLASSES.append(cls)
        return cls


class Node(metaclass=NodeMeta):
    _attrs_ = ()


class Num(Node):
    _fields = ("value",)


class Var(Node):
    _fields = ("name",)


class BinOp(Node):
    _fields = ("left", "right")


class Add(BinOp):
    _fields = ("left", "right")
    symbol = "+"


class Mul(BinOp):
    _fields = ("left", "right")
    symbol = "*"


class Neg(Node):
    _fields = ("operand",)


class Let(Node):
    _fields = ("name", "value", "body")


TAG_NAMES = [cls.__name__ for cls in NODE_CLASSES]
ARITIES = {cls.__name__: cls.arity for cls in NODE_CLASSES}


class Evaluator:
    def __init__(self):
        self.env = {}

    def visit_Num(self, node):
        return node.value

    def visit_Var(self, node):
        return self.env[node.name]

    def visit_Add(self, node):
        return node.left.accept(self) + node.right.accept(self)

    def visit_Mul(self, node):
        return node.left.accept(self) * node.right.accept(self)

    def visit_Neg(self, node):
        return -node.operand.accept(self)

    def visit_Let(self, node):
        self.env[node.name] = node.value.accept(self)
        return node.body.accept(self)

    # the visitor must cover every node class: BinOp has _fields too
    def visit_BinOp(self, node):
        raise NotImplementedError


class Printer:
    def visit_Num(self, node):
        return str(node.value)

    def visit_Var(self, node):
        return node.name

    def visit_Add(self, node):
        return "(%s + %s)" % (node.left.accept(self), node.right.accept(self))

    def visit_Mul(self, node):
        return "%s * %s" % (node.left.accept(self), node.right.accept(self))

    def visit_Neg(self, node):
        return "-" + node.operand.accept(self)

    def visit_Let(self, node):
        return "let %s = %s in %s" % (node.name, node.value.accept(self), node.body.accept(self))

    def visit_BinOp(self, node):
        raise NotImplementedError


# A prebuilt tree: let x = 6 in -(x * (x + 1))
PROGRAM = Let("x", Num(6), Neg(Mul(Var("x"), Add(Var("x"), Num(1)))))


def entry_point(argv):
    print(PROGRAM.accept(Printer()))
    print("= %d" % PROGRAM.accept(Evaluator()))
    for i in range(len(TAG_NAMES)):
        print("tag %d: %s/%d" % (i, TAG_NAMES[i], ARITIES[TAG_NAMES[i]]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
