# boolean logic workloads: truth tables of formulas over 3 variables, a tiny SAT search, De Morgan checks, bool lists as bitsets.


def formula(k, a, b, c):
    if k == 0:
        return (a and b) or not c
    if k == 1:
        return (a or b) and (not a or c)
    if k == 2:
        return a != b != c
    if k == 3:
        return not (a and b) == (not a or not b)
    return (a or not a) and (b == b)


NAMES = ["(a and b) or not c", "(a or b) and (not a or c)", "a != b != c", "not (a and b) == (not a or not b)",
         "tautology"]


def entry_point(argv):
    for k in range(len(NAMES)):
        rows = []
        count = 0
        for i in range(8):
            a = i & 4 != 0
            b = i & 2 != 0
            c = i & 1 != 0
            r = formula(k, a, b, c)
            rows.append("1" if r else "0")
            count += r
        print("%-36s %s %d/8 %s" % (NAMES[k], "".join(rows), count,
                                    "valid" if count == 8 else "unsat" if count == 0 else "sat"))
    # De Morgan over all pairs.
    ok = True
    for a in [False, True]:
        for b in [False, True]:
            ok = ok and (not (a or b)) == (not a and not b)
            ok = ok and (not (a and b)) == (not a or not b)
    print("de morgan holds:", ok)
    # Brute-force SAT on clauses (positive literal n means var n, negative means not var n).
    clauses = [[1, -2, 3], [-1, 2], [2, -3, 4], [-4, -1], [3, 4], [-2, -3, -4]]
    solutions = []
    for mask in range(16):
        assign = [False] + [mask & (1 << v) != 0 for v in range(4)]
        sat = all([any([assign[l] if l > 0 else not assign[-l] for l in cl]) for cl in clauses])
        if sat:
            solutions.append("".join(["T" if assign[v] else "F" for v in range(1, 5)]))
    print("solutions:", solutions)
    # A bool list as a bitset: primes below 50 by elimination.
    marks = [True] * 50
    marks[0] = marks[1] = False
    for i in range(2, 8):
        if marks[i]:
            for j in range(i * i, 50, i):
                marks[j] = False
    print([i for i in range(50) if marks[i]], marks.count(True), any(marks[48:]), all(marks[2:4]))
    flags = [x % 3 == 0 for x in range(10)]
    print(flags, [not f for f in flags][:4], sum(flags), True in flags, flags.index(False))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
