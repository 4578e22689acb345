# int digit manipulations: digit sums, reversal, palindromes, base conversion by hand, Collatz lengths.
# args: 12345 987654321 -42


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def digit_sum(n):
    n = abs(n)
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def reverse_int(n):
    sign = -1 if n < 0 else 1
    n = abs(n)
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return sign * r


def to_base(n, base):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n > 0:
        out.append(DIGITS[n % base])
        n //= base
    if neg:
        out.append("-")
    out.reverse()
    return "".join(out)


def collatz_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def entry_point(argv):
    for arg in argv[1:]:
        n = int(arg)
        print(n, digit_sum(n), reverse_int(n), reverse_int(n) == n)
        for base in [2, 3, 8, 16, 36]:
            s = to_base(n, base)
            print("  base", base, s, int(s, base) == n)
    palindromes = [n for n in range(100, 1000) if reverse_int(n) == n and n % 7 == 0]
    print(len(palindromes), palindromes[:10])
    best = 0
    best_n = 0
    for n in range(1, 3000):
        c = collatz_length(n)
        if c > best:
            best = c
            best_n = n
    print("longest collatz below 3000:", best_n, best)
    armstrong = []
    for n in range(1, 10000):
        k = len(str(n))
        if sum([int(c) ** k for c in str(n)]) == n:
            armstrong.append(n)
    print(armstrong)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
