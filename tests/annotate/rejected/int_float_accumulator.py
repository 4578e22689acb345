# An accumulator starts as an int and gets floats added: ints and floats do not mix.


def average(values):
    total = 0
    for v in values:
        total = total + v  # error: 'total' would have to be both 'int' and 'float': ints and floats do not mix
    return total / len(values)


def entry_point(argv):
    print(average([1.5, 2.5]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
