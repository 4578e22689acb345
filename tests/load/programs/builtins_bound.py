"""A log summariser written against aliases bound at load time: builtin functions
(sqrt = math.sqrt, length = len), builtin classes (Int = int, NoneType = type(None)),
exception classes, bound methods of builtin objects (log = LOG.append, lookup =
SEVERITY.get, join_words = " ".join), builtin class methods (int.from_bytes,
dict.fromkeys), bound methods of user objects and classmethods bound to their class,
plus an unbound method descriptor (str.upper)."""

import math
import operator

sqrt = math.sqrt
floor = math.floor
length = len
biggest = max
ordinal = ord
Int = int
Str = str
Float = float
Bool = bool
List = list
Base = object
NoneType = type(None)
Error = ValueError
add = operator.add

LOG = []
log = LOG.append
SEVERITY = {"debug": 0, "info": 1, "warning": 2, "error": 3}
lookup = SEVERITY.get
join_words = " ".join
from_bytes = int.from_bytes
fromkeys = dict.fromkeys
upper = str.upper
ZEROS = fromkeys(["debug", "info"], 0)


class Counter:
    def __init__(self):
        self.counts = [0, 0, 0, 0]
        self.total = 0

    def record(self, level):
        self.counts[level] += 1
        self.total += 1

    @classmethod
    def fresh(cls):
        return cls()


COUNTER = Counter()
record = COUNTER.record
fresh_counter = Counter.fresh
MESSAGES = ["info start", "debug x=1", "warning disk 91%", "error boom", "info done",
            "warning slow", "bogus line"]


def parse_level(line):
    word = line.split(" ")[0]
    level = lookup(word, -1)
    if level < 0:
        raise Error("bad line: " + line)
    return level


def entry_point(argv):
    for line in MESSAGES:
        try:
            record(parse_level(line))
        except Error:
            log("bad line: " + line)
    print(join_words(["levels:"] + [Str(c) for c in COUNTER.counts]))
    print("total %d, longest message %d" % (COUNTER.total,
                                           biggest([length(m) for m in MESSAGES])))
    print("rms of counts: %.3f" % sqrt(Float(sum([c * c for c in COUNTER.counts])) / 4.0))
    print("floor(2.7) = %d, int('12') + 1 = %d, ord('A') = %d"
          % (floor(2.7), Int("12") + 1, ordinal("A")))
    print("fresh counter total: %d" % fresh_counter().total)
    for entry in LOG:
        print("log: " + entry)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
