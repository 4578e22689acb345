# Closures: an event bus with callbacks (closures over run-time state) registered in a dict of lists and fired in order.


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, fn):
        if event not in self.handlers:
            self.handlers[event] = []
        self.handlers[event].append(fn)

    def emit(self, event, payload):
        fired = 0
        for fn in self.handlers.get(event, []):
            fn(payload)
            fired += 1
        return fired


def entry_point(argv):
    bus = EventBus()
    log = []
    totals = {"sum": 0, "count": 0}
    maximum = -1

    def logger(tag):
        def handler(p):
            log.append("%s:%d" % (tag, p))
        return handler

    def summer(p):
        totals["sum"] += p
        totals["count"] += 1

    def track_max(p):
        nonlocal maximum
        if p > maximum:
            maximum = p

    bus.on("num", logger("A"))
    bus.on("num", summer)
    bus.on("num", track_max)
    bus.on("big", logger("BIG"))
    bus.on("big", lambda p: log.append("lambda saw %d" % (p * 2)))
    for v in [3, 15, 7, 100, 42]:
        n = bus.emit("num", v)
        if v > 10:
            n += bus.emit("big", v)
        print("value", v, "handlers fired", n)
    print("unknown event fired", bus.emit("nothing", 1))
    print(log)
    print("sum", totals["sum"], "count", totals["count"], "max", maximum)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
