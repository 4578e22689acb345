# The program of the viewer's golden and browser tests (tests/viewer/README.md): direct,
# recursive and method calls, a loop, branches, an exception handler (exception edges), and a
# string that would be markup if the page did not escape it.
class Counter:
    def __init__(self):
        self.total = 0

    def add(self, k):
        self.total += k
        return self.total


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def parse(text):
    try:
        return int(text)
    except ValueError:
        return 0


def entry_point(argv):
    counter = Counter()
    for arg in argv[1:]:
        counter.add(parse(arg))
    print(fib(counter.total % 20))
    print("</script><b>text, not markup</b>")  # the page must show it as it is
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
