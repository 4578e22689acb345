# exec() in run-time code (at load time it would be fine).


def define(name):
    exec("def %s(): return 1" % name)  # error: 'exec()' cannot run in a translated program


def entry_point(argv):
    define("f")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
