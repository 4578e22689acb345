"""Event handlers built from closures in loops, showing each closure-building idiom and its
load-time result: late binding (every lambda sees the loop variable's final value), binding by
default argument, binding by a factory, two closures sharing one cell (a counter's get/bump),
closures nested two levels deep, and a closure over a class."""


class Event:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value


LATE = [lambda: _i * 10 for _i in range(3)]            # all return 20
BOUND_BY_DEFAULT = [lambda i=_i: i * 10 for _i in range(3)]


def _factory(i):
    return lambda: i * 10


BOUND_BY_FACTORY = [_factory(_i) for _i in range(3)]
LATE_RESULTS = [f() for f in LATE]
DEFAULT_RESULTS = [f() for f in BOUND_BY_DEFAULT]
FACTORY_RESULTS = [f() for f in BOUND_BY_FACTORY]


def make_tally():
    count = 0

    def bump(n):
        nonlocal count
        count += n
        return count

    def get():
        return count
    return bump, get


bump, tally = make_tally()


def outer(prefix):
    def middle(sep):
        def inner(text):
            return prefix + sep + text
        return inner
    return middle


tagger = outer("evt")(":")
warner = outer("WARN")(" ")


def make_event_builder(cls, kind):
    def build(value):
        return cls(kind, value)
    return build


click = make_event_builder(Event, "click")
key = make_event_builder(Event, "key")
HANDLERS = {}
for _kind, _weight in [("click", 1), ("key", 2), ("scroll", 3)]:
    def _handler(event, weight=_weight):
        return bump(event.value * weight)
    _handler.__qualname__ = "handle_" + _kind
    HANDLERS[_kind] = _handler


def entry_point(argv):
    events = [click(1), key(3), click(5), Event("scroll", 2), Event("unknown", 9)]
    for event in events:
        if event.kind in HANDLERS:
            total = HANDLERS[event.kind](event)
            print(tagger("%s %d -> %d" % (event.kind, event.value, total)))
        else:
            print(warner("no handler for " + event.kind))
    print("tally %d; late %s; default %s; factory %s" % (
        tally(), ",".join([str(v) for v in LATE_RESULTS]),
        ",".join([str(v) for v in DEFAULT_RESULTS]),
        ",".join([str(v) for v in FACTORY_RESULTS])))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
