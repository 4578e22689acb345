# A first kiln Python program: the entry point receives argv and returns the exit status.


def greet(name):
    return "hello, " + name


def entry_point(argv):
    name = argv[1] if len(argv) > 1 else "world"
    print(greet(name))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
