# I/O: os.write(1, bytes) directly on the stdout descriptor, after flushing sys.stdout so the order is fixed.
import os
import sys


def write_line(text):
    data = (text + "\n").encode()
    n = os.write(1, data)
    return n


def entry_point(argv):
    print("printed first")
    sys.stdout.flush()
    n = os.write(1, b"raw bytes\n")
    print("os.write returned", n)
    sys.stdout.flush()
    total = 0
    for i in range(4):
        total += write_line("line %d: %s" % (i, "*" * i))
    print("total bytes", total)
    sys.stdout.flush()
    os.write(1, b"")
    os.write(1, bytes([72, 105, 33, 10]))
    os.write(1, "caf\u00e9\n".encode())
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
