# conversions between ints and Roman numerals, English number words, and ordinal suffixes, with validation errors.
# args: 1994 2024 3999 4 0


VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def to_roman(n):
    if n <= 0 or n >= 4000:
        raise ValueError("out of range: %d" % n)
    out = ""
    for value, sym in VALUES:
        while n >= value:
            out += sym
            n -= value
    return out


def from_roman(s):
    total = 0
    for i in range(len(s)):
        if s[i] not in SYMBOLS:
            raise ValueError("bad numeral %r" % s[i])
        v = SYMBOLS[s[i]]
        if i + 1 < len(s) and SYMBOLS.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    return total


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + words(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suffix)


def entry_point(argv):
    for arg in argv[1:]:
        n = int(arg)
        try:
            r = to_roman(n)
            print(n, r, from_roman(r), words(n), ordinal(n))
        except ValueError as e:
            print(n, "error:", e)
    ok = 0
    for n in range(1, 4000):
        if from_roman(to_roman(n)) == n:
            ok += 1
    print("round trips:", ok)
    for s in ["MCMXCIV", "XLII", "MMXXIV", "ABC", "IIII"]:
        try:
            print(s, from_roman(s))
        except ValueError as e:
            print(s, "error:", e)
    print(" ".join([ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003]]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
