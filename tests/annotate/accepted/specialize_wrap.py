# specialize.argtype as an object space uses it: one wrap() that boxes ints, floats and strs
# into W_ objects, and a specialize.memo helper computing per-class data at translation time.
from kiln.objectmodel import specialize


class W_Root(object):
    def describe(self):
        return "object"


class W_IntObject(W_Root):
    def __init__(self, intval):
        self.intval = intval

    def describe(self):
        return "int %d" % self.intval


class W_FloatObject(W_Root):
    def __init__(self, floatval):
        self.floatval = floatval

    def describe(self):
        return "float %s" % str(self.floatval)


class W_StrObject(W_Root):
    def __init__(self, strval):
        self.strval = strval

    def describe(self):
        return "str '%s'" % self.strval


@specialize.argtype(0)
def wrap(x):
    if isinstance(x, int):
        return W_IntObject(x)
    if isinstance(x, float):
        return W_FloatObject(x)
    return W_StrObject(x)


@specialize.argtype(0, 1)
def pair_text(a, b):
    return str(a) + "/" + str(b)


@specialize.memo()
def type_name(cls):
    return cls.__name__[2:].lower()


@specialize.arg(1)
def repeat(text, times):
    result = ""
    for i in range(times):
        result += text
    return result


def entry_point(argv):
    values = [wrap(42), wrap(2.5), wrap("hi"), wrap(len(argv))]
    for w in values:
        print(w.describe())
    print(pair_text(1, "a") + " " + pair_text(1.5, 2) + " " + pair_text("x", "y"))
    print(type_name(W_IntObject) + " " + type_name(W_StrObject))
    print(repeat("ab", 3) + repeat("-", 5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
