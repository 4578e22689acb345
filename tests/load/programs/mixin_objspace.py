"""A tiny object space in the PyPy style: wrapped integers, floats and strings share method
bodies copied in by import_from_mixin at load time (each class gets its own copies, renamed
'<Class>.<name>'), including a staticmethod, a classmethod, a property and the mixins'
_immutable_fields_."""

from kiln.objectmodel import import_from_mixin


class W_Root:
    def type_name(self):
        return "object"

    def is_true(self):
        return True


class ComparableMixin:
    _immutable_fields_ = ["value"]

    def eq(self, other):
        return self.value == other.value

    def lt(self, other):
        return self.value < other.value

    def max_of(self, other):
        return other if self.lt(other) else self


class NumberMixin(ComparableMixin):
    def __init__(self, value):
        self.value = value

    def add(self, other):
        return self.wrap(self.value + other.value)

    def mul(self, other):
        return self.wrap(self.value * other.value)

    @property
    def doubled(self):
        return self.wrap(self.value + self.value)

    @staticmethod
    def describe_kind():
        return "number"


class W_Int(W_Root):
    _immutable_fields_ = ["hash_cache?"]
    import_from_mixin(NumberMixin)

    @classmethod
    def wrap(cls, value):
        return W_Int(value)

    def type_name(self):
        return "int"

    def str(self):
        return "%d" % self.value

    def is_true(self):
        return self.value != 0


class W_Float(W_Root):
    import_from_mixin(NumberMixin)

    @classmethod
    def wrap(cls, value):
        return W_Float(value)

    def type_name(self):
        return "float"

    def str(self):
        return "%.3f" % self.value


class W_Str(W_Root):
    import_from_mixin(ComparableMixin)

    def __init__(self, value):
        self.value = value

    def type_name(self):
        return "str"

    def str(self):
        return "'%s'" % self.value


int_add = W_Int.add                 # plain function copied by the mixin: W_Int.add
float_add = W_Float.add
ZERO = W_Int(0)
ONE = W_Int(1)
HALF = W_Float(0.5)
EMPTY = W_Str("")
IMMUTABLE = {cls.__name__: list(cls._immutable_fields_) for cls in (W_Int, W_Float, W_Str)}
SAME_CODE = W_Int.add.__code__ is W_Float.add.__code__


def int_demo():
    total = ZERO
    step = ONE
    for _ in range(5):
        total = total.add(step)
        step = step.doubled
    return total


def float_demo():
    acc = HALF
    for _ in range(3):
        acc = acc.mul(W_Float(3.0)).add(HALF)
    return acc


def entry_point(argv):
    total = int_demo()
    print("%s %s true=%s" % (total.type_name(), total.str(), total.is_true()))
    acc = float_demo()
    print("%s %s kind=%s" % (acc.type_name(), acc.str(), W_Float.describe_kind()))
    words = [W_Str(w) for w in ["pear", "apple", "quince"]]
    best = EMPTY
    for w in words:
        best = best.max_of(w)
    print("%s %s eq=%s" % (best.type_name(), best.str(), best.eq(W_Str("quince"))))
    print("zero is true: %s" % ZERO.is_true())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
