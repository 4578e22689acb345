# A miniature Python-like VM: code objects with constants that are W_ objects, names in a
# globals dict, a value stack per frame, function objects callable from bytecode, and
# interpreted exceptions turned into a W_ error value at the top level.
from kiln.jit import JitDriver, promote

LOAD_CONST, LOAD_NAME, STORE_NAME, BINARY_ADD, BINARY_LT, POP_JUMP_IF_FALSE, JUMP, \
    CALL_FUNCTION, RETURN_VALUE, PRINT = range(10)


class W_Object(object):
    def repr(self):
        return "<object>"

    def is_true(self):
        return True


class W_Int(W_Object):
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value

    def repr(self):
        return str(self.value)

    def is_true(self):
        return self.value != 0


class W_Bool(W_Object):
    def __init__(self, value):
        self.value = value

    def repr(self):
        return "True" if self.value else "False"

    def is_true(self):
        return self.value


class W_Function(W_Object):
    def __init__(self, code):
        self.code = code

    def repr(self):
        return "<function %s>" % self.code.name


class Code(object):
    _immutable_fields_ = ["name", "ops[*]", "consts[*]", "names[*]"]

    def __init__(self, name, ops, consts, names):
        self.name = name
        self.ops = ops
        self.consts = consts
        self.names = names


class VMError(Exception):
    def __init__(self, message):
        self.message = message


driver = JitDriver(greens=["pc", "code"], reds=["stack", "space"])


class Space(object):
    def __init__(self):
        self.globals = {}
        self.output = []

    def add(self, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return W_Int(w_a.value + w_b.value)
        raise VMError("unsupported operands for +: %s, %s" % (w_a.repr(), w_b.repr()))

    def lt(self, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            return W_Bool(w_a.value < w_b.value)
        raise VMError("unorderable")

    def run(self, code):
        stack = []
        pc = 0
        while True:
            driver.jit_merge_point(pc=pc, code=code, stack=stack, space=self)
            code = promote(code)
            op = code.ops[pc]
            arg = code.ops[pc + 1]
            pc += 2
            if op == LOAD_CONST:
                stack.append(code.consts[arg])
            elif op == LOAD_NAME:
                name = code.names[arg]
                if name not in self.globals:
                    raise VMError("name '%s' is not defined" % name)
                stack.append(self.globals[name])
            elif op == STORE_NAME:
                self.globals[code.names[arg]] = stack.pop()
            elif op == BINARY_ADD:
                w_b = stack.pop()
                stack.append(self.add(stack.pop(), w_b))
            elif op == BINARY_LT:
                w_b = stack.pop()
                stack.append(self.lt(stack.pop(), w_b))
            elif op == POP_JUMP_IF_FALSE:
                if not stack.pop().is_true():
                    pc = arg
            elif op == JUMP:
                pc = arg
            elif op == CALL_FUNCTION:
                w_f = stack.pop()
                if not isinstance(w_f, W_Function):
                    raise VMError("'%s' is not callable" % w_f.repr())
                stack.append(self.run(w_f.code))
            elif op == PRINT:
                self.output.append(stack.pop().repr())
            elif op == RETURN_VALUE:
                return stack.pop()


# i = 0; while i < 5: i = i + 1; print(i); return i
LOOP = Code("loop", [LOAD_CONST, 0, STORE_NAME, 0,
                     LOAD_NAME, 0, LOAD_CONST, 1, BINARY_LT, 0, POP_JUMP_IF_FALSE, 26,
                     LOAD_NAME, 0, LOAD_CONST, 2, BINARY_ADD, 0, STORE_NAME, 0,
                     LOAD_NAME, 0, PRINT, 0, JUMP, 4,
                     LOAD_NAME, 0, RETURN_VALUE, 0],
            [W_Int(0), W_Int(5), W_Int(1)], ["i"])
MAIN = Code("main", [LOAD_CONST, 0, CALL_FUNCTION, 0, PRINT, 0, LOAD_CONST, 1, CALL_FUNCTION, 0,
                     RETURN_VALUE, 0],
            [W_Function(LOOP), W_Int(3)], [])
BAD = Code("bad", [LOAD_NAME, 0, RETURN_VALUE, 0], [], ["undefined"])


def entry_point(argv):
    space = Space()
    for code in [MAIN, BAD]:
        try:
            w_result = space.run(code)
            space.output.append("-> " + w_result.repr())
        except VMError as e:
            space.output.append("error: " + e.message)
    print(" ".join(space.output))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
