# str comparison (lexicographic by code point), concatenation, repetition, len, in, min/max/sorted of strs.


def entry_point(argv):
    pairs = [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("apple", "apple"),
             ("10", "9"), ("é", "z"), ("abc", "ABC"), ("a\x00", "a")]
    for a, b in pairs:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
    print("ab" + "cd", "x" * 5, 3 * "yz", "-" * 0, repr("abc" * -2), "" * 10 == "")
    s = "Ab"
    s += "Cd"
    s *= 3
    print(s, len(s))
    words = ["pear", "Apple", "banana", "apple", "cherry", "Banana", "", "a"]
    print(sorted(words))
    print(sorted(words, reverse=True))
    print(min(words), max(words), min("kiwi", "fig", "plum"), max("kiwi", "fig", "plum"))
    words.sort()
    print(words)
    print("an" in "banana", "nab" in "banana", "" in "", "a" in "")
    for w in ["cat", "dog", "bird"]:
        print(w, w in ["cat", "bird"], w not in ("dog",))
    # Building a string with repeated concatenation.
    acc = ""
    for i in range(10):
        acc = acc + str(i)
        if i % 3 == 2:
            acc += "|"
    print(acc, len(acc))
    line = "=" * 20
    print(line)
    print("|" + " " * 18 + "|")
    print(line)
    print("abc" < "abcd" < "abd" < "b")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
