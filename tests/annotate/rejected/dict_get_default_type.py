# dict.get with a default of another type than the values.


def arity(table, name):
    return table.get(name, "unknown")  # error: the default 'str' cannot be mixed with the dict's values 'int'


def entry_point(argv):
    table = {"add": 2, "neg": 1}
    print(arity(table, "mul"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
