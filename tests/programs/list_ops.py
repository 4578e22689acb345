# list operators: + and * (and their augmented forms), ==/!=, in/not in, len, list(), repr of lists of ints/floats/strs/bools.


def entry_point(argv):
    a = [1, 2, 3]
    b = [4, 5]
    print(a + b, b + a, a * 2, 3 * b, a * 0, [] * 5, [0] * 4)
    c = a
    c += b
    print(a, c is a)
    d = a
    d = d + [6]
    print(a, d, d is a)
    e = [1, 2]
    e *= 3
    print(e)
    print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3], [] == [])
    print(3 in a, 9 in a, 9 not in a, "x" in ["x", "y"], 2.5 in [1.0, 2.5])
    print(len(a), len([]), len([[], []]))
    print(list("abc"), list(range(4)), list([7, 8]), list(), list((1, 2, 3)))
    print([1.5, -0.0, 1e20], ["a", "b'c", ""], [True, False], [[1], []], [(1, "a")])
    print(str([1, 2]), repr(["x"]), "%s" % [3], f"{[4, 5]}")
    copies = [a[:], list(a), a.copy(), a + [], a * 1]
    for cp in copies:
        cp.append(99)
    print(a, [len(cp) for cp in copies])
    # Stack and queue usage.
    stack = []
    for w in "to be or not to be".split():
        stack.append(w)
    out = []
    while stack:
        out.append(stack.pop())
    print(" ".join(out))
    queue = list(range(5))
    order = []
    while queue:
        x = queue.pop(0)
        order.append(x)
        if x < 3:
            queue.append(x + 10)
    print(order)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
