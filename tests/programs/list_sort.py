# sorting lists: list.sort() and sorted() of ints, floats and strs, reverse=, stability of equal keys via decorate-sort.


def entry_point(argv):
    ints = [5, -3, 9, 0, 9, -3, 2, 100, -100, 7]
    s = sorted(ints)
    print(s, ints)
    print(sorted(ints, reverse=True))
    ints.sort()
    print(ints)
    ints.sort(reverse=True)
    print(ints)
    floats = [2.5, -0.5, 1e10, 3.14, -1e-3, 0.0, 2.5]
    print(sorted(floats), sorted(floats, reverse=True))
    strs = ["delta", "Alpha", "charlie", "bravo", "alpha", "", "Delta", "b"]
    print(sorted(strs))
    strs.sort(reverse=True)
    print(strs)
    print(sorted([]), sorted([1]), sorted([2, 1]))
    # Sorting records by a key: encode the key in a string, then sort strings.
    people = [("carol", 35), ("alice", 30), ("bob", 25), ("dave", 30), ("eve", 25)]
    keyed = ["%03d %s" % (age, name) for name, age in people]
    keyed.sort()
    print([k.split(" ")[1] for k in keyed])
    # Sorting indices by value with a decorated int key (value * 1000 + index keeps stability).
    values = [30, 10, 20, 10, 30, 20]
    decorated = [values[i] * 1000 + i for i in range(len(values))]
    decorated.sort()
    print([d % 1000 for d in decorated])
    # Median and percentiles.
    data = [12, 4, 8, 15, 16, 23, 42, 4, 8]
    ordered = sorted(data)
    n = len(ordered)
    print(ordered[n // 2], ordered[0], ordered[-1], ordered[n // 4], ordered[3 * n // 4])
    # Sorting many numbers from a deterministic generator.
    seed = 12345
    nums = []
    for _ in range(1000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        nums.append(seed % 10000)
    nums.sort()
    ok = True
    for i in range(1, len(nums)):
        if nums[i - 1] > nums[i]:
            ok = False
    print(ok, nums[:5], nums[-5:], sum(nums))
    bools = [True, False, True, False]
    print(sorted([int(b) for b in bools]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
