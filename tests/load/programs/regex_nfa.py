"""A regular-expression matcher whose patterns are compiled at load time (Thompson's
construction) into prebuilt NFA nodes that point at each other: '*' and '+' make cycles. The
run-time matcher simulates the NFA over lists of node indices."""

SPLIT = -1
MATCH = -2


class Node:
    def __init__(self, char):
        self.char = char      # a 1-char string, "" for epsilon split / match
        self.kind = 0         # 0 char, SPLIT, MATCH
        self.out1 = None
        self.out2 = None
        self.index = -1


class Fragment:
    def __init__(self, start, dangling):
        self.start = start
        self.dangling = dangling      # list of (node, slot)


def _patch(dangling, node):
    for n, slot in dangling:
        if slot == 1:
            n.out1 = node
        else:
            n.out2 = node


class Compiled:
    def __init__(self, pattern, start, nodes):
        self.pattern = pattern
        self.start = start
        self.nodes = nodes


def _to_postfix(pattern):
    # explicit concatenation operator '.', precedence * + ? > . > |
    out, ops, prev_atom = [], [], False
    for ch in pattern:
        if ch in "*+?":
            out.append(ch)
            continue
        if ch == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
            prev_atom = True
            continue
        if prev_atom and ch != "|":
            while ops and ops[-1] == ".":
                out.append(ops.pop())
            ops.append(".")
        if ch == "|":
            while ops and ops[-1] in ".":
                out.append(ops.pop())
            ops.append("|")
            prev_atom = False
        elif ch == "(":
            ops.append("(")
            prev_atom = False
        else:
            out.append(ch)
            prev_atom = True
    while ops:
        out.append(ops.pop())
    return out


def compile_pattern(pattern):
    nodes, stack = [], []

    def new(char, kind=0):
        n = Node(char)
        n.kind = kind
        n.index = len(nodes)
        nodes.append(n)
        return n

    for tok in _to_postfix(pattern):
        if tok == ".":
            b, a = stack.pop(), stack.pop()
            _patch(a.dangling, b.start)
            stack.append(Fragment(a.start, b.dangling))
        elif tok == "|":
            b, a = stack.pop(), stack.pop()
            s = new("", SPLIT)
            s.out1, s.out2 = a.start, b.start
            stack.append(Fragment(s, a.dangling + b.dangling))
        elif tok in "*+?":
            a = stack.pop()
            s = new("", SPLIT)
            s.out1 = a.start
            if tok == "?":
                stack.append(Fragment(s, a.dangling + [(s, 2)]))
            else:
                _patch(a.dangling, s)           # the loop: a cycle between prebuilt nodes
                stack.append(Fragment(s if tok == "*" else a.start, [(s, 2)]))
        else:
            n = new(tok)
            stack.append(Fragment(n, [(n, 1)]))
    frag = stack.pop()
    _patch(frag.dangling, new("", MATCH))
    return Compiled(pattern, frag.start, nodes)


PATTERNS = ["ab*c", "(a|b)+c?", "x(yz)*", "colou?r", "(0|1(01*0)*1)*"]
COMPILED = [compile_pattern(_p) for _p in PATTERNS]
NODE_COUNTS = {c.pattern: len(c.nodes) for c in COMPILED}


def _add(node, states, seen):
    if seen[node.index]:
        return
    seen[node.index] = True
    if node.kind == SPLIT:
        _add(node.out1, states, seen)
        if node.out2 is not None:
            _add(node.out2, states, seen)
    else:
        states.append(node)


def matches(compiled, text):
    current = []
    _add(compiled.start, current, [False] * len(compiled.nodes))
    for ch in text:
        following = []
        seen = [False] * len(compiled.nodes)
        for node in current:
            if node.kind == 0 and node.char == ch:
                _add(node.out1, following, seen)
        current = following
    for node in current:
        if node.kind == MATCH:
            return True
    return False


TESTS = ["ac", "abbbc", "ab", "abab", "bac", "xyzyz", "xy", "color", "colour", "colouur",
         "0", "11", "110", "1001", "111", ""]


def entry_point(argv):
    texts = argv[1:] if len(argv) > 1 else TESTS
    for compiled in COMPILED:
        hits = []
        for text in texts:
            if matches(compiled, text):
                hits.append("'" + text + "'")
        print("%-15s (%2d nodes) matches %s" % (compiled.pattern, len(compiled.nodes),
                                               " ".join(hits)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
