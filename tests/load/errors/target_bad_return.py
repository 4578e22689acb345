# expect: 1 must return (entry_point, None)
# expect-also: target_bad_return.py
"""A program using RPython's target() convention that returns the entry point alone instead
of the tuple (entry_point, None)."""


def entry_point(argv):
    print("hello from " + argv[0])
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
