# Recursion: deep-ish recursion (depth up to 500) in plain functions, methods and with accumulating arguments.


def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


def build_chain(n, acc):
    if n == 0:
        return acc
    acc.append(n * n % 17)
    return build_chain(n - 1, acc)


def count_digits(s, i):
    if i >= len(s):
        return 0
    return (1 if s[i].isdigit() else 0) + count_digits(s, i + 1)


class Nested:
    def __init__(self, depth):
        self.depth = depth
        self.child = Nested(depth - 1) if depth > 0 else None

    def total_depth(self):
        if self.child is None:
            return self.depth
        return self.depth + self.child.total_depth()

    def size(self):
        c = self.child
        if c is None:
            return 1
        return 1 + c.size()


def entry_point(argv):
    for n in [0, 1, 10, 100, 499]:
        print("depth_sum", n, depth_sum(n))
    chain = build_chain(450, [])
    print(len(chain), sum(chain), chain[:10])
    text = "a1b2c3" * 70
    print(len(text), count_digits(text, 0))
    tree = Nested(400)
    print(tree.size(), tree.total_depth())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
