# Exceptions: an uncaught ZeroDivisionError from integer division ends the program with status 1, after output.


def averages(groups):
    out = []
    for g in groups:
        total = 0
        for x in g:
            total += x
        avg = total // len(g)
        print("average of", g, "is", avg)
        out.append(avg)
    return out


def entry_point(argv):
    averages([[1, 2, 3], [10, 20], [7]])
    averages([[4, 4], [], [1]])
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
