# list errors caught and reported (IndexError, ValueError), then an uncaught IndexError ends the program with status 1.


def get(lst, i):
    try:
        return "%d" % lst[i]
    except IndexError as e:
        return "IndexError: %s" % e


def entry_point(argv):
    lst = [10, 20, 30]
    for i in [0, 2, 3, -1, -3, -4, 100]:
        print(i, get(lst, i))
    try:
        lst.remove(99)
    except ValueError as e:
        print("ValueError:", e)
    try:
        lst.index(99)
    except ValueError as e:
        print("ValueError:", e)
    empty = []
    try:
        empty.pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(min(empty))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(max(empty))
    except ValueError as e:
        print("ValueError:", e)
    names = ["a", "b"]
    try:
        names[5] = "c"
    except IndexError as e:
        print("IndexError:", e)
    print("about to fail")
    total = 0
    for i in range(5):
        total += lst[i]
        print("running total", total)
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
