# Exit status: SystemExit caught by 'except SystemExit' (and by BaseException), then the program exits with status 5.
import sys


def quit_with(code):
    print("quitting with", code)
    sys.exit(code)


def entry_point(argv):
    try:
        quit_with(2)
    except SystemExit:
        print("caught SystemExit")
    try:
        quit_with(9)
    except BaseException:
        print("caught as BaseException")
    attempts = 0
    for i in range(3):
        try:
            quit_with(i)
        except SystemExit:
            attempts += 1
    print("attempts", attempts)
    quit_with(5)
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
