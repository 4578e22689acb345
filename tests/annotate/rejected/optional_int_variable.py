# An int variable initialized to None as "not found yet".


def first_even(values):
    found = None
    for v in values:  # error: 'optional_int_variable.first_even' would return both 'None' and 'int'
        if v % 2 == 0:
            found = v
            break
    return found


def entry_point(argv):
    print(first_even([1, 4, 5]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
