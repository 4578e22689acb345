# str.split (whitespace and explicit separators, empty fields, multi-char separators) and str.join.


def show(parts):
    print(len(parts), parts)


def entry_point(argv):
    show("a b  c".split())
    show("  leading and trailing  ".split())
    show("\tmixed \n whitespace\r\n here\x0b\x0c".split())
    show("".split())
    show("   ".split())
    show("a,b,,c,".split(","))
    show(",".split(","))
    show("".split(","))
    show("no separator".split(","))
    show("one::two::::three".split("::"))
    show("a b  c".split(" "))
    show("key=value=more".split("="))
    show("x".split("x"))
    show("xxx".split("xx"))
    words = ["alpha", "beta", "gamma", "delta"]
    print(", ".join(words))
    print("".join(words))
    print("-".join([]))
    print("-".join(["only"]))
    print(" | ".join([w.upper() for w in words]))
    print("\n".join(["line %d" % i for i in range(3)]))
    print("".join(reversed(words)))
    # Split then join round-trips for a non-empty separator.
    for text in ["a;b;c", ";;", "abc", ";a;"]:
        parts = text.split(";")
        print(repr(text), parts, ";".join(parts) == text)
    # Parsing a small CSV.
    csv = "name,age,city\nalice,30,paris\nbob,25,berlin\ncarol,35,rome"
    rows = [line.split(",") for line in csv.split("\n")]
    header = rows[0]
    for row in rows[1:]:
        print("; ".join([header[i] + "=" + row[i] for i in range(len(row))]))
    ages = [int(row[1]) for row in rows[1:]]
    print("total age", sum(ages))
    try:
        "abc".split("")
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
