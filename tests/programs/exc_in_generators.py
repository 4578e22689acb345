# Exceptions: exceptions raised inside generators propagate to the consumer; generators that catch internally keep going.


class BadRecord(Exception):
    def __init__(self, index, text):
        Exception.__init__(self, "record %d is bad: %r" % (index, text))
        self.index = index


def parse_all(records):
    for i, r in enumerate(records):
        if not r.isdigit():
            raise BadRecord(i, r)
        yield int(r)


def parse_lenient(records, errors):
    for r in records:
        try:
            yield int(r)
        except ValueError:
            errors.append(r)


def ratios(pairs):
    for a, b in pairs:
        try:
            yield a // b
        except ZeroDivisionError:
            yield -1


def entry_point(argv):
    recs = ["12", "7", "x9", "3"]
    got = []
    try:
        for v in parse_all(recs):
            got.append(v)
    except BadRecord as e:
        print("stopped:", e, "at index", e.index)
    print("got before the error:", got)
    errors = []
    print(list(parse_lenient(["1", "two", "3", "", "-4"], errors)), errors)
    print(list(ratios([(10, 2), (5, 0), (9, 3), (1, 0)])))
    try:
        total = sum(parse_all(["1", "2", "3"]))
        print("total", total)
        total = sum(parse_all(["1", "oops"]))
        print("not reached", total)
    except BadRecord as e:
        print("sum failed:", e)
    g = parse_all(["5", "?"])
    print(next(g))
    try:
        next(g)
    except BadRecord as e:
        print("next failed at", e.index)
    print("after failure:", next(g, -100))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
