# str indexing and slicing: negative indices, steps, out-of-range slices, reversal, IndexError.


def entry_point(argv):
    s = "abcdefghij"
    print(s[0], s[9], s[-1], s[-10], s[3], s[-4])
    for a, b in [(0, 3), (3, 7), (-3, 10), (5, 100), (-100, 2), (7, 3), (0, 0), (-1, -1), (2, -2)]:
        print(a, b, repr(s[a:b]))
    print(s[:4], s[4:], s[:], s[-3:], s[:-3])
    for step in [1, 2, 3, -1, -2, -3, 4]:
        print(step, s[::step], s[1::step], s[:5:step], s[8:2:step])
    print(s[::-1], s[-2:-8:-2], s[100:], repr(s[10:]), repr(s[5:5]))
    for i in [10, -11, 100]:
        try:
            print(s[i])
        except IndexError as e:
            print("IndexError:", e)
    try:
        print(s[::0])
    except ValueError as e:
        print("ValueError:", e)
    # Palindromes and rotations.
    for word in ["racecar", "kiln", "abba", "a", "", "abcba", "abca"]:
        print(repr(word), word == word[::-1])
    word = "rotation"
    for k in range(len(word)):
        print(word[k:] + word[:k])
    # Chunking.
    text = "0123456789abcdef"
    chunks = [text[i:i + 3] for i in range(0, len(text), 3)]
    print(chunks)
    # Every character with its index.
    for i in range(len("héllo")):
        print(i, "héllo"[i])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
