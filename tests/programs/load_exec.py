# Load time: functions generated from source text with exec at import time (unrolled accessors, specialized adders).

_SRC = ""
for _n in range(1, 5):
    _args = ", ".join(["a%d" % i for i in range(_n)])
    _body = " + ".join(["a%d" % i for i in range(_n)])
    _SRC += "def sum%d(%s):\n    return %s\n\n" % (_n, _args, _body)
exec(_SRC)

FIELDS = ["x", "y", "z", "w"]
_cls_src = "class Vec4:\n    def __init__(self, %s):\n" % ", ".join(FIELDS)
for _f in FIELDS:
    _cls_src += "        self.%s = %s\n" % (_f, _f)
_cls_src += "    def dot(self, o):\n        return %s\n" % " + ".join(["self.%s * o.%s" % (f, f) for f in FIELDS])
_cls_src += "    def show(self):\n        return '(' + %s + ')'\n" % " + ', ' + ".join(["str(self.%s)" % f for f in FIELDS])
exec(_cls_src)

GETTERS = {}
for _f in FIELDS:
    _ns = {}
    exec("def get_%s(v):\n    return v.%s\n" % (_f, _f), _ns)
    GETTERS[_f] = _ns["get_" + _f]


def entry_point(argv):
    print(sum1(5), sum2(5, 6), sum3(1, 2, 3), sum4(10, 20, 30, 40))
    a = Vec4(1, 2, 3, 4)
    b = Vec4(-1, 0, 2, 5)
    print(a.show(), b.show(), a.dot(b), a.dot(a))
    for f in FIELDS:
        print(f, GETTERS[f](a), GETTERS[f](b))
    total = 0
    for i in range(10):
        total += sum4(i, i, i, i) - sum2(i, i)
    print("total", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
