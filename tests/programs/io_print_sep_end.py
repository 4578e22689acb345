# I/O: print() with sep= and end= keywords, empty prints, multiple arguments of mixed types, and print of containers.


def entry_point(argv):
    print()
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ")
    print("x", 1, 2.5, True, None, sep="|")
    print("no newline", end="")
    print(" -- continued", end="!\n")
    print("tab", "separated", sep="\t", end="\n\n")
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(3):
        print(i, i * i, sep="^", end=";")
    print("")
    print([1, 2, 3], (4, "five"), {"k": [6]}, sep=" / ")
    print("multi\nline", "text")
    print("", "", "", sep="-")
    words = ("star", "args", "tuple")
    print(*words)
    print(*words, sep="+", end=".\n")
    print(1.0, -0.5, 1e20, 1.5e-7, 3.0 / 7.0)
    print(repr("quoted"), str("plain"), "%5s|%-5s|" % ("r", "l"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
