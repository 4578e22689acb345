# A Turing machine simulator: the transition table is a dict from (state, symbol) tuples to
# (state, symbol, move) tuples built at load time; the tape is a dict of ints to chars.

# a binary incrementer: move right to the end, then add one with carry
RULES = {
    ("right", "0"): ("right", "0", 1),
    ("right", "1"): ("right", "1", 1),
    ("right", "_"): ("carry", "_", -1),
    ("carry", "1"): ("carry", "0", -1),
    ("carry", "0"): ("done", "1", -1),
    ("carry", "_"): ("done", "1", -1),
}


class Machine(object):
    def __init__(self, rules, text):
        self.rules = rules
        self.tape = {}
        for i, c in enumerate(text):
            self.tape[i] = c
        self.head = 0
        self.state = "right"
        self.steps = 0

    def read(self):
        return self.tape.get(self.head, "_")

    def step(self):
        key = (self.state, self.read())
        if key not in self.rules:
            return False
        state, symbol, move = self.rules[key]
        self.tape[self.head] = symbol
        self.head += move
        self.state = state
        self.steps += 1
        return True

    def run(self, limit):
        while self.state != "done" and self.steps < limit:
            if not self.step():
                break
        return self.state == "done"

    def contents(self):
        positions = sorted([p for p in self.tape.keys()])
        return "".join([self.tape[p] for p in positions]).strip("_")


def entry_point(argv):
    for number in ["1011", "111", "0"]:
        m = Machine(RULES, number)
        ok = m.run(100)
        print("%s + 1 = %s (%d steps, %s)" % (number, m.contents(), m.steps, "halted" if ok else "stuck"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
