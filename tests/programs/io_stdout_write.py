# I/O: sys.stdout.write of pieces (its return value is the length), mixed with print, and sys.stdout.flush().
import sys


def render_table(rows):
    widths = [0] * len(rows[0])
    for row in rows:
        for i, cell in enumerate(row):
            if len(cell) > widths[i]:
                widths[i] = len(cell)
    for row in rows:
        for i, cell in enumerate(row):
            sys.stdout.write(cell)
            sys.stdout.write(" " * (widths[i] - len(cell) + 2))
        sys.stdout.write("\n")


def entry_point(argv):
    n = sys.stdout.write("hello ")
    m = sys.stdout.write("world\n")
    print("wrote", n, m)
    sys.stdout.write("")
    rows = [["name", "qty", "price"], ["apple", "3", "0.50"], ["watermelon", "1", "3.20"], ["fig", "12", "0.15"]]
    render_table(rows)
    sys.stdout.flush()
    for i in range(3):
        sys.stdout.write("line %d\n" % i)
        print("  print after write", i)
    sys.stdout.write("unicode: caf\u00e9 \u2713\n")
    sys.stdout.write("no trailing newline, then print")
    print()
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
