# conversions between types with int(), float(), str(), bool(), list(), dict(), tuple(), bytes(), chr()/ord() round trips.


def entry_point(argv):
    print(int("12") + int(3.99) + int(True), float("1.5") + float(2) + float(False), str(12) + str(1.5) + str(None))
    print(bool(0), bool(3), bool(""), bool("0"), bool([]), bool([0]), bool(0.0), bool({}))
    print(str(-0.0), str(10 ** 15), str(1e-5), str("already"), str(b"raw"), str(False))
    for s in ["0", "-12", "99999999999", "  5 "]:
        n = int(s)
        print(repr(s), n, str(n), float(n), str(float(n)), int(str(n)) == n)
    for f in [0.1, 2.5, -3.75, 1e10]:
        print(f, int(f), str(f), float(str(f)) == f, int(round(f)))
    print(list("xyz"), list(range(3)), list({"a": 1, "b": 2}), list((4, 5)), list([6]))
    print(dict({"k": 1}), tuple((1, 2)), bytes([104, 105]), bytes(3))
    print([chr(ord(c) + 1) for c in "HAL"], "".join([chr(ord(c) - 32) for c in "kiln"]))
    print(int("7") * int("6"), float("0.5") * 4, str(6 * 7) * 2)
    print(int(str(2 ** 62)) == 2 ** 62, float(str(1.0 / 3.0)) == 1.0 / 3.0)
    number = 1234
    digits = [int(c) for c in str(number)]
    print(digits, sum(digits), int("".join([str(d) for d in reversed(digits)])))
    print(str(123).isdigit(), str(-5)[0], len(str(10 ** 10)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
