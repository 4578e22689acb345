# Compiler passes over a tiny three-address IR: basic blocks with successor lists, backward
# liveness analysis to a fixpoint using dicts as sets, and a greedy register assignment.


class Instr(object):
    def __init__(self, dest, op, srcs):
        self.dest = dest
        self.op = op
        self.srcs = srcs


class Block(object):
    def __init__(self, name, instrs, succs):
        self.name = name
        self.instrs = instrs
        self.succs = succs
        self.live_in = {}
        self.live_out = {}


def compute_liveness(blocks):
    by_name = {}
    for b in blocks:
        by_name[b.name] = b
    changed = True
    rounds = 0
    while changed:
        changed = False
        rounds += 1
        for b in reversed(blocks):
            out = {}
            for s in b.succs:
                for v in by_name[s].live_in:
                    out[v] = True
            live = out.copy()
            for ins in reversed(b.instrs):
                if ins.dest != "" and ins.dest in live:
                    del live[ins.dest]
                for s in ins.srcs:
                    live[s] = True
            if len(live) != len(b.live_in) or len(out) != len(b.live_out):
                changed = True
            b.live_in = live
            b.live_out = out
    return rounds


def assign_registers(blocks, nregs):
    assignment = {}
    for b in blocks:
        for ins in b.instrs:
            if ins.dest == "" or ins.dest in assignment:
                continue
            used = {}
            for v in b.live_out:
                if v in assignment:
                    used[assignment[v]] = True
            for s in ins.srcs:
                if s in assignment:
                    used[assignment[s]] = True
            reg = 0
            while reg in used:
                reg += 1
            assignment[ins.dest] = reg if reg < nregs else -1
    return assignment


def keys(d):
    return ",".join(sorted([k for k in d]))


def entry_point(argv):
    blocks = [
        Block("entry", [Instr("i", "const", []), Instr("s", "const", [])], ["loop"]),
        Block("loop", [Instr("t", "mul", ["i", "i"]), Instr("s", "add", ["s", "t"]),
                       Instr("i", "inc", ["i"]), Instr("c", "lt", ["i", "n"])], ["loop", "exit"]),
        Block("exit", [Instr("", "ret", ["s"])], []),
    ]
    rounds = compute_liveness(blocks)
    for b in blocks:
        print("%s: in={%s} out={%s}" % (b.name, keys(b.live_in), keys(b.live_out)))
    regs = assign_registers(blocks, 3)
    print("rounds: %d" % rounds)
    print(", ".join(["%s->r%d" % (v, regs[v]) for v in sorted([k for k in regs])]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
