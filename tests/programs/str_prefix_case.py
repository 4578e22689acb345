# str.startswith, endswith, upper, lower, and the predicates isdigit, isalpha, isalnum, isspace.


def classify(s):
    kinds = []
    if s.isdigit():
        kinds.append("digit")
    if s.isalpha():
        kinds.append("alpha")
    if s.isalnum():
        kinds.append("alnum")
    if s.isspace():
        kinds.append("space")
    return "/".join(kinds) if kinds else "-"


def entry_point(argv):
    samples = ["", "abc", "ABC", "aBc1", "123", "12.5", " ", " \t\n", "a b", "_x", "Zz9", "-5", "x\n"]
    for s in samples:
        print(repr(s), classify(s), repr(s.upper()), repr(s.lower()))
    names = ["test_one.py", "test_two.txt", "main.py", "README", "test_", ".py", "py"]
    for n in names:
        print(n, n.startswith("test_"), n.endswith(".py"), n.startswith(""), n.endswith(""),
              n.startswith(n), n.endswith("x" + n))
    print("Hello, World! 123".upper(), "Hello, World! 123".lower())
    # Case-insensitive comparison and counting.
    words = "The the THE tHe then There".split()
    print(len([w for w in words if w.lower() == "the"]))
    # Title case by hand.
    sentence = "the art of computer programming"
    out = []
    for w in sentence.split(" "):
        out.append(w[0].upper() + w[1:].lower())
    print(" ".join(out))
    # swapcase by hand.
    s = "Kiln Translates Python"
    swapped = ""
    for c in s:
        if c.upper() == c:
            swapped += c.lower()
        else:
            swapped += c.upper()
    print(swapped)
    # Scanning a string into tokens by character class.
    src = "x1 = 42 + y_2*7"
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            print("NUM", src[i:j])
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            print("NAME", src[i:j])
            i = j
        else:
            print("OP", c)
            i += 1
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
