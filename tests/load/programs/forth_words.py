"""A Forth-like interpreter. Primitives are registered by a decorator with arguments
(@primitive("+", pops=2)), compound words are compiled at load time from Forth source into
prebuilt Word objects whose bodies reference other Word objects (a recursive word references
itself), and the primitive table is exposed as an unrolling_iterable for dispatch."""

from kiln.unroll import unrolling_iterable

PRIMITIVES = []


class Word:
    def __init__(self, name, prim, body):
        self.name = name
        self.prim = prim            # index into PRIMITIVES, or -1 for compound words
        self.body = body            # list of Word
        self.literal = 0


class ForthError(Exception):
    def __init__(self, message):
        self.message = message


def primitive(name, pops=0):
    def register(fn):
        fn.forth_name = name
        fn.pops = pops
        PRIMITIVES.append(fn)
        return fn
    return register


@primitive("+", pops=2)
def p_add(stack, word):
    b = stack.pop()
    stack.append(stack.pop() + b)


@primitive("-", pops=2)
def p_sub(stack, word):
    b = stack.pop()
    stack.append(stack.pop() - b)


@primitive("*", pops=2)
def p_mul(stack, word):
    b = stack.pop()
    stack.append(stack.pop() * b)


@primitive("dup", pops=1)
def p_dup(stack, word):
    stack.append(stack[-1])


@primitive("drop", pops=1)
def p_drop(stack, word):
    stack.pop()


@primitive("swap", pops=2)
def p_swap(stack, word):
    b = stack.pop()
    a = stack.pop()
    stack.append(b)
    stack.append(a)


@primitive("over", pops=2)
def p_over(stack, word):
    stack.append(stack[-2])


@primitive("lit")
def p_lit(stack, word):
    stack.append(word.literal)


@primitive("?exit", pops=1)
def p_cond_exit(stack, word):
    pass        # handled by the inner interpreter


PRIM_DISPATCH = unrolling_iterable(list(enumerate(PRIMITIVES)))
POPS = [fn.pops for fn in PRIMITIVES]
DICTIONARY = {}
for _index, _fn in enumerate(PRIMITIVES):
    DICTIONARY[_fn.forth_name] = Word(_fn.forth_name, _index, [])
EXIT_IF = DICTIONARY["?exit"]


def _compile(source):
    words = source.split()
    assert words[0] == ":" and words[-1] == ";"
    word = Word(words[1], -1, [])
    DICTIONARY[word.name] = word           # visible to its own body: recursion
    for token in words[2:-1]:
        if token in DICTIONARY:
            word.body.append(DICTIONARY[token])
        else:
            lit = Word("lit", DICTIONARY["lit"].prim, [])
            lit.literal = int(token)
            word.body.append(lit)
    return word


PRELUDE = [
    ": square dup * ;",
    ": cube dup square * ;",
    ": 1- 1 - ;",
    # ( acc n -- acc*n! ) with an early exit when n is 0
    ": fact-acc dup 0 = ?exit swap over * swap 1- fact-acc ;",
]
# '=' is needed by fact-acc: defined from primitives at load time
DICTIONARY["="] = Word("=", -1, [])
for _line in PRELUDE:
    _compile(_line)


def execute(word, stack, depth):
    if depth > 200:
        raise ForthError("return stack overflow")
    if word.prim >= 0:
        if len(stack) < POPS[word.prim]:
            raise ForthError("stack underflow in " + word.name)
        for index, fn in PRIM_DISPATCH:
            if word.prim == index:
                fn(stack, word)
        return
    if word.name == "=":
        b = stack.pop()
        stack.append(1 if stack.pop() == b else 0)
        return
    for inner in word.body:
        if inner is EXIT_IF:
            if stack.pop() != 0:
                stack.pop()
                return
            continue
        execute(inner, stack, depth + 1)


def run(line):
    stack = []
    for token in line.split():
        if token in DICTIONARY:
            execute(DICTIONARY[token], stack, 0)
        else:
            stack.append(int(token))
    return stack


def entry_point(argv):
    lines = argv[1:] if len(argv) > 1 else ["3 square", "2 cube 1 +", "1 10 fact-acc",
                                            "1 2 3 swap over", "drop"]
    for line in lines:
        try:
            print("%s => %s" % (line, " ".join([str(v) for v in run(line)])))
        except ForthError as e:
            print("%s => error: %s" % (line, e.message))
    print("%d primitives, %d words" % (len(PRIMITIVES), len(DICTIONARY)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
