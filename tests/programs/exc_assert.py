# Exceptions: assert statements that pass, and failing asserts caught as AssertionError (with and without messages).


def checked_sqrt(n):
    assert n >= 0, "negative input %d" % n
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    assert r * r <= n < (r + 1) * (r + 1)
    return r


def strict_pop(lst):
    assert len(lst) > 0
    return lst.pop()


def entry_point(argv):
    for n in [0, 1, 15, 16, 17, 1000, -3]:
        try:
            print(n, checked_sqrt(n))
        except AssertionError as e:
            print(n, "assertion failed:", e)
    stack = [1, 2]
    for i in range(4):
        try:
            print("popped", strict_pop(stack))
        except AssertionError as e:
            print("empty stack, message [%s]" % e)
    caught = 0
    for i in range(10):
        try:
            assert i % 3 != 0, "i=%d" % i
        except AssertionError:
            caught += 1
    print("caught", caught)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
