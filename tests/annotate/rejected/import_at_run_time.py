# An import statement inside a run-time function.


def now():
    import time  # error: import statements run at load time only
    return time.time()


def entry_point(argv):
    print(now() > 0.0)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
