# the entry point's return value is the exit status: a small validator returns the number of invalid arguments.
# args: 12 x7 -3 4.5 99 abc 0


def valid_int(s):
    if s.startswith("-"):
        s = s[1:]
    return len(s) > 0 and s.isdigit()


def entry_point(argv):
    bad = 0
    total = 0
    for arg in argv[1:]:
        if valid_int(arg):
            total += int(arg)
            print("ok  ", arg)
        else:
            bad += 1
            print("bad ", arg)
    print("sum of valid:", total, "invalid:", bad)
    return bad


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
