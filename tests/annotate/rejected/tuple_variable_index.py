# Indexing a heterogeneous tuple with a variable index.


def field(record, i):
    return record[i]  # error: indexing '(str, int, int)' with a variable needs items of one type


def entry_point(argv):
    rec = ("add", 2, 1)
    print(field(rec, 1), field(rec, 2))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
