# Classes: a dispatch table of methods of different names bound to one interpreter object (a
# dict and a list of bound methods, called through one variable), with a missing entry as None.


class Machine(object):
    def __init__(self):
        self.acc = 0
        self.trace = []

    def op_add(self, arg):
        self.acc += arg
        return self.acc

    def op_sub(self, arg):
        self.acc -= arg
        return self.acc

    def op_mul(self, arg):
        self.acc *= arg
        return self.acc

    def op_show(self, arg):
        self.trace.append("acc=%d arg=%d" % (self.acc, arg))
        return -1


class LoudMachine(Machine):
    def op_show(self, arg):
        self.trace.append("ACC IS %d" % self.acc)
        return -2


def run(m, program):
    table = {"add": m.op_add, "sub": m.op_sub, "mul": m.op_mul, "show": m.op_show}
    results = []
    for word in program.split():
        parts = word.split(":")
        name = parts[0]
        num = parts[1] if len(parts) > 1 else ""
        handler = table.get(name, None)
        if handler is None:
            results.append(0)
            continue
        results.append(handler(int(num) if num else 0))
    return results


def entry_point(argv):
    for m in [Machine(), LoudMachine()]:
        print(run(m, "add:5 mul:3 show sub:4 nop:1 show:9 mul:-2"))
        print("; ".join(m.trace), m.acc)
    ops = [Machine().op_add, Machine().op_sub]
    print([f(10) for f in ops])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
