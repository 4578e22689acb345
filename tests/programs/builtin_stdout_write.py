# writing with sys.stdout.write, os.write(1, ...) after a flush, and print with sep/end, interleaved in a fixed order.
import os
import sys


def entry_point(argv):
    sys.stdout.write("written with sys.stdout.write\n")
    n = sys.stdout.write("no newline, ")
    sys.stdout.write("count was %d\n" % n)
    print("print", "with", "sep", sep="|")
    print("end marker", end="!\n")
    sys.stdout.write("é中😀\n")
    sys.stdout.flush()
    written = os.write(1, b"raw bytes through os.write\n")
    os.write(1, ("os.write returned %d\n" % written).encode())
    for i in range(3):
        sys.stdout.write(str(i))
        sys.stdout.write(" ")
    sys.stdout.write("\n")
    print("", end="")
    print("line after empty print")
    parts = ["a", "b", "c"]
    sys.stdout.write(",".join(parts) + "\n")
    sys.stderr.write("this goes to stderr and is not compared\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
