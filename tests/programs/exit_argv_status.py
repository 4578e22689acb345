# Exit status: command-line arguments (not argv[0]) are parsed; the status is computed from them (here 2).
# args: alpha 12 beta -3 gamma


def entry_point(argv):
    args = argv[1:]
    print("argc", len(args))
    names = []
    total = 0
    bad = 0
    for a in args:
        try:
            total += int(a)
        except ValueError:
            names.append(a)
        if a.startswith("-"):
            bad += 1
    print("names", names)
    print("total", total)
    print("negative args", bad)
    return len(names) - bad


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
