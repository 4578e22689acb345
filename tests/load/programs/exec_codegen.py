"""Comparison functions, a record class and a small evaluator generated as source text and
exec'd at load time: exec into globals() at module level, exec into a private namespace whose
results are copied out, compile() + exec, eval of a lambda, and exec inside a factory."""

_COMPARISONS = [("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">="), ("eq", "=="), ("ne", "!=")]
for _name, _symbol in _COMPARISONS:
    exec("def cmp_%s(a, b):\n    return a %s b\n" % (_name, _symbol))

CMP_TABLE = {}
for _name, _symbol in _COMPARISONS:
    CMP_TABLE[_symbol] = globals()["cmp_" + _name]


def _record_source(name, fields):
    lines = ["class %s:" % name,
             "    _immutable_fields_ = %r" % (list(fields),),
             "    def __init__(self, %s):" % ", ".join(fields)]
    lines += ["        self.%s = %s" % (f, f) for f in fields]
    lines += ["    def describe(self):",
              "        return %r %% (%s)" % (
                  name + "(" + ", ".join("%s=%%d" % f for f in fields) + ")",
                  ", ".join("self." + f for f in fields))]
    return "\n".join(lines) + "\n"


RECORD_SOURCE = _record_source("Interval", ["low", "high"])
_namespace = {}
exec(RECORD_SOURCE, _namespace)
Interval = _namespace["Interval"]

_code = compile(_record_source("Span", ["start", "length"]), "<generated span>", "exec")
exec(_code, globals())

triple = eval("lambda x: x * 3")


def make_polynomial(coefficients):
    terms = ["%d * x ** %d" % (c, i) for i, c in enumerate(coefficients) if c]
    name = "poly_" + "_".join(str(c).replace("-", "m") for c in coefficients)
    source = "def %s(x):\n    return %s\n" % (name, " + ".join(terms) or "0")
    scope = {}
    exec(source, scope)
    fn = scope[name]
    fn.source = source
    return fn


square_plus_one = make_polynomial([1, 0, 1])
cubic = make_polynomial([0, -2, 0, 1])

INTERVALS = [Interval(1, 5), Interval(3, 9), Interval(10, 12)]
SPANS = [Span(0, 4), Span(4, 0)]


def overlaps(a, b):
    return CMP_TABLE["<="](a.low, b.high) and CMP_TABLE[">="](a.high, b.low)


def entry_point(argv):
    for i in range(len(INTERVALS)):
        for j in range(i + 1, len(INTERVALS)):
            a = INTERVALS[i]
            b = INTERVALS[j]
            print("%s %s %s" % (a.describe(), "overlaps" if overlaps(a, b) else "misses",
                                b.describe()))
    for span in SPANS:
        print(span.describe() + (" empty" if cmp_eq(span.length, 0) else ""))
    print("triple(14) = %d" % triple(14))
    print("p(3) = %d, q(3) = %d" % (square_plus_one(3), cubic(3)))
    print("ne: %s, gt: %s" % (cmp_ne(1, 2), cmp_gt(1, 2)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
