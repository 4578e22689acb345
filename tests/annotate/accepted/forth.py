# A small Forth: a data stack, a dictionary of user words compiled to lists of tokens, and
# primitives dispatched through a table of functions built at load time.


class ForthError(Exception):
    def __init__(self, message):
        self.message = message


class Machine(object):
    def __init__(self):
        self.stack = []
        self.words = {}
        self.out = []

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if len(self.stack) == 0:
            raise ForthError("stack underflow")
        return self.stack.pop()


def p_add(m):
    b = m.pop()
    m.push(m.pop() + b)


def p_sub(m):
    b = m.pop()
    m.push(m.pop() - b)


def p_mul(m):
    b = m.pop()
    m.push(m.pop() * b)


def p_dup(m):
    v = m.pop()
    m.push(v)
    m.push(v)


def p_swap(m):
    b = m.pop()
    a = m.pop()
    m.push(b)
    m.push(a)


def p_drop(m):
    m.pop()


def p_dot(m):
    m.out.append(str(m.pop()))


PRIMITIVES = {"+": p_add, "-": p_sub, "*": p_mul, "dup": p_dup, "swap": p_swap,
              "drop": p_drop, ".": p_dot}


def execute(m, tokens):
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if tok == ":":
            name = tokens[i]
            end = i + 1
            while tokens[end] != ";":
                end += 1
            m.words[name] = tokens[i + 1:end]
            i = end + 1
        elif tok in m.words:
            execute(m, m.words[tok])
        elif tok in PRIMITIVES:
            PRIMITIVES[tok](m)
        else:
            try:
                m.push(int(tok))
            except ValueError:
                raise ForthError("unknown word " + tok)


def run(source):
    m = Machine()
    try:
        execute(m, source.split())
    except ForthError as e:
        m.out.append("error: " + e.message)
    return " ".join(m.out)


def entry_point(argv):
    print(run("2 3 + ."))
    print(run(": square dup * ; : cube dup square * ; 3 square . 4 cube ."))
    print(run("1 2 swap - . drop"))
    print(run("5 frobnicate"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
