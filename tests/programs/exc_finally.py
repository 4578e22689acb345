# Exceptions: try/finally ordering: finally runs on normal exit, on exceptions, on return, break and continue.


class Trace:
    def __init__(self):
        self.events = []

    def add(self, e):
        self.events.append(e)


T = Trace()


def with_return(x):
    try:
        T.add("try %d" % x)
        if x > 0:
            return "positive"
        return "non-positive"
    finally:
        T.add("finally %d" % x)


def with_raise(x):
    try:
        T.add("body")
        if x == 0:
            raise ValueError("zero")
        T.add("after raise check")
    finally:
        T.add("cleanup")
    T.add("after try")
    return x


def nested_finally(x):
    try:
        try:
            T.add("inner body")
            if x:
                raise KeyError("k")
        finally:
            T.add("inner finally")
        T.add("between")
    finally:
        T.add("outer finally")


def loop_finally():
    total = 0
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            total += i
        finally:
            T.add("loop finally %d" % i)
    return total


def dump(title):
    print(title + ": " + ", ".join(T.events))
    del T.events[:]


def entry_point(argv):
    print(with_return(5), with_return(-1))
    dump("return")
    print(with_raise(3))
    dump("no raise")
    try:
        with_raise(0)
    except ValueError as e:
        T.add("caught " + str(e))
    dump("raise")
    nested_finally(False)
    dump("nested ok")
    try:
        nested_finally(True)
    except KeyError:
        T.add("caught KeyError")
    dump("nested raise")
    print(loop_finally())
    dump("loop")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
