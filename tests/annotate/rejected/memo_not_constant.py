# specialize.memo needs arguments known at translation time (constants, or sets of prebuilt
# objects), but this one is an int computed at run time.
from kiln.objectmodel import specialize


@specialize.memo()
def table_for(size):
    return [0] * size


def entry_point(argv):
    table = table_for(len(argv))  # error: argument 0 of 'memo_not_constant.table_for' must be a constant at every call (specialize:memo), but here it is 'int'
    return len(table)


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
