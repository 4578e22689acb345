"""An error-reporting layer whose exception hierarchy and value classes are made in loops at
load time: exception classes created with type() and stored with globals()[...], node classes
created by a factory's class statement (qualname 'make_value_class.<locals>.Value', some
renamed by assigning __qualname__), and methods attached afterwards with setattr."""


class KilnError(Exception):
    code = 0

    def __init__(self, detail):
        self.detail = detail

    def render(self):
        return "E%03d %s: %s" % (self.code, self.title, self.detail)


_ERRORS = [("SyntaxProblem", 101, "syntax problem"), ("TypeProblem", 202, "type problem"),
           ("NameProblem", 203, "name problem"), ("LimitProblem", 301, "limit exceeded")]
ERROR_CLASSES = []
for _name, _code, _title in _ERRORS:
    _cls = type(_name, (KilnError,), {"code": _code, "title": _title})
    globals()[_name] = _cls
    ERROR_CLASSES.append(_cls)
ERROR_BY_CODE = {cls.code: cls for cls in ERROR_CLASSES}


def make_value_class(kind, width, rename):
    class Value:
        KIND = kind
        WIDTH = width

        def __init__(self, raw):
            self.raw = raw

        def fits(self):
            return -(1 << (self.WIDTH - 1)) <= self.raw < (1 << (self.WIDTH - 1))
    Value.__name__ = kind.capitalize() + "Value"
    if rename:
        Value.__qualname__ = Value.__name__
    return Value


ByteValue = make_value_class("byte", 8, True)
ShortValue = make_value_class("short", 16, True)
WordValue = make_value_class("word", 32, False)
VALUE_CLASSES = [ByteValue, ShortValue, WordValue]


def _make_clamp(bits):
    def clamp(self):
        limit = 1 << (bits - 1)
        if self.raw >= limit:
            return limit - 1
        if self.raw < -limit:
            return -limit
        return self.raw
    return clamp


for _vc in VALUE_CLASSES:
    setattr(_vc, "clamp", _make_clamp(_vc.WIDTH))


def check_value(cls_index, raw):
    v = VALUE_CLASSES[cls_index](raw)
    if not v.fits():
        raise LimitProblem("%d does not fit in a %s (clamped to %d)" % (raw, v.KIND, v.clamp()))
    return v.raw


def lookup(name):
    if not name.isidentifier():
        raise SyntaxProblem("'%s' is not a name" % name)
    if name != "x":
        raise NameProblem("'%s' is not defined" % name)
    return 1


def entry_point(argv):
    checks = [(0, 100), (0, 200), (1, -40000), (2, 70000)]
    failures = 0
    for index, raw in checks:
        try:
            print("ok %d" % check_value(index, raw))
        except KilnError as e:
            print(e.render())
            failures += 1
    for name in ["x", "y", "1abc"]:
        try:
            print("%s = %d" % (name, lookup(name)))
        except KilnError as e:
            print(e.render())
            failures += 1
    try:
        raise ERROR_BY_CODE[202]("int + str")
    except TypeProblem as e:
        print(e.render())
    print("%d failures" % failures)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
