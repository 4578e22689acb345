# Calls as interpreter code writes them: keyword arguments, defaults (constant and None),
# keyword-only parameters, *args forwarding a fixed number of values, and constructors with
# optional arguments.


class Instr(object):
    def __init__(self, name, arg=0, label=None, *, lineno=-1):
        self.name = name
        self.arg = arg
        self.label = label
        self.lineno = lineno

    def text(self):
        s = self.name
        if self.arg != 0:
            s += " %d" % self.arg
        label = self.label
        if label is not None:
            s = label + ": " + s
        if self.lineno >= 0:
            s += "  # line %d" % self.lineno
        return s


def emit(code, name, arg=0, label=None):
    code.append(Instr(name, arg, label))


def clamp(value, low=0, high=255):
    if value < low:
        return low
    if value > high:
        return high
    return value


def total(*values):
    s = 0
    for v in values:
        s += v
    return s


def fmt(template, *args):
    return template % args


def entry_point(argv):
    code = []
    emit(code, "load", 3)
    emit(code, "jump", label="loop", arg=7)
    emit(code, "ret")
    code.append(Instr("nop", lineno=12))
    code.append(Instr(name="halt", label="end"))
    for ins in code:
        print(ins.text())
    print(clamp(300), clamp(-5), clamp(17, high=10), clamp(low=2, value=1))
    print(total(), total(1), total(1, 2, 3))
    print(fmt("%s=%d", "x", 4) + " " + fmt("[%s]", "y"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
