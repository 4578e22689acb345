# I/O: open() a text file for writing, write lines, close, read it back whole, with read(n), and remove it.
import os


def entry_point(argv):
    path = "roundtrip_test.txt"
    f = open(path, "w")
    n = 0
    for i in range(5):
        n += f.write("line %d: %s\n" % (i, "ab" * i))
    f.write("last line without newline")
    f.close()
    print("wrote", n, "chars before the last line")
    print("exists:", os.path.exists(path))
    f = open(path, "r")
    data = f.read()
    f.close()
    print(len(data))
    print(data)
    print("lines:", len(data.split("\n")))
    f = open(path)
    first = f.read(4)
    second = f.read(6)
    rest = f.read()
    f.close()
    print(repr(first), repr(second), len(rest))
    f = open(path, "w")
    f.write("overwritten\n")
    f.close()
    f = open(path, "r")
    print(repr(f.read()))
    f.close()
    os.unlink(path)
    print("exists after unlink:", os.path.exists(path))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
