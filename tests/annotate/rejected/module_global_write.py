# A counter kept in a module global: module globals are constants once the program is loaded.

counter = 0


def tick():
    global counter
    counter += 1  # error: run-time code cannot assign to the module global 'counter'
    return counter


def entry_point(argv):
    tick()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
