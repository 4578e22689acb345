# PyPy-style maps (hidden classes) for dynamic objects: attribute layouts shared between
# objects, transitions cached in a dict, lookups marked elidable and the map promoted, a
# quasi-immutable version field on a class-like object.
from kiln.jit import elidable, promote


class Map(object):
    _immutable_fields_ = ["indexes", "parent", "name"]

    def __init__(self, parent, name, indexes):
        self.parent = parent
        self.name = name
        self.indexes = indexes
        self.transitions = {}

    @elidable
    def index_of(self, name):
        return self.indexes.get(name, -1)

    @elidable
    def with_attr(self, name):
        m = self.transitions.get(name, None)
        if m is None:
            indexes = self.indexes.copy()
            indexes[name] = len(indexes)
            m = Map(self, name, indexes)
            self.transitions[name] = m
        return m


EMPTY_MAP = Map(None, "", {})


class Klass(object):
    _immutable_fields_ = ["version?"]

    def __init__(self, name):
        self.name = name
        self.version = 0
        self.methods = {}

    def define(self, name, value):
        self.methods[name] = value
        self.version += 1


class Obj(object):
    def __init__(self, klass):
        self.klass = klass
        self.map = EMPTY_MAP
        self.storage = []

    def getattr(self, name):
        m = promote(self.map)
        i = m.index_of(name)
        if i < 0:
            return self.klass.methods.get(name, -1)
        return self.storage[i]

    def setattr(self, name, value):
        m = promote(self.map)
        i = m.index_of(name)
        if i >= 0:
            self.storage[i] = value
            return
        self.map = m.with_attr(name)
        self.storage.append(value)


def entry_point(argv):
    point = Klass("Point")
    point.define("dims", 2)
    a, b = Obj(point), Obj(point)
    a.setattr("x", 1)
    a.setattr("y", 2)
    b.setattr("x", 10)
    b.setattr("y", 20)
    b.setattr("x", 11)
    print(a.map is b.map, a.getattr("y"), b.getattr("x"), b.getattr("dims"), a.getattr("z"))
    c = Obj(point)
    c.setattr("y", 5)
    print(c.map is a.map, len(EMPTY_MAP.transitions), point.version)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
