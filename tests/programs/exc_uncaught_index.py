# Exceptions: an uncaught IndexError from a list access deep in a computation ends the program with status 1.


def window_sums(values, width):
    out = []
    for i in range(len(values)):
        s = 0
        for j in range(width):
            s += values[i + j]
        out.append(s)
        print("window", i, "sum", s)
    return out


def entry_point(argv):
    data = [3, 1, 4, 1, 5, 9, 2, 6]
    try:
        window_sums(data, 3)
    except KeyError:
        print("wrong handler")
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
