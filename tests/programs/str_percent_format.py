# % formatting of strs: %s %r %d %i %x %X %o %c %f %e %g %%, widths, flags, precision, * and tuple arguments.


def entry_point(argv):
    print("%s|%r|%d|%i" % ("text", "text", 42, -7))
    print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
    print("%x|%X|%#x|%o|%#o|%08x" % (255, 255, 255, 8, 8, 48879))
    print("%c%c%c|%c" % (75, 105, 108, "n"))
    print("%10s|%-10s|%.3s|%10.2s|" % ("right", "left", "truncate", "xy!"))
    print("%.3f|%10.4f|%-10.1f|%e|%.2E|%g|%G" % (3.14159, 2.71828, -1.5, 12345.678, 0.000123, 1e-10, 1e20))
    print("100%% sure, %d%% done" % 50)
    print("%s and %s" % (1, 2.5), "%s" % [1, 2], "%s" % "é")
    print("%r %r %r" % ("it's", 'say "hi"', "tab\there"))
    print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
    print("%s" % (None,), "%s %s" % (True, False), "%d" % True)
    print("%(name)s lives in %(city)s; %(name)r" % {"name": "Ann", "city": "Oslo"})
    rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
    for name, qty, price in rows:
        print("%-8s %4d @ %6.2f = %8.2f" % (name, qty, price, qty * price))
    for v in [0, 1, -1, 123456789, -987654321]:
        print("[%12d] [%-12d] [%012d] [%x]" % (v, v, v, v if v >= 0 else -v))
    try:
        print("%d" % "x")
    except TypeError as e:
        print("TypeError:", e)
    fmt = "%s=%d"
    print(fmt % ("runtime", 5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
