# Dispatch through first-class functions and bound methods: a table of handlers indexed by
# opcode, a dict of methods bound to one interpreter object, and static methods.


class Interp(object):
    def __init__(self):
        self.acc = 0
        self.log = []

    def op_inc(self, arg):
        self.acc += arg

    def op_dec(self, arg):
        self.acc -= arg

    def op_mul(self, arg):
        self.acc *= arg

    def op_show(self, arg):
        self.log.append("acc=%d" % self.acc)

    @staticmethod
    def parse(line):
        parts = line.split(" ")
        arg = int(parts[1]) if len(parts) > 1 else 0
        return parts[0], arg


def h_double(x):
    return x * 2


def h_negate(x):
    return -x


def h_square(x):
    return x * x


UNARY = [h_double, h_negate, h_square]


def run(interp, program):
    handlers = {"inc": interp.op_inc, "dec": interp.op_dec, "mul": interp.op_mul, "show": interp.op_show}
    for line in program:
        name, arg = Interp.parse(line)
        handler = handlers.get(name, None)
        if handler is None:
            interp.log.append("unknown " + name)
            continue
        handler(arg)


def entry_point(argv):
    interp = Interp()
    run(interp, ["inc 5", "mul 3", "show", "dec 1", "show", "jump 4"])
    print("; ".join(interp.log))
    values = []
    for i in range(len(UNARY)):
        values.append(UNARY[i](i + 3))
    print(values)
    f = h_double
    if len(argv) > 5:
        f = h_square
    print(f(21))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
