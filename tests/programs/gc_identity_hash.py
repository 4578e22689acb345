# Identity hashes and ids stay stable while the collector moves objects: instances without
# __hash__ as dict keys and in sets, looked up again after lots of allocation (many minor
# collections move the young keys into the old generation), and id() compared before and after.


class Key(object):
    def __init__(self, n):
        self.n = n


class Junk(object):
    def __init__(self, n, next):
        self.n = n
        self.next = next


def churn(rounds):
    total = 0
    for r in range(rounds):
        head = None
        for i in range(200):
            head = Junk(i, head)
        total += head.n
    return total


def entry_point(argv):
    keys = [Key(i) for i in range(500)]
    table = {}
    for k in keys:
        table[k] = k.n * 2
    ids = [id(k) for k in keys]
    hashes = [hash(k) for k in keys]
    print("churn", churn(300))
    found = 0
    for k in keys:
        found += table[k]
    print("found", found)
    same_ids = 0
    same_hashes = 0
    for i in range(len(keys)):
        if id(keys[i]) == ids[i]:
            same_ids += 1
        if hash(keys[i]) == hashes[i]:
            same_hashes += 1
    print("stable", same_ids, same_hashes)
    distinct = {}
    for i in ids:
        distinct[i] = True
    print("distinct", len(distinct))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
