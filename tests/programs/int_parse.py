# int() of strs (signs, spaces, underscores, bases) and of floats and bools; invalid literals raise ValueError.


def try_parse(s):
    try:
        return "%d" % int(s)
    except ValueError as e:
        return "ValueError: %s" % e


def try_parse_base(s, base):
    try:
        return "%d" % int(s, base)
    except ValueError as e:
        return "ValueError: %s" % e


def entry_point(argv):
    for s in ["0", "42", "-17", "+8", "  99  ", "\t-3\n", "007", "1_000_000", "12a", "", " ", "3.5", "--1", "9223372036854775807", "-9223372036854775808"]:
        print(repr(s), try_parse(s))
    for s, base in [("ff", 16), ("FF", 16), ("-ff", 16), ("0xff", 16), ("777", 8), ("0o17", 8), ("1010", 2), ("0b1010", 2), ("z", 36), ("Kiln", 36), ("12", 3), ("19", 8), ("0x1f", 0), ("10", 0), ("0b11", 0), ("g", 16)]:
        print(repr(s), base, try_parse_base(s, base))
    for f in [0.0, 1.9, -1.9, 2.5, -2.5, 1e15, -123456.789]:
        print(f, int(f))
    print(int(True), int(False), int(-0), int(12))
    total = 0
    for word in "10 20 thirty 40 -5".split():
        if word.isdigit() or (word.startswith("-") and word[1:].isdigit()):
            total += int(word)
        else:
            print("skipping", word)
    print("total", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
