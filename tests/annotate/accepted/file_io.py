# Files: write a text file and a binary file, read them back line by line and whole, with and
# without `with`; os.environ.get.
import os


def write_lines(path, lines):
    with open(path, "w") as f:
        for line in lines:
            f.write(line + "\n")


def count_words(path):
    words = 0
    with open(path) as f:
        for line in f:
            words += len(line.split())
    return words


def checksum(path):
    f = open(path, "rb")
    data = f.read()
    f.close()
    total = 0
    for b in data:
        total = (total * 31 + b) & 0xFFFF
    return total


def first_line(path):
    f = open(path, "r")
    line = f.readline()
    rest = f.readlines()
    f.close()
    return line.strip() + " (+%d more)" % len(rest)


def entry_point(argv):
    path = "/tmp/kiln_file_io_%s.txt" % argv[0].replace("/", "_")
    write_lines(path, ["one two", "three four five", "six"])
    print(count_words(path))
    print(checksum(path))
    print(first_line(path))
    b = open(path, "ab")
    b.write(b"seven\n")
    b.close()
    print(count_words(path))
    os.unlink(path)
    home = os.environ.get("KILN_SURELY_UNSET_VARIABLE")
    print(home is None)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
