# Classes: a three-level hierarchy calling overridden methods of bases explicitly (Base.method(self, ...)).


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, msg):
        self.lines.append(self.prefix + msg)

    def format(self, msg):
        return msg


class TimestampLogger(Logger):
    def __init__(self, prefix, start):
        Logger.__init__(self, prefix + "[ts]")
        self.clock = start

    def format(self, msg):
        self.clock += 1
        return "%04d %s" % (self.clock, Logger.format(self, msg))

    def log(self, msg):
        Logger.log(self, self.format(msg))


class LevelLogger(TimestampLogger):
    def __init__(self, prefix, start, level):
        TimestampLogger.__init__(self, prefix, start)
        self.level = level
        self.dropped = 0

    def format(self, msg):
        return TimestampLogger.format(self, msg.upper())

    def log_at(self, level, msg):
        if level < self.level:
            self.dropped += 1
            return
        TimestampLogger.log(self, "L%d %s" % (level, msg))


def entry_point(argv):
    a = Logger("a:")
    b = TimestampLogger("b:", 100)
    c = LevelLogger("c:", 5000, 2)
    for lg in [a, b, c]:
        lg.log("hello")
        lg.log("world")
    for lvl in range(5):
        c.log_at(lvl, "message %d" % lvl)
    for lg in [a, b, c]:
        for line in lg.lines:
            print(line)
    print("dropped", c.dropped, "clocks", b.clock, c.clock)
    print(isinstance(c, Logger), isinstance(b, LevelLogger))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
