# truth values in if/while/conditional expressions: ints, floats, strs, bytes, lists, dicts, None, instances with __bool__ and __len__.


class Box:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n > 0


class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


def describe(flag, what):
    if flag:
        print(what, "is true")
    else:
        print(what, "is false")


def maybe_name(i):
    if i % 2 == 0:
        return None
    return "name%d" % i


def entry_point(argv):
    for i in [0, -3, 7]:
        describe(True if i else False, "int %d" % i)
    for f in [0.0, -0.0, 1e-300, -2.5]:
        describe(True if f else False, "float %r" % f)
    for s in ["", " ", "abc"]:
        describe(True if s else False, "str %r" % s)
    for b in [b"", b"\x00"]:
        describe(True if b else False, "bytes %r" % b)
    for lst in [[], [[]], [[1], [2]]]:
        describe(True if lst else False, "list %r" % lst)
    for d in [{}, {0: 0}]:
        describe(True if d else False, "dict %r" % d)
    for box in [Box(0), Box(5), Box(-1)]:
        describe(True if box else False, "Box(%d)" % box.n)
    for bag in [Bag([]), Bag([1, 2])]:
        describe(True if bag else False, "Bag of %d" % len(bag))
    for i in range(4):
        name = maybe_name(i)
        if name:
            print("got", name)
        if not name:
            print("none at", i)
        if name is None:
            print("is None at", i)
    # while loops driven by truthiness.
    stack = [1, 2, 3]
    while stack:
        print("pop", stack.pop())
    text = "abc"
    while text:
        print(text)
        text = text[1:]
    n = 10
    while n:
        n //= 3
        print("n", n)
    box = Box(3)
    while box:
        box.n -= 1
    print("box", box.n, "yes" if box else "no", "yes" if Bag([0]) else "no")
    print(not Box(1), not Bag([]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
