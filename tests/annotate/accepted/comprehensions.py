# Comprehensions the way interpreters use them: building opcode tables, filtering and
# transforming token lists, inverting dicts, nested loops, and conditional expressions.

OPS = ["nop", "load", "store", "add", "sub", "jump", "call", "ret"]
OPCODE = {name: i for i, name in enumerate(OPS)}


def squares(n):
    return [i * i for i in range(n)]


def pairs(n):
    return [(i, j) for i in range(n) for j in range(i) if (i + j) % 2 == 1]


def invert(d):
    return {v: k for k, v in d.items()}


def flatten(rows):
    return [x for row in rows for x in row]


def classify(values):
    return ["neg" if v < 0 else ("zero" if v == 0 else "pos") for v in values]


def entry_point(argv):
    print(squares(6))
    print(pairs(4))
    names = invert(OPCODE)
    print(" ".join([names[i] for i in range(len(names)) if i % 2 == 0]))
    grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    print(flatten(grid))
    print(classify([-2, 0, 5, -1]))
    lengths = {w: len(w) for w in ["alpha", "be", "gamma"] if len(w) > 2}
    keys = sorted([k for k in lengths])
    print(", ".join(["%s=%d" % (k, lengths[k]) for k in keys]))
    upper = "".join([c.upper() for c in "kiln python" if c != " "])
    print(upper)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
