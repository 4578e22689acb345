# sys.exit(n) from a nested call after printing: the exit status comes from argv, and finally blocks run on the way out.
# args: 3
import sys


def process(items, fail_at):
    for i, item in enumerate(items):
        print("processing", item)
        if i == fail_at:
            print("giving up at", item)
            sys.stdout.flush()
            sys.exit(len(item))
    return 0


def entry_point(argv):
    fail_at = int(argv[1])
    items = ["alpha", "beta", "gamma", "delta!", "epsilon"]
    try:
        process(items, fail_at)
    finally:
        print("cleanup runs")
    print("not reached")
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
