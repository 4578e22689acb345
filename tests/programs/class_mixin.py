# Classes: mixins with _mixin_ = True flattened into their users, and kiln.objectmodel.import_from_mixin.
from kiln.objectmodel import import_from_mixin


class ComparableMixin:
    _mixin_ = True

    def compare(self, other):
        a = self.sort_key()
        b = other.sort_key()
        if a < b:
            return -1
        if a > b:
            return 1
        return 0


class DescribeMixin:
    _mixin_ = True

    def describe(self):
        return "%s<%s>" % (self.kind_name(), self.sort_key())


class Base:
    def __init__(self, n):
        self.n = n

    def kind_name(self):
        return "base"

    def sort_key(self):
        return self.n


class Item(Base, ComparableMixin, DescribeMixin):
    def kind_name(self):
        return "item"


class Weighted(Item):
    def __init__(self, n, w):
        Item.__init__(self, n)
        self.w = w

    def kind_name(self):
        return "weighted"

    def sort_key(self):
        return self.n * self.w


class Counting:
    def bump(self):
        self.count += 1
        return self.count

    def reset(self):
        self.count = 0


class Clicker:
    import_from_mixin(Counting)

    def __init__(self, label):
        self.label = label
        self.count = 0

    def show(self):
        return "%s=%d" % (self.label, self.count)


def entry_point(argv):
    xs = [Item(5), Weighted(2, 4), Item(8), Weighted(3, 1), Item(1)]
    for x in xs:
        print(x.describe())
    for i in range(len(xs) - 1):
        print(xs[i].describe(), "vs", xs[i + 1].describe(), "->", xs[i].compare(xs[i + 1]))
    best = xs[0]
    for x in xs:
        if x.compare(best) > 0:
            best = x
    print("best:", best.describe())
    c = Clicker("clicks")
    for i in range(4):
        c.bump()
    print(c.show())
    c.reset()
    print(c.show(), c.bump(), c.bump())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
