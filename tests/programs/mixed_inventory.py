# Mixed: an inventory system: classes, a transaction file written and replayed, exceptions for bad lines, closures for reports.
import os


class StockError(Exception):
    def __init__(self, item, msg):
        Exception.__init__(self, item + ": " + msg)
        self.item = item


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
        self.qty = 0

    def value(self):
        return self.qty * self.price


class Store:
    def __init__(self):
        self.items = {}
        self.errors = []

    def apply(self, op, name, n, price):
        if op == "add":
            if name not in self.items:
                self.items[name] = Item(name, price)
            self.items[name].qty += n
        elif op == "sell":
            if name not in self.items:
                raise StockError(name, "unknown item")
            it = self.items[name]
            if it.qty < n:
                raise StockError(name, "only %d left, cannot sell %d" % (it.qty, n))
            it.qty -= n
        else:
            raise ValueError("bad operation " + op)

    def replay(self, path):
        with open(path) as f:
            for lineno, line in enumerate(f):
                parts = line.split()
                if not parts or parts[0].startswith("#"):
                    continue
                try:
                    self.apply(parts[0], parts[1], int(parts[2]), int(parts[3]) if len(parts) > 3 else 0)
                except StockError as e:
                    self.errors.append("line %d: %s" % (lineno + 1, e))
                except (ValueError, IndexError) as e:
                    self.errors.append("line %d: malformed (%s)" % (lineno + 1, e))


def make_report(store, threshold):
    def fmt(it):
        flag = " LOW" if it.qty < threshold else ""
        return "%-8s qty=%3d value=%6d%s" % (it.name, it.qty, it.value(), flag)
    return [fmt(it) for it in store.items.values()]


JOURNAL = """# day 1
add apple 50 3
add pear 20 5
sell apple 10
sell kiwi 1
add kiwi 5 12
sell pear 25
sell pear 15
bogus pear 1
add plum x 4
sell
add apple 5 3
sell kiwi 4
"""


def entry_point(argv):
    path = "journal.txt"
    with open(path, "w") as f:
        f.write(JOURNAL)
    store = Store()
    store.replay(path)
    os.unlink(path)
    for line in make_report(store, 5):
        print(line)
    print("errors:")
    for e in store.errors:
        print("  " + e)
    total = 0
    for it in store.items.values():
        total += it.value()
    print("total value", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
