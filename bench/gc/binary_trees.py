# GC benchmark: the benchmarks game's binary-trees. Builds complete binary trees bottom-up and
# walks them: almost every allocation is a short-lived two-field Node, while one long-lived tree
# of the maximum depth stays reachable throughout (the classic young-dies-fast workload).
# Usage: binary_trees.py [MAX_DEPTH]; prints the benchmarks game's check lines.


class Node(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def check(node):
    left = node.left
    right = node.right
    if left is None or right is None:
        return 1
    return 1 + check(left) + check(right)


def run(max_depth):
    min_depth = 4
    max_depth = max(min_depth + 2, max_depth)
    stretch_depth = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch_depth, check(make_tree(stretch_depth))))
    long_lived = make_tree(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for i in range(iterations):
            total += check(make_tree(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))
        depth += 2
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))


def entry_point(argv):
    max_depth = 17
    if len(argv) > 1:
        max_depth = int(argv[1])
    run(max_depth)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
