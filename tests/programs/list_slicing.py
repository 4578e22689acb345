# list slicing with steps and negative bounds, slice deletion, item assignment and deletion, copies vs aliases.


def entry_point(argv):
    base = list(range(10))
    print(base[2:5], base[-3:], base[:-7], base[::2], base[1::3], base[::-1], base[7:2:-2], base[20:], base[-20:2])
    a = base[:]
    a[0] = 100
    print(base[0], a[0])
    alias = base
    alias[1] = -1
    print(base[1])
    del a[0]
    print(a)
    del a[-1]
    print(a)
    del a[2:4]
    print(a)
    del a[::2]
    print(a)
    b = list(range(20))
    del b[::-3]
    print(b)
    del b[:]
    print(b, len(b))
    c = [5, 6, 7, 8]
    c[-1] = 80
    c[len(c) - 2] += 10
    print(c)
    for i in [4, -5]:
        try:
            c[i] = 0
        except IndexError as e:
            print("IndexError:", e)
        try:
            del c[i]
        except IndexError as e:
            print("IndexError:", e)
    # Sliding windows.
    data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    for k in [1, 3, 5]:
        sums = [sum(data[i:i + k]) for i in range(len(data) - k + 1)]
        print(k, sums, max(sums))
    # Rotations with slices.
    for r in range(4):
        print(data[r:] + data[:r])
    # Slices of a list of strings are lists.
    names = ["ann", "bob", "cid", "dan", "eve"]
    first, rest = names[0], names[1:]
    print(first, rest, names[1:-1], names[-1:], names[3:1])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
