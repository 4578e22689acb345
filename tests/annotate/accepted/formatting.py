# String formatting as interpreters print values: %-formatting with widths and several
# conversions, f-strings with format specs and nested expressions, str.format, and a
# disassembly listing with aligned columns.


class Instr(object):
    def __init__(self, offset, name, arg, comment):
        self.offset = offset
        self.name = name
        self.arg = arg
        self.comment = comment


def listing(instrs):
    lines = []
    for ins in instrs:
        line = "%4d  %-12s %5d" % (ins.offset, ins.name, ins.arg)
        if ins.comment:
            line += "  ; " + ins.comment
        lines.append(line)
    return "\n".join(lines)


def stats(name, count, total, seconds):
    pct = 100.0 * count / total
    return f"{name:>8}: {count:5d} calls {pct:6.2f}% {seconds * 1000.0:.1f} ms"


def hexrow(values):
    return " ".join([f"{v:02x}" for v in values]) + f" |{len(values)}|"


def entry_point(argv):
    code = [Instr(0, "LOAD_CONST", 1, "1"), Instr(2, "LOAD_NAME", 0, "x"),
            Instr(4, "BINARY_ADD", 0, ""), Instr(6, "RETURN_VALUE", 0, "")]
    print(listing(code))
    print(stats("eval", 120, 400, 0.0125))
    print(stats("gc", 7, 400, 0.5))
    print(hexrow([0, 15, 255, 16]))
    print("%s has %d items (%.1f%%)" % ("list", 3, 42.5))
    print("%5s|%-5s|%05d|%x|%o" % ("ab", "cd", 42, 255, 8))
    name = "kiln"
    print(f"{name!r} {name.upper()} {len(name) * 2} {'yes' if len(name) > 3 else 'no'}")
    print("{0:>6}|{1:<6}|{2:^7}".format("r", "l", "mid"))
    print("{:.3f} {:d} {}".format(3.14159, 7, "end"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
