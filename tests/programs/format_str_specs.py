# string format specs: width, fill, alignment, precision (truncation), !r/!s conversions, non-ASCII padding, in all three styles.


def entry_point(argv):
    words = ["", "a", "kiln", "translator", "日本語", "naïve", "it's"]
    for w in words:
        print(f"[{w:8}]|[{w:>8}]|[{w:^8}]|[{w:-<8}]|[{w:.3}]|[{w:>8.2}]|[{w!r:>12}]")
    for w in words:
        print("[{:8}]|[{:>8}]|[{:^9}]|[{:~^9}]|[{:.1}]|[{!r}]".format(w, w, w, w, w, w))
    for w in words:
        print("[%8s]|[%-8s]|[%.2s]|[%8.3s]|[%r]" % (w, w, w, w, w))
    name = "Ada"
    print(f"Hello, {name}! You have {3} new {'messages'}.")
    print("{0}{1}{0}".format("ab", "cd"), "{:s}".format("s"), f"{name:s}")
    # Centering with odd/even leftovers.
    for width in range(3, 8):
        print("|" + "{:^{}}".format("ab", width) + "|" + f"{'abc':^{width}}" + "|")
    # Building a formatted box around lines.
    lines = ["first line", "second", "the third line is long"]
    w = max([len(x) for x in lines])
    print("+" + "-" * (w + 2) + "+")
    for x in lines:
        print(f"| {x:<{w}} |")
    print("+" + "-" * (w + 2) + "+")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
