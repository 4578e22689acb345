# every list method: append, pop, extend, insert, remove, index, count, reverse, sort, clear, copy; errors they raise.


def entry_point(argv):
    lst = []
    for i in range(5):
        lst.append(i * i)
    print(lst, len(lst))
    print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
    lst.extend([7, 8, 9])
    lst.extend(range(3))
    lst.extend((100, 200))
    print(lst)
    lst.insert(0, -1)
    lst.insert(3, 33)
    lst.insert(100, 999)
    lst.insert(-1, 55)
    lst.insert(-100, -100)
    print(lst)
    lst.remove(33)
    lst.remove(0)
    print(lst, lst.index(7), lst.index(999), lst.count(1), lst.count(42))
    lst.append(7)
    print(lst.count(7), lst.index(7), lst[lst.index(7) + 1:].index(7))
    lst.reverse()
    print(lst)
    lst.sort()
    print(lst)
    lst.sort(reverse=True)
    print(lst)
    c = lst.copy()
    c.append(1234)
    print(len(lst), len(c), c[-1], lst == c[:-1])
    lst.clear()
    print(lst, len(lst), c[:3])
    try:
        lst.pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        c.pop(50)
    except IndexError as e:
        print("IndexError:", e)
    try:
        c.remove(-5)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(c.index(-5))
    except ValueError as e:
        print("ValueError:", e)
    words = ["b", "a", "c"]
    words.extend("de")
    words.sort()
    print(words, words.index("d"), "".join(words))
    # extend with itself.
    nums = [1, 2]
    nums.extend(nums)
    print(nums)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
