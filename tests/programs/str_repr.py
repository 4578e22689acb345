# repr() and str() of strs: quote choice, escapes of control characters, backslashes, non-ASCII and non-printable code points.


def entry_point(argv):
    samples = ["plain", "", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
               "cr\rlf", "\x00\x01\x1f\x7f", "\x80\x9f\xa0", "é ü ß", "€ 中文", "😀", "\u200b", "\ud7ff",
               "\ufeff", "bell\x07", "\\n literal", "'", '"', "'\"", "\u2028", "\x1b[0m", "\xad"]
    for s in samples:
        print(repr(s), len(s), str(s) == s)
    lst = ["a", "it's", "\n"]
    print(lst)
    print(repr(lst), str(lst))
    t = ("x", "y\t")
    print(t, repr(t))
    d = {"k'": "v\"", "é": "\x00"}
    print(d)
    # repr of a repr.
    print(repr(repr("a'b")))
    # Building escaped output by hand and comparing with repr.
    s = "line1\nline2\ttab"
    escaped = ""
    for c in s:
        if c == "\n":
            escaped += "\\n"
        elif c == "\t":
            escaped += "\\t"
        else:
            escaped += c
    print("'" + escaped + "'" == repr(s))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
