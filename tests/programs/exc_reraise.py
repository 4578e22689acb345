# Exceptions: nested try blocks, bare 'raise' re-raising, 'raise e', raising a different exception from a handler.


class Wrapped(Exception):
    def __init__(self, inner):
        Exception.__init__(self, "wrapped: " + inner)
        self.inner = inner


LOG = []


def risky(n):
    if n % 3 == 0:
        raise ValueError("multiple of three: %d" % n)
    if n % 5 == 0:
        raise KeyError(n)
    return n * 2


def rethrow_bare(n):
    try:
        return risky(n)
    except ValueError:
        LOG.append("bare saw %d" % n)
        raise


def rethrow_named(n):
    try:
        return risky(n)
    except KeyError as e:
        LOG.append("named saw %d" % n)
        raise e


def translate(n):
    try:
        return rethrow_named(rethrow_bare(n))
    except ValueError as e:
        raise Wrapped(str(e))
    except KeyError:
        raise Wrapped("key %d" % n)


def nested(n):
    try:
        try:
            return translate(n)
        except Wrapped as w:
            if "three" in w.inner:
                raise
            return -1
    except Wrapped as w:
        LOG.append("outer got " + str(w))
        return -2


def entry_point(argv):
    for n in [1, 2, 3, 4, 5, 6, 7, 10, 15]:
        print(n, nested(n))
    for line in LOG:
        print("log:", line)
    try:
        try:
            raise IndexError("first")
        except IndexError:
            raise RuntimeError("second")
    except RuntimeError as e:
        print("got", e)
    try:
        try:
            risky(9)
        finally:
            print("finally before propagating")
    except ValueError as e:
        print("propagated:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
