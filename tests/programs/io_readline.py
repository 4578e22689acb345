# I/O: readline() until the empty string, readlines(), and parsing a small CSV file written by the program.
import os

CSV = "name,age,city\nann,31,oslo\nbob,27,rome\ncarl,45,lima\n\ndora,19,kyiv\n"


def entry_point(argv):
    path = "people.csv"
    f = open(path, "w")
    f.write(CSV)
    f.close()
    f = open(path, "r")
    header = f.readline().strip().split(",")
    print("header:", header)
    rows = []
    while True:
        line = f.readline()
        if line == "":
            break
        line = line.rstrip("\n")
        if not line:
            print("skipping blank line")
            continue
        rows.append(line.split(","))
    print("eof readline:", repr(f.readline()))
    f.close()
    total_age = 0
    for r in rows:
        print("%-5s %3s %s" % (r[0], r[1], r[2].upper()))
        total_age += int(r[1])
    print("average age: %.2f" % (total_age / len(rows)))
    f = open(path, "r")
    lines = f.readlines()
    f.close()
    print(len(lines), repr(lines[0]), repr(lines[-1]))
    print([len(l) for l in lines])
    os.unlink(path)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
