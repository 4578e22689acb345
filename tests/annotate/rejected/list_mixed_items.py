# A list gets ints and strs: a stack of operands that also receives a name.


def run(code):
    stack = []
    for op in code:
        if op.isdigit():
            stack.append(int(op))
        else:
            stack.append(op)  # error: the items of this list would have to be both 'int' and 'str'
    return len(stack)


def entry_point(argv):
    return run(["1", "2", "add"])


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
