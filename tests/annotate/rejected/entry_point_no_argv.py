# The entry point must take argv.


def entry_point():  # error: the entry point 'entry_point_no_argv.entry_point' must take one argument (the list of command-line strings), not 0
    print("hello")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point())
