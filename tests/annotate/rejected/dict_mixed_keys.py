# A dict keyed by strs that also gets an int key.


def index(names):
    table = {}
    for i, name in enumerate(names):
        table[name] = i
    table[len(names)] = -1  # error: the keys of this dict would have to be both 'str' and 'int'
    return table


def entry_point(argv):
    return len(index(["a", "b"]))


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
