# Output built with kiln.rstring.StringBuilder, as interpreters do for repr and printing:
# escaping a string, rendering a table, and joining pieces.
from kiln.rstring import StringBuilder


def escape(s):
    b = StringBuilder()
    b.append("'")
    for c in s:
        if c == "\n":
            b.append("\\n")
        elif c == "'":
            b.append("\\'")
        elif c == "\\":
            b.append("\\\\")
        else:
            b.append(c)
    b.append("'")
    return b.build()


def render_table(rows, width):
    b = StringBuilder()
    for row in rows:
        for cell in row:
            b.append(cell)
            b.append_multiple_char(" ", width - len(cell))
        b.append("|\n")
    return b.build()


def hexdump(data):
    digits = "0123456789abcdef"
    b = StringBuilder(len(data) * 3)
    for i in range(len(data)):
        byte = ord(data[i])
        if i > 0:
            b.append(" ")
        b.append(digits[byte >> 4])
        b.append(digits[byte & 15])
    return b.build()


def entry_point(argv):
    print(escape("it's a\nmulti-line \\ string"))
    print(render_table([["name", "value"], ["pc", "12"], ["sp", "3"]], 8))
    print(hexdump("Kiln!"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
