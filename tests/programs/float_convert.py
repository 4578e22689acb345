# float() of strs (spaces, signs, exponents, inf/nan spellings, underscores), of ints and bools; invalid ones raise ValueError.


def parse(s):
    try:
        return repr(float(s))
    except ValueError as e:
        return "ValueError: %s" % e


def entry_point(argv):
    for s in ["0", "1.5", "-2.25", "+3", "  4.5  ", "1e3", "1E-3", "-1.5e+10", ".5", "5.", "1_000.5",
              "inf", "-inf", "Infinity", "nan", "NaN", "-nan", "abc", "", "1.2.3", "0x10", "1e",
              "3.14159265358979323846", "1e400", "-1e400", "1e-400", "00012.5000"]:
        print(repr(s), parse(s))
    for i in [0, 1, -1, 7, 1 << 53, -(1 << 60)]:
        print(i, float(i), float(i) == i)
    print(float(True), float(False), float(2.5))
    # Round trip: repr then float gives the same value.
    vals = [0.1, 1.0 / 3.0, 2.0 ** 0.5, 1e-300, 123456.789e10, -0.0]
    ok = 0
    for v in vals:
        if float(repr(v)) == v:
            ok += 1
        if float(str(v)) == v:
            ok += 1
    print("round trips:", ok, "of", 2 * len(vals))
    # Summing parsed numbers from a text.
    text = "3.5 2.25 -1 10 0.125 1e2"
    total = 0.0
    for word in text.split(" "):
        total += float(word)
    print(total)
    print(int(float("7.9")), int(float("-7.9")), float(int(7.9)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
