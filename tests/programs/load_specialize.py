# Load time: specialize hints: argtype (one copy per argument type), arg (per constant), memo (evaluated at translation).
from kiln.objectmodel import specialize


@specialize.argtype(0)
def describe(x):
    return "<%s>" % (x,)


@specialize.argtype(0)
def total(items):
    t = items[0]
    for x in items[1:]:
        t = t + x
    return t


@specialize.arg(1)
def scale(x, factor):
    return x * factor


@specialize.memo()
def table_for(n):
    return [i * i for i in range(n)]


@specialize.arg(0)
def make(kind):
    if kind == "list":
        return [1, 2, 3]
    return [7]


def entry_point(argv):
    print(describe(3), describe("text"), describe(2.5), describe(True))
    print(total([1, 2, 3, 4]), total("abc"), total((2.5, 0.25)))
    print(scale(3, 2), scale(3, 10), scale(1.5, 4))
    t5 = table_for(5)
    t3 = table_for(3)
    print(t5, t3, table_for(5) is t5)
    print(make("list"), make("other"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
