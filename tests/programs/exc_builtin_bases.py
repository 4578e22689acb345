# Exceptions: built-in exception bases: LookupError, ArithmeticError, RuntimeError, Exception catch their subclasses.
from kiln.rarithmetic import ovfcheck


def op(kind, n):
    lst = [1, 2, 3]
    d = {"x": 1}
    if kind == "index":
        return lst[n]
    if kind == "key":
        return d["k%d" % n]
    if kind == "zero":
        return 10 // n
    if kind == "overflow":
        return ovfcheck(n * 4611686018427387904)
    if kind == "notimpl":
        raise NotImplementedError("not yet: %d" % n)
    if kind == "value":
        return int("v%d" % n)
    return n


def categorize(kind, n):
    try:
        return "ok %d" % op(kind, n)
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except RuntimeError:
        return "RuntimeError"
    except Exception:
        return "Exception"


def detail(kind, n):
    try:
        return "ok %d" % op(kind, n)
    except IndexError as e:
        return "IndexError(%s)" % e
    except KeyError as e:
        return "KeyError(%s)" % e
    except ZeroDivisionError as e:
        return "ZeroDivisionError(%s)" % e
    except OverflowError:
        return "OverflowError"
    except NotImplementedError as e:
        return "NotImplementedError(%s)" % e
    except ValueError as e:
        return "ValueError(%s)" % e


def entry_point(argv):
    kinds = ["index", "key", "zero", "overflow", "notimpl", "value", "plain"]
    for kind in kinds:
        for n in [0, 2, 5]:
            print(kind, n, categorize(kind, n), detail(kind, n))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
