# sum, min, max, any, all, sorted, reversed, len over lists built by comprehensions and generator expressions.


def entry_point(argv):
    nums = [3, -1, 4, 1, -5, 9, 2, 6]
    print(sum(nums), min(nums), max(nums), sorted(nums), list(reversed(nums)))
    print(sum([]), sum([0.5, 0.25]), sum([x * x for x in nums]), sum(x for x in nums if x > 0))
    print(any([]), all([]), any([x > 8 for x in nums]), all([x > -6 for x in nums]), all(x > 0 for x in nums))
    print(any(x == 4 for x in nums), any([False, False]), all([True, True]))
    print(min(x * x for x in nums), max(len(w) for w in ["a", "abc", "ab"]))
    words = ["pear", "fig", "banana", "kiwi"]
    print(min(words), max(words), sorted(words), sorted(words, reverse=True), list(reversed(words)))
    floats = [2.5, -1.25, 8.0]
    print(sum(floats), min(floats), max(floats), sorted(floats))
    for w in reversed(words):
        print(w, end=",")
    print()
    for i in reversed(range(5)):
        print(i, end=" ")
    print()
    gen_total = 0
    for sq in (i * i for i in range(6)):
        gen_total += sq
    print(gen_total)
    matrix = [[1, 2, 3], [4, 5, 6]]
    print(sum([sum(row) for row in matrix]), max([max(row) for row in matrix]), [min(row) for row in matrix])
    print(sorted([len(w) for w in words]), sum([len(w) for w in words]) / len(words))
    print(any("an" in w for w in words), all(len(w) >= 3 for w in words))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
