# Memory: enough allocation that the garbage collector runs many times while helpers hold new
# objects (split pieces, list and dict growth, joins, f-strings), checked by sums of the results.


class Cell(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def words(n):
    return " ".join(["w%d" % (i * 7919 % 100003) for i in range(n)])


def split_rounds(text, rounds):
    total = 0
    for r in range(rounds):
        pieces = text.split(" ")
        total += len(pieces) + len(pieces[r % len(pieces)])
        parts = text.split()
        total += len(parts[-1])
    return total


def chains(n):
    head = None
    for i in range(n):
        head = Cell(i, head)
    total = 0
    while head is not None:
        total += head.value
        head = head.next
    return total


def tables(n):
    d = {}
    for i in range(n):
        d["k%d" % i] = (i, i * 2, str(i))
    total = 0
    for k in d:
        v = d[k]
        total += v[1] + len(v[2])
    return total


def entry_point(argv):
    text = words(200000)
    print(len(text), split_rounds(text, 12))
    print(chains(1000000))
    print(tables(200000))
    print(sum([len(f"{i}:{i * i}") for i in range(300000)]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
