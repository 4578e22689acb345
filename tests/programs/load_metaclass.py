# Load time: a metaclass that registers subclasses and derives class attributes; the classes are ordinary at run time.

REGISTRY = []


class AutoRegister(type):
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, ns)
        if bases:
            cls.tag = name.lower()
            cls.index = len(REGISTRY)
            REGISTRY.append(cls)
        return cls


class Plugin(metaclass=AutoRegister):
    tag = "base"
    index = -1

    def __init__(self, weight):
        self.weight = weight

    def process(self, x):
        return x


class Doubler(Plugin):
    def process(self, x):
        return x * 2 * self.weight


class Squarer(Plugin):
    def process(self, x):
        return x * x + self.weight


class Negator(Plugin):
    def process(self, x):
        return -x


def entry_point(argv):
    print(len(REGISTRY))
    plugins = []
    for i in range(len(REGISTRY)):
        cls = REGISTRY[i]
        p = cls(i + 1)
        plugins.append(p)
        print(p.tag, p.index, p.weight)
    x = 3
    for p in plugins:
        x = p.process(x)
        print(p.tag, "->", x)
    base = Plugin(0)
    print(base.tag, base.index, base.process(5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
