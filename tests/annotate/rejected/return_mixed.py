# A lookup returns an int when found and an error string otherwise.


def lookup(env, name):
    if name in env:
        return env[name]
    return "undefined: " + name  # error: 'return_mixed.lookup' would return both 'int' and 'str'


def entry_point(argv):
    env = {"x": 1}
    print(lookup(env, "x"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
