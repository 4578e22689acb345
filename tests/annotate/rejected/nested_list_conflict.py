# A list of rows where one row is a list of ints and another a list of strs.


def table():
    rows = []
    rows.append([1, 2, 3])
    rows.append(["a", "b"])  # error: the items of this list would have to be both 'list(int)' and 'list(str)'
    return rows


def entry_point(argv):
    return len(table())


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
