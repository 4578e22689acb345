# Hints: promote, promote_string, elidable, unroll_safe, dont_look_inside, look_inside_iff, we_are_jitted: no-ops on CPython.
from kiln import jit
from kiln.jit import promote, promote_string, elidable, unroll_safe, dont_look_inside, we_are_jitted


class Map:
    def __init__(self, names):
        self.names = names

    @elidable
    def index_of(self, name):
        for i in range(len(self.names)):
            if self.names[i] == name:
                return i
        return -1


class Obj:
    def __init__(self, map, values):
        self.map = map
        self.values = values

    def get(self, name):
        m = promote(self.map)
        i = m.index_of(promote_string(name))
        if i < 0:
            return -1
        return self.values[i]


@unroll_safe
def dot(a, b):
    s = 0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@dont_look_inside
def slow_path(x):
    return x * 3 + 1


def is_small(n):
    return n < 10


@jit.look_inside_iff(lambda n: jit.isconstant(n))
def tri(n):
    t = 0
    for i in range(n + 1):
        t += i
    return t


def entry_point(argv):
    shape = Map(["width", "height", "depth"])
    objs = [Obj(shape, [i, i * 2, i * 3]) for i in range(4)]
    total = 0
    for o in objs:
        total += o.get("width") + o.get("depth") + o.get("weight")
    print("total", total)
    print(dot([1, 2, 3], [4, 5, 6]), slow_path(7), tri(10))
    print("jitted?", we_are_jitted(), jit.isconstant(5), jit.isvirtual(objs))
    print(jit.current_trace_length() < 0 or True)
    x = 0
    for i in range(20):
        if is_small(i):
            x += slow_path(i)
        else:
            x += tri(i)
    print("x", x)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
