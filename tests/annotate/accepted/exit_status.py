# exit: 3
# A test-runner style program: runs a table of checks and returns the number of failures as
# the process exit status (CPython exits with it too).


def check_add():
    return 1 + 1 == 2


def check_strings():
    return "kiln".upper() == "KILN"


def check_wrong_math():
    return 2 * 3 == 7


def check_lists():
    items = [3, 1, 2]
    items.sort()
    return items == [1, 2, 3]


def check_wrong_index():
    return "abc".find("d") == 0


def check_wrong_len():
    return len([1, 2, 3]) == 4


CHECKS = [("add", check_add), ("strings", check_strings), ("wrong_math", check_wrong_math),
          ("lists", check_lists), ("wrong_index", check_wrong_index), ("wrong_len", check_wrong_len)]


def entry_point(argv):
    failures = 0
    for name, check in CHECKS:
        ok = check()
        print("%-12s %s" % (name, "ok" if ok else "FAIL"))
        if not ok:
            failures += 1
    print("%d of %d failed" % (failures, len(CHECKS)))
    return failures


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
