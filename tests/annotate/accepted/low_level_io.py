# Output the way a VM does it without print(): os.write on file descriptor 1 with encoded
# bytes, sys.stdout.write with flushing, and a buffered writer class that batches pieces.
import os
import sys


class Writer(object):
    def __init__(self, fd, limit):
        self.fd = fd
        self.limit = limit
        self.pieces = []
        self.size = 0
        self.flushes = 0

    def write(self, s):
        self.pieces.append(s)
        self.size += len(s)
        if self.size >= self.limit:
            self.flush()

    def flush(self):
        if self.pieces:
            os.write(self.fd, "".join(self.pieces).encode())
            self.pieces = []
            self.size = 0
            self.flushes += 1


def entry_point(argv):
    sys.stdout.write("via sys.stdout\n")
    sys.stdout.flush()
    w = Writer(1, 32)
    for i in range(10):
        w.write("line %d\n" % i)
    w.flush()
    os.write(1, b"raw bytes\n")
    sys.stdout.write("flushes: %d\n" % w.flushes)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
