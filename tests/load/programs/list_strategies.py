"""PyPy-style list strategies: a W_List delegates to a strategy singleton (a prebuilt
instance). Strategy classes share their bodies through import_from_mixin, each strategy
points at the more general strategy it switches to (the object strategy points at itself), and
an r_dict with case-insensitive key functions is prebuilt at load time."""

from kiln.objectmodel import compute_hash, import_from_mixin, r_dict


class W_Value:
    __slots__ = ()

    def str_w(self):
        return "?"


class W_IntValue(W_Value):
    __slots__ = ("intval",)

    def __init__(self, intval):
        self.intval = intval

    def str_w(self):
        return "%d" % self.intval


class W_StrValue(W_Value):
    __slots__ = ("strval",)

    def __init__(self, strval):
        self.strval = strval

    def str_w(self):
        return "'%s'" % self.strval


class CommonStrategyMixin:
    _immutable_fields_ = ["name", "generalized?"]

    def length(self, w_list):
        return len(w_list.storage)

    def render(self, w_list):
        return "[" + ", ".join([w.str_w() for w in w_list.storage]) + "] (" + self.name + ")"

    def append(self, w_list, w_value):
        if not self.accepts(w_value):
            w_list.strategy = self.generalized
            w_list.strategy.append(w_list, w_value)
            return
        w_list.storage.append(w_value)


class ListStrategy:
    """The common base: run-time code sees every strategy as a ListStrategy."""
    name = "abstract"

    def accepts(self, w_value):
        raise NotImplementedError

    def total(self, w_list):
        raise NotImplementedError


class IntStrategy(ListStrategy):
    import_from_mixin(CommonStrategyMixin)

    def accepts(self, w_value):
        return isinstance(w_value, W_IntValue)

    def total(self, w_list):
        t = 0
        for w in w_list.storage:
            assert isinstance(w, W_IntValue)
            t += w.intval
        return t


class StrStrategy(ListStrategy):
    import_from_mixin(CommonStrategyMixin)

    def accepts(self, w_value):
        return isinstance(w_value, W_StrValue)

    def total(self, w_list):
        return -1


class ObjectStrategy(ListStrategy):
    import_from_mixin(CommonStrategyMixin)

    def accepts(self, w_value):
        return True

    def total(self, w_list):
        return -1


def _make_strategy(cls, name):
    s = cls()
    s.name = name
    return s


INT_STRATEGY = _make_strategy(IntStrategy, "int")
STR_STRATEGY = _make_strategy(StrStrategy, "str")
OBJECT_STRATEGY = _make_strategy(ObjectStrategy, "object")
INT_STRATEGY.generalized = OBJECT_STRATEGY
STR_STRATEGY.generalized = OBJECT_STRATEGY
OBJECT_STRATEGY.generalized = OBJECT_STRATEGY        # a self-reference
STRATEGIES = [INT_STRATEGY, STR_STRATEGY, OBJECT_STRATEGY]


class W_List:
    def __init__(self, strategy):
        self.strategy = strategy
        self.storage = []


def _lower(s):
    return s.lower()


def ci_eq(a, b):
    return _lower(a) == _lower(b)


def ci_hash(s):
    return compute_hash(_lower(s))


BUILTIN_NAMES = r_dict(ci_eq, ci_hash)
for _i, _name in enumerate(["Len", "Append", "TOTAL"]):
    BUILTIN_NAMES[_name] = _i
NAME_COUNT = len(BUILTIN_NAMES)


def build(values, start):
    w_list = W_List(start)
    for v in values:
        if v.isdigit():
            w_list.strategy.append(w_list, W_IntValue(int(v)))
        else:
            w_list.strategy.append(w_list, W_StrValue(v))
    return w_list


def entry_point(argv):
    samples = [["1", "2", "3"], ["a", "b"], ["4", "five", "6"]]
    for values in samples:
        start = INT_STRATEGY if values[0].isdigit() else STR_STRATEGY
        w_list = build(values, start)
        print("%s len=%d total=%d" % (w_list.strategy.render(w_list),
                                      w_list.strategy.length(w_list),
                                      w_list.strategy.total(w_list)))
    for name in ["len", "APPEND", "Total", "pop"]:
        print("%s -> %d" % (name, BUILTIN_NAMES.get(name, -1)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
