# Exceptions: exceptions inside while/for loops mixed with break/continue, retry counters, and accumulated errors.


class Retry(Exception):
    pass


class Flaky:
    def __init__(self, fail_pattern):
        self.pattern = fail_pattern
        self.calls = 0

    def fetch(self, key):
        self.calls += 1
        if self.pattern[self.calls % len(self.pattern)] == "x":
            raise Retry("attempt %d failed" % self.calls)
        return key * 3


def fetch_with_retry(f, key, limit):
    attempts = 0
    while True:
        attempts += 1
        try:
            return f.fetch(key), attempts
        except Retry:
            if attempts >= limit:
                return -1, attempts


def collatz_steps(n, cap):
    steps = 0
    while n != 1:
        if steps >= cap:
            raise OverflowError("too many steps")
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def entry_point(argv):
    f = Flaky("..x.xx.xxx")
    for key in range(8):
        v, attempts = fetch_with_retry(f, key, 3)
        print("key", key, "value", v, "attempts", attempts)
    print("calls", f.calls)
    errors = []
    results = []
    for n in [6, 7, 27, 97, 1, 871]:
        try:
            results.append(collatz_steps(n, 100))
        except OverflowError as e:
            errors.append("%d: %s" % (n, e))
            continue
        print("collatz", n, "ok")
    print(results)
    print(errors)
    i = 0
    data = [3, 1, 0, 4, 0, 2]
    total = 0
    while i < 10:
        try:
            total += 12 // data[i]
        except ZeroDivisionError:
            total -= 1
        except IndexError:
            print("ran off the end at", i)
            break
        finally:
            i += 1
    print("total", total, "i", i)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
