# Recursion: unbounded recursion raises RecursionError, which is caught; the program then continues normally.


def runaway(n):
    if n < 0:
        return 0
    return runaway(n + 1) + 1


class Node:
    def __init__(self):
        self.next = None


def chase(node, steps):
    if node is None:
        return steps
    return chase(node.next, steps + 1)


def entry_point(argv):
    try:
        runaway(0)
        print("not reached")
    except RecursionError:
        print("caught RecursionError from runaway")
    a = Node()
    b = Node()
    a.next = b
    print("short chain:", chase(a, 0))
    b.next = a
    try:
        chase(a, 0)
        print("not reached")
    except RecursionError:
        print("caught RecursionError from a cyclic chain")
    caught = 0
    for i in range(3):
        try:
            runaway(i)
        except RecursionError:
            caught += 1
    print("caught", caught, "times; still working:", chase(None, 5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
