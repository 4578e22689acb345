# Three independent mistakes in one interpreter: the annotator reports each of them.


class Frame(object):
    def __init__(self, code):
        self.code = code
        self.pc = 0
        self.stack = []


def step(frame):
    op = frame.code[frame.pc]
    frame.pc += 1
    if op == "push":
        frame.stack.append(frame.pc)
    elif op == "name":
        frame.stack.append("x")  # error: the items of this list would have to be both 'int' and 'str'
    return op


def describe(frame):
    return "pc=" + frame.pc  # error: cannot add 'str' and 'int'


def run(frame):
    while frame.pc < len(frame.code):
        step(frame)
    return frame.result  # error: 'several_errors.Frame' object has no attribute 'result'


def entry_point(argv):
    f = Frame(["push", "name"])
    print(describe(f))
    return run(f)


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
