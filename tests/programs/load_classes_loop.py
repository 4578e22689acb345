# Load time: classes generated in a loop with type() and closures over loop variables, registered in a table.


class Instr:
    name = "?"
    arity = 0

    def run(self, stack):
        pass


def _make_binop(opname, fn):
    def run(self, stack):
        b = stack.pop()
        a = stack.pop()
        stack.append(fn(a, b))
    return type("Instr_" + opname, (Instr,), {"name": opname, "arity": 2, "run": run})


OPS = [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b), ("mul", lambda a, b: a * b),
       ("max", lambda a, b: a if a > b else b), ("mod", lambda a, b: a % b)]
INSTR_CLASSES = {}
for _name, _fn in OPS:
    INSTR_CLASSES[_name] = _make_binop(_name, _fn)


class Push(Instr):
    name = "push"
    arity = 0

    def __init__(self, value):
        self.value = value

    def run(self, stack):
        stack.append(self.value)


class Dup(Instr):
    name = "dup"

    def run(self, stack):
        stack.append(stack[-1])


INSTR_CLASSES["dup"] = Dup


def compile_program(text):
    prog = []
    for word in text.split():
        if word.isdigit():
            prog.append(Push(int(word)))
        else:
            prog.append(INSTR_CLASSES[word]())
    return prog


def execute(prog):
    stack = []
    for ins in prog:
        ins.run(stack)
    return stack


def entry_point(argv):
    names = sorted(list(INSTR_CLASSES.keys()))
    for n in names:
        cls = INSTR_CLASSES[n]
        inst = cls()
        print(n, inst.name, inst.arity, isinstance(inst, Instr))
    for src in ["2 3 add", "10 4 sub 3 mul", "7 dup mul 5 max", "100 7 mod 9 2 sub mul", "1 2 3 add add dup add"]:
        print(src, "=>", execute(compile_program(src)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
