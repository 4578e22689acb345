# expect: 1 no entry point
# expect-also: no_entry_point.py
"""A program that forgot its entry point: the function is called main(), and kiln must say
that neither entry_point(argv) nor target(*args) is defined."""


def greet(name):
    return "hello, " + name


def main(argv):
    print(greet(argv[1] if len(argv) > 1 else "world"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
