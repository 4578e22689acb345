# The entry point returns a str instead of the exit status.


def entry_point(argv):
    return "done"  # error: the entry point 'entry_point_returns_str.entry_point' must return an int (the exit status), not 'str'


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
