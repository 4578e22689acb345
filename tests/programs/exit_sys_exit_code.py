# Exit status: sys.exit(7) from a nested call; finally blocks run while SystemExit unwinds and 'except Exception' does not catch it.
import sys


def worker(n):
    try:
        for i in range(n):
            print("step", i)
            if i == 3:
                sys.exit(7)
    finally:
        print("worker cleanup")
    return n


def entry_point(argv):
    try:
        worker(10)
    except Exception:
        print("not printed: SystemExit is not an Exception")
    finally:
        print("outer finally")
    print("not reached")
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
