# Exceptions: built-in operations raising IndexError, KeyError, ZeroDivisionError, ValueError, with CPython's messages.


def get_item(lst, i):
    try:
        return "ok %d" % lst[i]
    except IndexError as e:
        return "IndexError: " + str(e)


def get_key(d, k):
    try:
        return "ok %d" % d[k]
    except KeyError as e:
        return "KeyError: " + str(e)


def divide(a, b):
    try:
        return "ok %d" % (a // b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def modulo(a, b):
    try:
        return "ok %d" % (a % b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def fdivide(a, b):
    try:
        return "ok %s" % (a / b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def parse(s):
    try:
        return "ok %d" % int(s)
    except ValueError as e:
        return "ValueError: " + str(e)


def parse_float(s):
    try:
        return "ok %s" % float(s)
    except ValueError as e:
        return "ValueError: " + str(e)


def entry_point(argv):
    lst = [10, 20, 30]
    for i in [0, 2, 3, -1, -3, -4, 100]:
        print("lst[%d]" % i, get_item(lst, i))
    d = {"a": 1, "b": 2}
    for k in ["a", "b", "c", ""]:
        print("d[%r]" % k, get_key(d, k))
    n = {1: 5}
    try:
        print(n[7])
    except KeyError as e:
        print("int key:", e)
    for a, b in [(7, 2), (-7, 2), (7, 0), (0, 0)]:
        print(a, b, divide(a, b), modulo(a, b))
    for x, y in [(1.0, 4.0), (3.0, 0.0), (-2.5, 0.5)]:
        print(x, y, fdivide(x, y))
    for s in ["42", " -17 ", "x", "", "3.5", "0x10", "1_000"]:
        print(repr(s), parse(s))
    for s in ["2.5", "-0.125", "1e3", "abc", "inf"]:
        print(repr(s), parse_float(s))
    try:
        lst.pop(10)
    except IndexError as e:
        print("pop:", e)
    empty = []
    try:
        empty.pop()
    except IndexError as e:
        print("pop empty:", e)
    try:
        lst.remove(99)
    except ValueError as e:
        print("remove:", e)
    try:
        print(lst.index(99))
    except ValueError as e:
        print("index:", e)
    try:
        print(d.pop("zz"))
    except KeyError as e:
        print("dict pop:", e)
    try:
        print("abc"[5])
    except IndexError as e:
        print("str index:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
