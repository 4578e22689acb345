# 'yield from' is not supported in run-time generators.


def inner():
    yield 1
    yield 2


def outer():
    yield 0
    yield from inner()  # error: 'yield from' is not supported in run-time code


def entry_point(argv):
    total = 0
    for v in outer():
        total += v
    return total


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
