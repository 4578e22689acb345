# Exit status: sys.exit(0) ends a loop early with status 0; code after it and the entry point's return do not run.
import sys


def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                print("found", target, "at", r, c)
                sys.exit(0)
            print("checked", r, c)
    print("not found")


def entry_point(argv):
    grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    search(grid, 5)
    print("not reached")
    return 4


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
