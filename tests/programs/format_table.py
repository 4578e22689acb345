# formatting a report: column widths computed at run time, alignment with %-*s and ljust-like padding, totals and rules.


ROWS = [("Widget", 4, 3.5), ("Gadget, large", 1, 120.0), ("Thingamajig", 12, 0.99), ("Gizmo", 100, 0.05),
        ("Ünïcödé item", 2, 10.0)]


def pad_right(s, width):
    return s + " " * (width - len(s))


def pad_left(s, width):
    return " " * (width - len(s)) + s


def entry_point(argv):
    name_w = len("Item")
    for name, _, _ in ROWS:
        name_w = max(name_w, len(name))
    header = "%-*s | %5s | %8s | %9s" % (name_w, "Item", "Qty", "Price", "Total")
    print(header)
    print("-" * len(header))
    grand = 0.0
    for name, qty, price in ROWS:
        total = qty * price
        grand += total
        print("%-*s | %5d | %8.2f | %9.2f" % (name_w, name, qty, price, total))
    print("=" * len(header))
    print("%*s | %9.2f" % (name_w + 19, "TOTAL", grand))
    print()
    for name, qty, price in ROWS:
        print("[" + pad_right(name, name_w) + "][" + pad_left(str(qty), 4) + "]")
    print()
    for name, qty, price in ROWS:
        print(f"{name:<{name_w}} {qty:>4} {price:>8.3f} {qty * price:>10,.2f}")
    print()
    for name, qty, price in ROWS:
        print("{:^{w}}|{:^6}|".format(name, qty, w=name_w + 2))
    # A histogram.
    for name, qty, price in ROWS:
        bar = "#" * (qty // 5 + 1)
        print("%-14.14s %s %d" % (name, bar, qty))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
