# I/O: append mode, seek/tell on a file, 'r+' updates in place, and os.open/os.read/os.close on descriptors.
import os


def entry_point(argv):
    path = "journal.txt"
    with open(path, "w") as f:
        f.write("entry 1\n")
    for i in range(2, 5):
        with open(path, "a") as f:
            f.write("entry %d\n" % i)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "r") as f:
        print("tell at start", f.tell())
        f.readline()
        print("tell after one line", f.tell())
        f.seek(16)
        print("after seek:", repr(f.readline()))
        f.seek(0)
        print("back at start:", repr(f.read(5)))
    with open(path, "r+") as f:
        f.seek(6)
        f.write("X")
    with open(path) as f:
        print(repr(f.readline()))
    fd = os.open(path, os.O_RDONLY)
    chunk = os.read(fd, 10)
    more = os.read(fd, 1000)
    end = os.read(fd, 10)
    os.close(fd)
    print(chunk, len(more), end)
    bpath = "journal.bin"
    with open(bpath, "wb") as f:
        f.write(b"0123456789")
    with open(bpath, "rb") as f:
        f.seek(-3, 2)
        print(f.read(), f.tell())
        f.seek(2)
        print(f.read(3))
    os.unlink(path)
    os.unlink(bpath)
    print(os.path.exists(path), os.path.exists(bpath))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
