# Mixins as RPython interpreters use them: import_from_mixin copies shared methods into
# several classes at load time, and a plain mixin base supplies helpers through inheritance.
from kiln.objectmodel import import_from_mixin


class ComparableMixin(object):
    def lt(self, other):
        return self.key() < other.key()

    def eq(self, other):
        return self.key() == other.key()

    def max_of(self, other):
        if self.lt(other):
            return other.key()
        return self.key()


class Version(object):
    import_from_mixin(ComparableMixin)

    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return self.major * 1000 + self.minor


class Word(object):
    import_from_mixin(ComparableMixin)

    def __init__(self, text):
        self.text = text

    def key(self):
        return len(self.text)


class Named(object):
    def label(self):
        return "<" + self.name + ">"


class Module(Named):
    def __init__(self, name, size):
        self.name = name
        self.size = size


class Function(Named):
    def __init__(self, name):
        self.name = name


def entry_point(argv):
    a, b = Version(1, 20), Version(1, 3)
    print(a.lt(b), b.lt(a), a.eq(Version(1, 20)), a.max_of(b))
    w1, w2 = Word("kiln"), Word("interpreter")
    print(w1.lt(w2), w1.max_of(w2))
    items = [Module("os", 3), Function("main"), Module("sys", 1)]
    print(" ".join([n.label() for n in items]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
