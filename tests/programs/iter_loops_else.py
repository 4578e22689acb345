# iteration control: for/while with else, break and continue in nested loops, iterating strs/bytes/tuples/dicts, early returns.


def first_index(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return -1


def find_pair(nums, total):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == total:
                return nums[i], nums[j]
    return -1, -1


def entry_point(argv):
    for word in ["apple", "rhythm", "sky", "queue"]:
        for c in word:
            if c in "aeiou":
                print(word, "has vowel", c)
                break
        else:
            print(word, "has no vowel")
    n = 0
    while n < 5:
        n += 1
        if n == 3:
            continue
        print("n", n)
    else:
        print("while finished normally")
    while True:
        n -= 1
        if n < 2:
            break
    else:
        print("not printed")
    print("after break", n)
    for b in b"AZ\x00":
        print("byte", b)
    for x in (1, 2, 3):
        print("tuple item", x * 10)
    scores = {"ann": 90, "bob": 72, "cy": 85}
    for name in scores:
        if scores[name] < 80:
            continue
        print("high scorer", name)
    print(first_index([5, 7, 9], 9), first_index([5, 7, 9], 4), find_pair([3, 8, 1, 12, 7], 15), find_pair([1, 2], 9))
    outer_done = 0
    for i in range(5):
        for j in range(5):
            if j > i:
                break
            if (i + j) % 2:
                continue
            outer_done += 1
    print("pairs", outer_done)
    lines = ["# comment", "", "data 1", "data 2", "end", "data 3"]
    for line in lines:
        if not line or line.startswith("#"):
            continue
        if line == "end":
            break
        print("line:", line)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
