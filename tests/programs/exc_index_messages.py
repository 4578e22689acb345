# Exceptions: IndexError says what was indexed, as CPython's messages do (str, tuple, list, list assignment, bytes), with the index known only at run time, inside a handler and outside it.
def f(s, t, l, b, i):
    out = []
    for k in range(5):
        try:
            if k == 0: x = s[i]
            elif k == 1: x = t[i]
            elif k == 2: x = l[i]
            elif k == 3: l[i] = 1
            else: x = b[i]
        except IndexError as e:
            out.append(str(e))
    return out


def outside(s, i):
    return s[i]


def entry_point(argv):
    t = (1, 2)
    print(f("ab", t, [1, 2], b"ab", len(argv) + 5))
    print(f("xyz", t, [], b"", -len(argv) - 7))
    print(outside("abc", len(argv) + 1))
    print(outside("abc", len(argv) + 9))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
