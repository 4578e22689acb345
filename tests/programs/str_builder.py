# kiln.rstring.StringBuilder and UnicodeBuilder: append, append_slice, append_multiple_char, getlength, build.
from kiln.rstring import StringBuilder, UnicodeBuilder


def render_table(rows, width):
    sb = StringBuilder()
    sb.append_multiple_char("-", width)
    sb.append("\n")
    for row in rows:
        sb.append("| ")
        sb.append(row)
        sb.append_multiple_char(" ", width - 4 - len(row))
        sb.append(" |\n")
    sb.append_multiple_char("-", width)
    return sb.build()


def entry_point(argv):
    sb = StringBuilder()
    print(sb.getlength(), repr(sb.build()))
    for i in range(10):
        sb.append(str(i))
        sb.append(",")
    print(sb.getlength(), sb.build())
    sb.append_slice("hello world", 6, 11)
    print(sb.build())
    sb.append_slice("abcdef", 0, 0)
    sb.append_slice("abcdef", 2, 4)
    print(sb.build(), sb.getlength())
    print(render_table(["alpha", "beta", "gamma delta"], 20))
    ub = UnicodeBuilder(16)
    for word in ["héllo", " ", "wörld", " ", "中文"]:
        ub.append(word)
    ub.append_multiple_char("!", 3)
    built = ub.build()
    print(built, len(built), ub.getlength())
    big = StringBuilder(4)
    for i in range(1000):
        big.append("xy")
    s = big.build()
    print(len(s), s[:10], s.count("xy"))
    # Escaping text with a builder.
    src = "a<b>&\"c\""
    esc = StringBuilder()
    for c in src:
        if c == "<":
            esc.append("&lt;")
        elif c == ">":
            esc.append("&gt;")
        elif c == "&":
            esc.append("&amp;")
        elif c == '"':
            esc.append("&quot;")
        else:
            esc.append(c)
    print(esc.build())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
