# A closure made at load time writes its captured variable: its cells are constants.


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1  # error: cannot assign to 'count': it is a variable of a closure made at load time
        return count
    return bump


COUNTER = make_counter()


def entry_point(argv):
    return COUNTER()


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
