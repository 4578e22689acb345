# expect: 1 STATS_LOCK
# expect-also: record
"""A statistics counter guarded by a threading.Lock created at load time and used from
run-time code: a lock cannot become a constant of the translated program."""

import threading

STATS_LOCK = threading.Lock()
COUNTS = [0]


def record(n):
    with STATS_LOCK:
        COUNTS[0] += n


def entry_point(argv):
    for i in range(5):
        record(i)
    print("total %d" % COUNTS[0])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
