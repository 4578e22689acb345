# str.strip, lstrip and rstrip: default whitespace and explicit character sets.


def entry_point(argv):
    samples = ["  hello  ", "\t\ntabs and newlines\r\n", "nothing", "", "     ", "\x0b\x0cvt ff\x0b",
               "xxhixx", "  inner  space  "]
    for s in samples:
        print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    for s, chars in [("xxhixx", "x"), ("abcHELLOcba", "abc"), ("...dots...", "."), ("123abc321", "0123456789"),
                     ("hello", ""), ("hello", "hole"), ("  spaces  ", " s"), ("--==--", "=-")]:
        print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
    # Cleaning lines of a config text.
    text = "  # comment\n  name = kiln  \n\n\tversion=1 \n  # another\nmode =  fast\n"
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, value = line.split("=")
        print("[%s] -> [%s]" % (key.strip(), value.strip()))
    print(repr("0042".lstrip("0")), repr("1.2300".rstrip("0").rstrip(".")), repr("1.000".rstrip("0").rstrip(".")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
