"""Random Brainfuck programs for the JIT fuzzer, and a reference interpreter that bounds them.

The generator (generate) writes structured programs whose head position it knows at every
point, so that loops can be built to terminate and to iterate as often as the JIT needs (the
default threshold is 200 passes):

  * counted loops: a counter cell set to N (or left at whatever data it holds, so the trip count
    varies from one run of the loop to the next), decremented once per iteration, with a body
    that only touches cells to the right of the counter: nested loops with varying trip counts;
  * transfer loops (`[->++>-<<]` with random targets and an odd step, so they reach 0);
  * clears (`[-]`, `[+]`), runs of `+`/`-`/`<`/`>`, output `.`, input `,`;
  * walks that carry a value v cells of stride S to the right (`[[->>>+<<<]>>>-]`), far enough
    that the tape (30000 cells) grows while a trace runs;
  * "chaos" loops: random bodies with balanced moves, which may or may not terminate;
  * at the top level, a random tail where the position is unknown: scans (`[>]`, `[<]`), loops
    with unbalanced moves, moves left that may run off cell 0 (an error the program must report
    the same way in every mode).

Nothing in that list is trusted to terminate: reference() runs every candidate with a step budget
(commands after run-length merging) and generate() keeps only programs that finish within it.
The reference also gives a third opinion on the output, next to the translated interpreter
without the JIT. Semantics (targets/bf/bf.py): cells are unsigned bytes that wrap, ',' at the end
of input leaves the cell unchanged, moving left of cell 0 writes the output so far, then
"bf: the head moved left of cell 0" on stderr, and exits with status 1.
"""

LEFT_ERROR = b"bf: the head moved left of cell 0\n"


class Result(object):
    def __init__(self, stdout, status, stderr):
        self.stdout = stdout
        self.status = status
        self.stderr = stderr


def compile_ops(program):
    """The program as (command, argument) pairs: runs of '+'/'-' merged into one add, runs of
    '<' and of '>' into one move (never merged with each other: a left move may fail at cell 0),
    brackets with their partner's index. None if the brackets do not balance."""
    ops = []
    stack = []
    i = 0
    n = len(program)
    while i < n:
        c = program[i]
        if c in "+-":
            delta = 0
            while i < n and program[i] in "+-":
                delta += 1 if program[i] == "+" else -1
                i += 1
            ops.append(("+", delta % 256))
            continue
        if c in "<>":
            j = i
            while j < n and program[j] == c:
                j += 1
            ops.append((c, j - i))
            i = j
            continue
        if c == "[":
            stack.append(len(ops))
            ops.append(["[", 0])
        elif c == "]":
            if not stack:
                return None
            start = stack.pop()
            ops[start][1] = len(ops)
            ops.append(("]", start))
        elif c in ".,":
            ops.append((c, 0))
        i += 1
    if stack:
        return None
    return [tuple(op) for op in ops]


def reference(program, stdin, budget):
    """Runs program on stdin; a Result, or None if it does not finish within budget merged
    commands (or its brackets do not balance)."""
    ops = compile_ops(program)
    if ops is None:
        return None
    cells = [0] * 1024
    pos = 0
    pc = 0
    out = bytearray()
    inp = 0
    steps = 0
    nops = len(ops)
    while pc < nops:
        steps += 1
        if steps > budget:
            return None
        op, arg = ops[pc]
        if op == "+":
            cells[pos] = (cells[pos] + arg) & 255
        elif op == ">":
            pos += arg
            if pos >= len(cells):
                cells.extend([0] * (pos + 1024 - len(cells)))
        elif op == "<":
            if pos < arg:
                return Result(bytes(out), 1, LEFT_ERROR)
            pos -= arg
        elif op == "[":
            if cells[pos] == 0:
                pc = arg
        elif op == "]":
            if cells[pos] != 0:
                pc = arg
        elif op == ".":
            out.append(cells[pos])
        elif inp < len(stdin):
            cells[pos] = stdin[inp]
            inp += 1
        pc += 1
    return Result(bytes(out), 0, b"")


class Generator(object):
    """One program: code is appended to self.out; self.cur is the head's cell."""

    def __init__(self, rng):
        self.rng = rng
        self.out = []
        self.cur = 0

    def emit(self, text):
        self.out.append(text)

    def goto(self, cell):
        if cell > self.cur:
            self.emit(">" * (cell - self.cur))
        elif cell < self.cur:
            self.emit("<" * (self.cur - cell))
        self.cur = cell

    def amount(self):
        r = self.rng.random()
        if r < 0.7:
            return self.rng.randint(1, 12)
        if r < 0.9:
            return self.rng.randint(13, 60)
        return self.rng.randint(61, 255)

    def arith(self, cell):
        self.goto(cell)
        self.emit(self.rng.choice("+-") * self.amount())

    def block(self, base, width, depth, budget):
        """Statements on cells [base, base + width) (counters of enclosing loops are below base),
        running at most about budget commands; returns with the head at base."""
        rng = self.rng
        used = 0
        count = rng.randint(1, 6) if depth else rng.randint(4, 12)
        for _ in range(count):
            if used >= budget:
                break
            cell = base + rng.randrange(width)
            kind = rng.choices(["arith", "out", "in", "counted", "transfer", "clear", "chaos"],
                               [26, 14, 3, 30 if depth < 4 else 0, 12, 6, 6])[0]
            if kind == "arith":
                self.arith(cell)
                used += 2
            elif kind == "out":
                self.goto(cell)
                self.emit("." * rng.choice([1, 1, 1, 2]))
                used += 2
            elif kind == "in":
                self.goto(cell)
                self.emit(",")
                used += 2
            elif kind == "counted":
                used += self.counted(cell, base + width, depth, budget - used)
            elif kind == "transfer":
                used += self.transfer(cell, base, width)
            elif kind == "clear":
                self.goto(cell)
                self.emit(rng.choice(["[-]", "[+]"]))
                used += 256
            else:
                used += self.chaos(cell, depth)
        self.goto(base)
        return used

    def counted(self, counter, above, depth, budget):
        """A loop on counter whose body works on cells from above on; returns its cost."""
        rng = self.rng
        body_budget = max(4, budget // 2)
        if rng.random() < 0.25:
            trips = 255  # whatever the cell holds: the trip count varies with the data
        else:
            trips = rng.choice([1, 2, 3, 5, 8, 20, 50, 120, 210, 250, 250])
            trips = min(trips, max(1, budget // 8))
            self.goto(counter)
            self.emit("[-]" + "+" * trips if trips < 128 else "[-]" + "-" * (256 - trips))
        body_budget = max(4, budget // (trips + 1))
        self.goto(counter)
        decrement_first = rng.random() < 0.5
        self.emit("[-" if decrement_first else "[")
        cost = self.block(above, rng.randint(1, 4), depth + 1, body_budget)
        self.goto(counter)
        self.emit("]" if decrement_first else "-]")
        return trips * (cost + 4) + 3

    def transfer(self, source, base, width):
        """[- (add to other cells) ], stepping source by an odd amount so that it reaches 0."""
        rng = self.rng
        targets = [base + rng.randrange(width + 2) for _ in range(rng.randint(1, 3))]
        targets = [t for t in targets if t != source]
        if not targets:
            targets = [source + 1]
        self.goto(source)
        step = rng.choice([1, 1, 1, 3, 255])
        self.emit("[" + ("-" * step if step < 128 else "+" * (256 - step)))
        for t in targets:
            self.goto(t)
            self.emit(rng.choice("+-") * rng.randint(1, 3))
        self.goto(source)
        self.emit("]")
        return 256 * (len(targets) * 2 + 3)

    def chaos(self, cell, depth):
        """A loop with a random body whose moves balance: it may not terminate, which the
        reference budget filters out."""
        rng = self.rng
        self.goto(cell)
        self.emit("[" + random_balanced(rng, rng.randint(1, 10), depth) + "]")
        return 2000

    def walk(self, cell):
        """Carries a value v right in steps of stride S: the head ends at cell + v * S."""
        rng = self.rng
        # Strides of thousands would show a known cost, not a bug: every command of a long
        # straight run is a merge point that gets hot and starts a trace too long to finish.
        stride = rng.choice([1, 7, 60, 150, 300])
        value = rng.randint(2, 120)
        if stride == 300 and rng.random() < 0.5:
            value = rng.randint(101, 120)  # past cell 30000: the tape grows inside the loop
        self.goto(cell)
        self.emit("[-]" + "+" * value)
        self.emit("[[-" + ">" * stride + "+" + "<" * stride + "]" + ">" * stride + "-]")
        self.cur = cell + value * stride
        return value * value * 3 + 10

    def tail(self):
        """Code after which the head's position is unknown (scans, unbalanced loops)."""
        rng = self.rng
        pieces = []
        for _ in range(rng.randint(1, 5)):
            kind = rng.choice(["scan", "free", "free", "left"])
            if kind == "scan":
                pieces.append(rng.choice(["[>]", "[<]", "[>>]", "[<<]", "[>+]", "[<-]", "+[>]"]))
            elif kind == "left":
                pieces.append("<" * rng.randint(1, 20) + ".")
            else:
                pieces.append(random_code(rng, rng.randint(3, 25), 1))
        self.emit("".join(pieces))


def random_balanced(rng, length, depth):
    """Random commands whose moves cancel out, with balanced brackets (nested to depth 3)."""
    pieces = []
    offset = 0
    for _ in range(length):
        r = rng.random()
        if r < 0.35:
            pieces.append(rng.choice("+-") * rng.randint(1, 4))
        elif r < 0.65:
            step = rng.choice([-2, -1, 1, 1, 2])
            pieces.append(">" * step if step > 0 else "<" * -step)
            offset += step
        elif r < 0.8:
            pieces.append(".")
        elif r < 0.85:
            pieces.append(",")
        elif depth < 3:
            pieces.append("[" + random_balanced(rng, rng.randint(1, 6), depth + 1) + "]")
    pieces.append(">" * -offset if offset < 0 else "<" * offset)
    return "".join(pieces)


def random_code(rng, length, depth):
    """Random commands with balanced brackets and no constraint on the moves."""
    pieces = []
    for _ in range(length):
        r = rng.random()
        if r < 0.8 or depth >= 3:
            pieces.append(rng.choice("+-<>><+-.."))
        else:
            pieces.append("[" + random_code(rng, rng.randint(1, 8), depth + 1) + "]")
    return "".join(pieces)


def random_input(rng):
    size = rng.choice([0, 1, 3, 8, 20])
    return bytes(rng.choice([0, 1, 10, 65, 200, 255, rng.randrange(256)]) for _ in range(size))


def generate(rng, budget):
    """(program, stdin, reference Result) for a program that finishes within budget merged
    commands on the reference; deterministic in rng's state."""
    while True:
        g = Generator(rng)
        cost = 0
        for _ in range(rng.randint(1, 4)):
            base = g.cur if g.cur > 0 else 0
            cost += g.block(base, rng.randint(2, 8), 0, budget // 3)
            if rng.random() < 0.2:
                cost += g.walk(g.cur)
        if rng.random() < 0.4:
            g.tail()
        program = "".join(g.out)
        stdin = random_input(rng)
        result = reference(program, stdin, budget)
        if result is not None:
            return program, stdin, result


# -- Shrinking: smaller variants of a program, each to be kept if the mismatch persists ---------

def shrink_candidates(program):
    """Variants of program with something removed, the largest removals first: chunks of
    commands (halves, quarters, ... down to single commands), whole loops, loop brackets (the
    body kept), and runs shortened. Unbalanced variants are left out."""
    n = len(program)
    size = n // 2
    while size >= 1:
        for start in range(0, n, size):
            candidate = program[:start] + program[start + size:]
            if compile_ops(candidate) is not None:
                yield candidate
        size //= 2
    pairs = []
    stack = []
    for i, c in enumerate(program):
        if c == "[":
            stack.append(i)
        elif c == "]" and stack:
            pairs.append((stack.pop(), i))
    for start, end in pairs:
        yield program[:start] + program[end + 1:]
        yield program[:start] + program[start + 1:end] + program[end + 1:]
    i = 0
    while i < n:
        j = i
        while j < n and program[j] == program[i]:
            j += 1
        if j - i >= 4:
            yield program[:i] + program[i] * ((j - i) // 2) + program[j:]
        i = j


def shrink_input_candidates(stdin):
    for i in range(len(stdin)):
        yield stdin[:i] + stdin[i + 1:]
