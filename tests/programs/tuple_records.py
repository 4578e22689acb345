# tuples as fixed-shape records: lists of tuples, returning several values, tuples of mixed types, *args tuples.


def stats(values):
    n = len(values)
    total = sum(values)
    mean = total / n
    return n, total, mean, min(values), max(values)


def describe(*args):
    print(len(args), args)
    total = 0
    for a in args:
        total += a
    return total


def label(*parts):
    return "/".join(parts)


def entry_point(argv):
    n, total, mean, lo, hi = stats([4, 8, 15, 16, 23, 42])
    print(n, total, mean, lo, hi)
    s = stats([1, 2])
    print(s, s[2], s[-1])
    print(describe(), describe(1), describe(1, 2, 3))
    print(label("a"), label("usr", "local", "bin"))
    parts = ("x", "y", "z")
    print(label(*parts))
    people = [("ann", 31, 1.62), ("ben", 25, 1.80), ("cy", 47, 1.75)]
    for name, age, height in people:
        print("%-4s %3d %.2f" % (name, age, height))
    oldest = people[0]
    for p in people:
        if p[1] > oldest[1]:
            oldest = p
    print("oldest:", oldest[0])
    avg_height = sum([p[2] for p in people]) / len(people)
    print("average height: %.3f" % avg_height)
    # Swap fields by building new tuples.
    flipped = [(age, name) for name, age, _ in people]
    print(flipped, sorted([a for a, _ in flipped]))
    nested = ((1, 2), ("a", ("b", 3.5)))
    print(nested[1][1][0], nested[0][1] + 1, nested)
    pt = (3, 4)
    pt = (pt[0] + 1, pt[1] * 2)
    print(pt)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
