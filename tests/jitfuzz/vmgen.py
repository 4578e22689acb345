"""Random programs of examples/vm's language for the JIT fuzzer, terminating by construction.

A program is a tree of Nodes (functions, statements and their blocks) so that the shrinker can
remove statements and unwrap blocks; render() writes it as source text. What it is made of, for
what the JIT stresses:

  * nested `while` loops with varying trip counts: from 0 to a few hundred (the JIT's default
    threshold is 200), bounds that are constants, `COUNTER < BOUND and CONDITION` or
    `(VALUE % K)` (a string there raises a type error: the loop ends by exception);
  * branches on data (`if`/`elif`/`else`, often on `counter % K == R`, so that the path a hot
    loop takes changes every few iterations), `break`, `continue`;
  * arithmetic on ints near the 64-bit limits (overflow raises "integer overflow"), `/` and `%`
    by zero, negative operands, values that change type (a variable that is a string every third
    iteration), string concatenation, comparisons between types;
  * function calls, self recursion (single and double), mutual recursion, recursion deeper than
    the VM's limit of 1000 frames ("stack overflow");
  * exceptions raised by `raise` and by failing operations, in loops, across calls, caught by
    `try`/`catch` in loops or not at all (exit status 1), and variables read before assignment.

Termination: every loop has its own counter, set to 0 before the loop and incremented by the
body's first statement (which the shrinker never removes), and is bounded by a constant (or by
VALUE % K, at most K - 1 when it is an int); function k only calls functions before it, except
the recursive templates, whose depth argument is clamped to a constant and decremented on every
call. Running time is bounded by a cost estimate: each block gets a budget of statement
executions, a loop divides its budget among its iterations, and a call costs what its callee's
body may cost. Values stay small: only the forms `"lit" + INT`, `INT + "lit"`, `A or B`,
`A and B`, plain values and calls are assigned or returned, where INT is an operation whose
result is an int (or an exception); so `s = s + s` doubling a string cannot happen.
"""


class Node(object):
    """A statement. A simple one has only a head (its text). A compound one (func, if, while,
    try) has parts: (label, body) pairs, the label being None for the first body, or `elif C`,
    `else`, `catch E`; it renders as head, bodies, `end`. bound is a while loop's trip count,
    written where the head has '{B}'; protected statements (a loop's counter increment) are
    never removed by the shrinker."""

    def __init__(self, head, parts=None, protected=False, bound=None):
        self.head = head
        self.parts = parts
        self.protected = protected
        self.bound = bound

    def copy(self):
        parts = None
        if self.parts is not None:
            parts = [(label, [s.copy() for s in body]) for label, body in self.parts]
        return Node(self.head, parts, self.protected, self.bound)


def render(nodes):
    lines = []
    render_block(nodes, 0, lines)
    return "\n".join(lines) + "\n"


def render_block(nodes, indent, lines):
    pad = "  " * indent
    for node in nodes:
        head = node.head if node.bound is None else node.head.replace("{B}", str(node.bound))
        lines.append(pad + head)
        if node.parts is not None:
            for label, body in node.parts:
                if label is not None:
                    lines.append(pad + label)
                render_block(body, indent + 1, lines)
            lines.append(pad + "end")


SMALL_INTS = ["0", "1", "2", "3", "7", "10", "100", "255", "-1", "-7", "65536"]
# Near the limits: products and sums of these overflow ("integer overflow").
BIG_INTS = ["1000000", "3037000499", "3037000500", "4611686018427387904", "9223372036854775807",
            "(-9223372036854775807 - 1)", "(-4611686018427387904)"]
STR_CONSTS = ['""', '"a"', '"xy"', '"7"', '"0"', '"hello world"', '"\\n"']
COMPARISONS = ["<", "<=", ">", ">=", "==", "!="]


def clamp(limit):
    """The first statement of a recursive function: its depth argument n is at most limit.
    The shrinker keeps it (and the base case): without them, a recursion that catches its own
    'stack overflow' could run for ever."""
    return Node("if n > %d" % limit, [(None, [Node("n = %d" % limit, protected=True)])],
                protected=True)


def base_case(value):
    """if n <= 0: return value, kept by the shrinker (see clamp)."""
    return Node("if n <= 0", [(None, [Node("return " + value, protected=True)])], protected=True)


def fib_calls(n):
    """How many calls a doubly recursive function makes from depth n (both n-1 and n-2)."""
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b + 1
    return a


class Function(object):
    def __init__(self, name, nparams, cost):
        self.name = name
        self.nparams = nparams
        self.cost = cost


class Scope(object):
    """What the statements being generated may use: the data variables, the counters of the
    enclosing loops, the catch variable in scope, the callable functions."""

    def __init__(self, data, functions, in_function, constant=(), safe=("k0",)):
        self.data = data  # what assignments may change
        self.constant = list(constant)  # read only: a recursive function's depth argument
        # ints that only safe_statement assigns, so they never raise: the hot paths that stay
        self.safe = list(safe)
        self.counters = []
        self.catch_var = None
        self.functions = functions
        self.in_function = in_function
        self.loop_depth = 0
        self.next_id = 0

    def fresh(self, prefix):
        self.next_id += 1
        return "%s%d" % (prefix, self.next_id)


class Generator(object):
    def __init__(self, rng):
        self.rng = rng
        self.scope = None
        self.cap = 0  # what calls in the expression being generated may still cost
        self.nesting = 0  # how deep the statement being generated is in blocks

    # -- Expressions ---------------------------------------------------------------------------

    def var(self):
        s = self.scope
        choices = s.data + s.constant + s.safe
        if s.counters:
            choices += s.counters[-2:] * 2
        if s.catch_var is not None:
            choices.append(s.catch_var)
        return self.rng.choice(choices)

    def int_const(self):
        if self.rng.random() < 0.85:
            return self.rng.choice(SMALL_INTS)
        return self.rng.choice(BIG_INTS)

    def const(self):
        if self.rng.random() < 0.9:
            return self.int_const()
        return self.rng.choice(STR_CONSTS)

    def call(self, depth):
        callable_now = [f for f in self.scope.functions if f.cost <= self.cap]
        if not callable_now:
            return self.var()
        f = self.rng.choice(callable_now)
        self.cap -= f.cost
        args = [self.value(depth - 1) for _ in range(f.nparams)]
        return "%s(%s)" % (f.name, ", ".join(args))

    def value(self, depth):
        """Any value whose length is bounded (see the module's docstring)."""
        r = self.rng.random()
        if depth <= 0 or r < 0.3:
            return self.var() if self.rng.random() < 0.7 else self.const()
        if r < 0.7:
            return self.int_form(depth)
        if r < 0.75:
            return self.str_form(depth)
        if r < 0.85:
            return "(%s %s %s)" % (self.value(depth - 1), self.rng.choice(["and", "or"]),
                                   self.value(depth - 1))
        return self.call(depth)

    def operand(self, depth):
        """A value, or the sum of two (which may concatenate): used only as an operand of an
        operation whose result is an int, so the concatenation does not accumulate."""
        if depth > 0 and self.rng.random() < 0.2:
            return "(%s + %s)" % (self.operand(depth - 1), self.operand(depth - 1))
        return self.value(depth)

    def int_form(self, depth):
        """An expression whose result is an int, unless it raises."""
        rng = self.rng
        r = rng.random()
        d = depth - 1
        if r < 0.1:
            return self.int_const()
        if r < 0.45:
            op = rng.choice(["-", "*", "/", "%", "-", "*"])
            if op in "/%" and rng.random() < 0.7:  # mostly a divisor that is not 0
                return "(%s %s %s)" % (self.operand(d), op, rng.choice(["2", "3", "7", "-5"]))
            return "(%s %s %s)" % (self.operand(d), op, self.operand(d))
        if r < 0.55:
            return "(%s + %s)" % (self.int_form(d), self.int_form(d))
        if r < 0.65:
            return "(-%s)" % self.operand(d)
        if r < 0.9:
            return "(%s %s %s)" % (self.operand(d), rng.choice(COMPARISONS), self.operand(d))
        return "(not %s)" % self.operand(d)

    def str_form(self, depth):
        rng = self.rng
        lit = rng.choice(STR_CONSTS)
        if rng.random() < 0.5:
            return "(%s + %s)" % (lit, self.int_form(depth - 1))
        return "(%s + %s)" % (self.int_form(depth - 1), lit)

    def mixed(self):
        """A value that is a string in some iterations and an int in the others."""
        counter = self.scope.counters[-1]
        return '(%s %% %d == 0 and ("s" + %s) or %s)' % (counter, self.rng.choice([2, 3, 10]),
                                                      counter, counter)

    def condition(self):
        """A branch condition: often on an enclosing counter, so the path changes with it."""
        rng = self.rng
        s = self.scope
        if rng.random() < 0.2:
            return "%s %% %d %s %d" % (rng.choice(s.safe), rng.choice([2, 3, 7]),
                                       rng.choice(["==", ">"]), rng.randint(0, 2))
        if s.counters and rng.random() < 0.5:
            counter = rng.choice(s.counters[-2:])
            k = rng.choice([2, 3, 5, 7, 16, 50, 100])
            form = rng.random()
            if form < 0.6:
                return "%s %% %d == %d" % (counter, k, rng.randrange(k))
            if form < 0.8:
                return "%s %s %d" % (counter, rng.choice(COMPARISONS), rng.randint(0, 250))
            return "%s %% %d == %d and %s" % (counter, k, rng.randrange(k), self.value(1))
        return self.value(2)

    def expression(self, budget, depth=3):
        """(text, cost of its calls) for an expression that may use budget on calls."""
        self.cap = budget
        text = self.value(depth)
        return text, budget - self.cap

    def safe_term(self):
        choices = self.scope.counters[-2:] + self.scope.safe
        if not choices or self.rng.random() < 0.3:
            return str(self.rng.randint(0, 100))
        return self.rng.choice(choices)

    def safe_statement(self):
        """k = (k +/- E) % M with E an int below 10**12: it never raises."""
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            e = "(%s %s %s)" % (self.safe_term(), rng.choice("+-*"), self.safe_term())
        elif r < 0.7:
            e = "(%s %s %s)" % (self.safe_term(), rng.choice("/%"), rng.choice(["3", "7", "-2"]))
        else:
            e = self.safe_term()
        k = rng.choice(self.scope.safe)
        first = k if rng.random() < 0.7 else "(%s * 3)" % k
        return Node("%s = (%s %s %s) %% %d" % (k, first, rng.choice("+-"), e,
                                               rng.choice([1000003, 65521, 256, 7919])))

    # -- Statements ----------------------------------------------------------------------------

    def block(self, budget, size):
        """A list of statements costing at most about budget (statement executions)."""
        nodes = []
        used = 0
        self.nesting += 1
        for _ in range(size):
            if used >= budget:
                break
            node, cost = self.statement(budget - used)
            nodes.append(node)
            used += cost
        self.nesting -= 1
        return nodes, used

    def size(self):
        """How many statements a new block gets: fewer the deeper it is nested."""
        return self.rng.randint(1, max(1, 5 - self.nesting))

    def statement(self, budget):
        rng = self.rng
        s = self.scope
        compound = self.nesting < 4
        kinds = ["assign", "safe", "print", "if", "while", "try", "raise", "call"]
        weights = [25, 35 if s.loop_depth else 15, 8, 14 if compound else 0,
                   12 if compound and budget > 20 else 0, 10 if compound else 0, 4, 6]
        if s.loop_depth:
            kinds += ["break", "continue"]
            weights += [2, 2]
        if s.in_function:
            kinds.append("return")
            weights.append(3)
        kind = rng.choices(kinds, weights)[0]
        if kind == "assign":
            if s.counters and rng.random() < 0.1:
                return Node("%s = %s" % (rng.choice(s.data), self.mixed())), 1
            text, cost = self.expression(budget - 1)
            return Node("%s = %s" % (rng.choice(s.data), text)), cost + 1
        if kind == "safe":
            return self.safe_statement(), 1
        if kind == "print":
            return self.print_statement(budget)
        if kind == "if":
            return self.if_statement(budget)
        if kind == "while":
            return self.while_statement(budget)
        if kind == "try":
            return self.try_statement(budget)
        if kind == "call":
            self.cap = budget - 1
            text = self.call(2)
            return Node(text), budget - self.cap
        if kind in ("break", "continue"):
            inner = Node(kind)
        else:
            inner = Node("%s %s" % (kind, self.expression(0, 2)[0]))
        if rng.random() < 0.85:
            return Node("if " + self.condition(), [(None, [inner])]), 2
        return inner, 1

    def print_statement(self, budget):
        s = self.scope
        cap = budget - 1
        texts = []
        for _ in range(self.rng.randint(1, 3)):
            text, cost = self.expression(cap, 2)
            cap -= cost
            texts.append(text)
        node = Node("print " + ", ".join(texts))
        if s.counters and self.rng.random() < 0.9:  # print every few iterations, not all
            node = Node("if %s %% %d == 0" % (s.counters[-1], self.rng.choice([7, 13, 50])),
                        [(None, [node])])
        return node, budget - cap + 1

    def if_statement(self, budget):
        rng = self.rng
        head = "if " + self.condition()
        parts = []
        cost = 0
        for i in range(rng.choice([1, 1, 2, 3])):
            label = None if i == 0 else "elif " + self.condition()
            body, c = self.block(budget - 2, self.size())
            cost = max(cost, c)
            parts.append((label, body))
        if rng.random() < 0.4:
            body, c = self.block(budget - 2, self.size())
            cost = max(cost, c)
            parts.append(("else", body))
        return Node(head, parts), cost + 2

    def while_statement(self, budget):
        rng = self.rng
        s = self.scope
        r = rng.random()
        if r < 0.15:
            trips = rng.randint(0, 3)
        elif r < 0.55:
            trips = rng.randint(4, 60)
        else:
            trips = rng.randint(150, 400)
        trips = min(trips, max(1, budget // 6))
        counter = s.fresh("i")
        head = "while %s < {B}" % counter
        form = rng.random()
        if form < 0.15:
            head += " and " + self.value(1)
        elif form < 0.25:
            # the bound is data: VALUE % K is at most K - 1, or raises (a string)
            head = "while %s < (%s %% %d)" % (counter, self.value(1), trips + 1)
        s.counters.append(counter)
        s.loop_depth += 1
        increment = Node("%s = %s + 1" % (counter, counter), protected=True)
        body_budget = max(2, budget // (trips + 1) - 3)
        if rng.random() < 0.6:
            # the body in a try: exceptions raised and caught in the loop, often
            body, cost = self.try_statement(body_budget)
            body = [body]
        else:
            body, cost = self.block(body_budget, self.size() + 1)
        s.loop_depth -= 1
        s.counters.pop()
        loop = Node(head, [(None, [increment] + body)], bound=trips if "{B}" in head else None)
        init = Node("%s = 0" % counter)
        # the init and the loop as one statement, so they are removed together
        return Node("if 1", [(None, [init, loop])]), (trips + 1) * (cost + 3) + 2

    def try_statement(self, budget, body=None):
        """try/catch around a new block, or around body (a list of Nodes) if given."""
        rng = self.rng
        s = self.scope
        c1 = 0
        if body is None:
            body, c1 = self.block(budget // 2, self.size() + 1)
        name = s.fresh("e")
        outer = s.catch_var
        s.catch_var = name
        handler = []
        if rng.random() < 0.6:
            handler.append(Node("print \"caught\", %s" % name))
        more, c2 = self.block(budget // 2, rng.choice([0, 0, 1, 2]))
        s.catch_var = outer
        return Node("try", [(None, body), ("catch " + name, handler + more)]), c1 + c2 + 3

    # -- Functions and the program ---------------------------------------------------------------

    def plain_function(self, name, functions, budget):
        rng = self.rng
        params = ["p%d" % i for i in range(rng.randint(0, 3))]
        data = params + ["a", "b"]
        self.scope = Scope(data, functions, True)
        body = [Node("a = %s" % self.int_const()), Node("b = a"),
                Node("k0 = %d" % rng.randint(0, 9))]
        more, cost = self.block(budget, rng.randint(2, 8))
        text, _ = self.expression(0, 2)
        body += more + [Node("return " + text)]
        node = Node("func %s(%s)" % (name, ", ".join(params)), [(None, body)])
        return node, Function(name, len(params), cost + 4)

    def recursive_function(self, name, functions, budget):
        """Self recursion on a depth argument n, clamped to a small constant."""
        rng = self.rng
        double = rng.random() < 0.35
        limit = rng.randint(2, 9) if double else rng.choice([5, 20, 60, 200])
        calls = fib_calls(limit) if double else limit + 1
        per_call = max(3, budget // calls)
        self.scope = Scope(["x", "a"], functions, True, ["n"])
        body = [clamp(limit), Node("a = x"), Node("k0 = n"), base_case(self.expression(0, 2)[0])]
        more, cost = self.block(per_call, rng.randint(1, 5))
        body += more
        recurse = Node("a = %s(n - 1, %s)" % (name, self.expression(0, 1)[0]))
        at = rng.randint(2, len(body))
        body.insert(at, recurse)
        if double:
            body.insert(rng.randint(at + 1, len(body)), Node("x = %s(n - 2, a) + x" % name))
        body.append(Node("return " + self.expression(0, 2)[0]))
        node = Node("func %s(n, x)" % name, [(None, body)])
        return node, Function(name, 2, calls * (cost + 6))

    def mutual_functions(self, names, functions, budget):
        """Two functions calling each other with n - 1, n clamped."""
        limit = self.rng.choice([10, 100, 300])
        nodes = []
        for me, other in [names, names[::-1]]:
            self.scope = Scope(["x"], functions, True, ["n"])
            body = [clamp(limit), Node("k0 = n"), base_case("x")]
            more, _ = self.block(3, 2)
            body += more + [Node("return %s(n - 1, %s)" % (other, self.expression(0, 1)[0]))]
            nodes.append(Node("func %s(n, x)" % me, [(None, body)]))
        return nodes, Function(names[0], 2, (limit + 1) * 10)

    def deep_function(self, name):
        """Recursion as deep as its argument, up to 1500: past 1000 frames, 'stack overflow'."""
        body = [clamp(1500), base_case("0"),
                Node("return %s(n - 1) + 1" % name)]
        return Node("func %s(n)" % name, [(None, body)]), Function(name, 1, 1500 * 4)

    def program(self, budget):
        rng = self.rng
        nodes = []
        functions = []
        for i in range(rng.randint(0, 5)):
            kind = rng.choices(["plain", "recursive", "mutual", "deep"], [6, 3, 1, 1])[0]
            fbudget = rng.choice([10, 40, 150, 600])
            if kind == "plain":
                node, f = self.plain_function("f%d" % i, list(functions), fbudget)
                nodes.append(node)
            elif kind == "recursive":
                node, f = self.recursive_function("r%d" % i, list(functions), fbudget * 4)
                nodes.append(node)
            elif kind == "mutual":
                pair, f = self.mutual_functions(("ev%d" % i, "od%d" % i), list(functions), 0)
                nodes += pair
            else:
                node, f = self.deep_function("deep%d" % i)
                nodes.append(node)
            functions.append(f)
        data = ["x", "y", "z", "w"]
        self.scope = Scope(data, functions, False, safe=["k0", "k1"])
        main = [Node("%s = %s" % (v, self.int_const())) for v in data]
        main += [Node("k%d = %d" % (i, rng.randint(0, 9))) for i in range(2)]
        late = rng.random() < 0.2
        if late:
            # u is assigned only in some iterations: reading it before raises a VM error
            data.append("u")
        used = 0
        self.nesting = 1
        for _ in range(rng.randint(4, 12)):
            if used >= budget:
                break
            if rng.random() < 0.6 and budget - used > 100:  # loops are what the JIT compiles
                node, cost = self.while_statement(budget - used)
            else:
                node, cost = self.statement(budget - used)
            if rng.random() < 0.85:  # most of main in try blocks, so that it runs to the end
                node, cost = self.try_statement(budget - used, [node])
            main.append(node)
            used += cost
        final = Node("print " + ", ".join(data + ["k0", "k1"]))
        main.append(self.try_statement(0, [final])[0])
        if late:
            main.append(Node("u = 0"))
        # main's statements first, then the functions, which may be called before they appear
        rng.shuffle(nodes)
        return main + nodes


def generate(rng, budget):
    """A program (a list of Nodes) costing at most about budget statement executions."""
    return Generator(rng).program(budget)


# -- Shrinking -------------------------------------------------------------------------------

def blocks(nodes):
    """Every statement list of the program (the top level and each body), outermost first."""
    result = [nodes]
    for node in nodes:
        if node.parts is not None:
            for _, body in node.parts:
                result += blocks(body)
    return result


def shrink_candidates(program):
    """Smaller variants of program: runs of statements removed (halves, then smaller), compound
    statements replaced by one of their bodies, elif/else/catch parts dropped, loop bounds
    lowered. Each variant is a fresh copy."""
    count = len(blocks(program))
    for b in range(count):
        length = len(blocks(program)[b])
        size = length
        while size >= 1:
            for start in range(0, length, size):
                candidate = [n.copy() for n in program]
                target = blocks(candidate)[b]
                kept = [n for i, n in enumerate(target)
                        if not (start <= i < start + size) or n.protected]
                if len(kept) < len(target):
                    target[:] = kept
                    yield candidate
            size //= 2
    for b in range(count):
        for i in range(len(blocks(program)[b])):
            node = blocks(program)[b][i]
            if node.parts is None or node.head.startswith("func "):
                continue
            for p in range(len(node.parts)):
                candidate = [n.copy() for n in program]
                target = blocks(candidate)[b]
                target[i:i + 1] = target[i].parts[p][1]
                yield candidate
            for p in range(1, len(node.parts)):
                candidate = [n.copy() for n in program]
                target = blocks(candidate)[b][i]
                if target.head == "try":
                    continue
                del target.parts[p]
                yield candidate
            if node.bound is not None and node.bound > 1:
                for smaller in sorted({node.bound // 2, node.bound - 1, 1, 2}):
                    if smaller < node.bound:
                        candidate = [n.copy() for n in program]
                        blocks(candidate)[b][i].bound = smaller
                        yield candidate
