# float formatting: %f %e %g with precision and width, format specs (.2f, e, g, %, width, sign, fill) and f-strings.


def entry_point(argv):
    values = [0.0, 1.0, -1.5, 3.14159265, 2.5, 1234567.891, 0.000123456, 1e20, -1e-7, 100.0, 0.5, 1.0 / 3.0]
    for v in values:
        print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%.3e|%g|%.3g|%G" % (v, v, v, v, v, v, v, v, v, v))
    for v in values:
        print("{:.2f}|{:>12.4f}|{:<10.1f}|{:^11.2f}|{:+.3f}|{:e}|{:.2E}|{:g}|{:.1%}|{:010.3f}".format(v, v, v, v, v, v, v, v, v, v))
    for v in values:
        print(f"{v}|{v:.3f}|{v:*>14.2f}|{v: .4g}|{v:,.2f}|{v:_.1f}|{v!r}")
    inf = float("inf")
    nan = float("nan")
    print("%f %f %e %g" % (inf, -inf, nan, inf))
    print(f"{inf:.2f} {nan:10.3f} {-inf:>8}")
    width = 12
    prec = 3
    print("%*.*f|" % (width, prec, 3.14159))
    print(f"{2.0 / 3.0:{width}.{prec}f}|")
    # A small table of square roots.
    for i in range(1, 6):
        x = float(i)
        print(f"{i:3d} {x ** 0.5:8.5f} {x ** 2:8.1f} {1.0 / x:.4e}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
