# Recursion: mutual recursion (even/odd, a recursive-descent grammar, Hofstadter female/male sequences).


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def female(n):
    if n == 0:
        return 1
    return n - male(female(n - 1))


def male(n):
    if n == 0:
        return 0
    return n - female(male(n - 1))


# list := '(' items ')' ; items := (atom | list)* ; atom := letter
def parse_list(s, i, depth, out):
    i += 1
    while s[i] != ")":
        i = parse_item(s, i, depth + 1, out)
    return i + 1


def parse_item(s, i, depth, out):
    if s[i] == "(":
        return parse_list(s, i, depth, out)
    out.append("%s@%d" % (s[i], depth))
    return i + 1


def entry_point(argv):
    for n in [0, 1, 7, 10, 301, 400]:
        print(n, is_even(n), is_odd(n))
    print([female(n) for n in range(20)])
    print([male(n) for n in range(20)])
    out = []
    end = parse_list("(a(b(c)d)((e))f)", 0, 0, out)
    print(end, out)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
