# I/O: opening a missing file raises FileNotFoundError (an OSError), os.path helpers, and 'x' mode on an existing file.
import os


def try_read(path):
    try:
        with open(path) as f:
            return "read %d chars" % len(f.read())
    except FileNotFoundError:
        return "not found"


def entry_point(argv):
    print(try_read("does_not_exist.txt"))
    try:
        open("also_missing.bin", "rb")
        print("unexpected")
    except OSError:
        print("OSError caught for a missing binary file")
    path = os.path.join("", "created.txt")
    print(path, os.path.basename("dir/sub/file.tar.gz"), os.path.dirname("dir/sub/file.tar.gz"))
    print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"))
    with open(path, "x") as f:
        f.write("exclusive\n")
    print(try_read(path))
    try:
        with open(path, "x") as f:
            f.write("again\n")
        print("unexpected")
    except FileExistsError:
        print("FileExistsError")
    except OSError:
        print("OSError for an existing file in 'x' mode")
    print(os.getenv("KILN_TEST_SURELY_UNSET_VARIABLE") is None)
    print(os.environ.get("KILN_TEST_SURELY_UNSET_VARIABLE", "default"))
    os.unlink(path)
    try:
        os.unlink(path)
    except OSError:
        print("unlink twice: OSError")
    print(os.path.exists(path))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
