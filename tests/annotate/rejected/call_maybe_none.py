# A callback that may be None is called without a test.


def on_error(msg):
    print("error: " + msg)


def report(msg, verbose):
    callback = on_error if verbose else None
    callback(msg)  # error: may be None here, and None cannot be called


def entry_point(argv):
    report("x", len(argv) > 3)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
