# lists of class instances: building, mutating through the list, sorting by an attribute by hand, filtering, identity.


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return "Item(%s, %.2f, %d)" % (self.name, self.price, self.qty)


def insertion_sort_by_total(items):
    result = items[:]
    for i in range(1, len(result)):
        cur = result[i]
        j = i - 1
        while j >= 0 and result[j].total() > cur.total():
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = cur
    return result


def entry_point(argv):
    items = [Item("pen", 1.5, 10), Item("book", 12.0, 2), Item("lamp", 30.0, 1), Item("cup", 4.25, 4)]
    for it in items:
        print(repr(it), it.total())
    items[0].qty += 5
    items.append(Item("desk", 150.0, 1))
    ordered = insertion_sort_by_total(items)
    print([it.name for it in ordered])
    print([it.name for it in items])
    cheap = [it for it in items if it.price < 10.0]
    print(len(cheap), cheap[0] is items[0], cheap[1] is items[3])
    print(sum([it.total() for it in items]))
    first = items[0]
    items.remove(first)
    print(len(items), first in items, items[0].name)
    items.insert(0, first)
    print(items.index(first), items.count(first))
    by_name = {}
    for it in items:
        by_name[it.name] = it
    by_name["lamp"].price = 25.0
    print(items[2].price, repr(by_name["lamp"]))
    most = items[0]
    for it in items:
        if it.total() > most.total():
            most = it
    print("most valuable:", most.name)
    items.reverse()
    print([repr(it) for it in items])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
