# str.format with positional, numbered, named and repeated fields, conversions and format specs.


def entry_point(argv):
    print("{} {} {}".format("a", 1, 2.5))
    print("{0} {1} {0}".format("x", "y"))
    print("{2}{1}{0}".format("c", "b", "a"))
    print("{name} is {age} years old".format(name="Bob", age=30))
    print("{0} and {who}".format("me", who="you"))
    print("{!r} {!s} {!r}".format("q", "q", 5), "{0!r} {0!s}".format("q"))
    print("[{:>8}] [{:<8}] [{:^8}] [{:-^8}]".format("r", "l", "c", "m"))
    print("[{:8d}] [{:<8d}] [{:08d}] [{:+d}] [{:,}] [{:_}]".format(5, 5, -5, 5, 1234567, 1234567))
    print("[{:x}] [{:#X}] [{:o}] [{:b}] [{:#b}] [{:c}]".format(255, 255, 8, 5, 5, 65))
    print("[{:.3f}] [{:10.2e}] [{:g}] [{:.0%}] [{:,.2f}]".format(2.0 / 3.0, 12345.678, 0.0001, 0.256, 9876543.21))
    print("{{}} {{{}}}".format(7))
    table = [("Name", "Qty", "Price"), ("widget", "3", "1.50"), ("gadget", "10", "12.00")]
    for a, b, c in table:
        print("{:<10}|{:>5}|{:>8}".format(a, b, c))
    for i in range(1, 4):
        print("{0}^2={1} {0}^3={2}".format(i, i * i, i * i * i))
    s = "{:>6}".format("é")
    print(s, len(s))
    print("{0:{1}}|{2:>{1}}|".format("w", 5, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
