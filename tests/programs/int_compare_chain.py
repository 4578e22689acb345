# int comparisons: chained comparisons, equality, ordering with negatives, bool joining int, is/is not on small values avoided.


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif 0 < n <= 9:
        return "digit"
    elif 10 <= n < 100:
        return "two digits"
    return "big"


def between(lo, x, hi):
    return lo <= x <= hi


def entry_point(argv):
    for n in [-100, -1, 0, 1, 9, 10, 99, 100, 12345]:
        print(n, classify(n), between(-1, n, 10), 0 < n < 50 > 20, n != n + 0, n == n * 1)
    a, b, c = 3, 5, 5
    print(a < b < c, a < b <= c, a < b == c, a == b == c, c > b > a, c >= b > a)
    print(1 < 2 < 3 < 4 < 5, 1 < 2 > 0 < 5, 5 > 4 > 6)
    # bool joins int in comparisons and arithmetic.
    print(True == 1, False == 0, True > False, True + True, True * 10, -True)
    print(1 if True else 0, int(3 > 2) + int(2 > 3))
    lst = [5, 3, 8, 1, 9, 2]
    count_greater = 0
    for i in range(len(lst)):
        for j in range(len(lst)):
            count_greater += lst[i] > lst[j]
    print("pairs with i > j:", count_greater)
    # Comparison results stored in variables.
    flags = [x % 2 == 0 for x in lst]
    print(flags, sum(flags))
    equal = 0
    for x in range(-5, 6):
        if -x == x:
            equal += 1
        if x * x == 4:
            print("square is four:", x)
    print(equal)
    print(max(3, 3) is not None, 7 // 2 == 3, -7 // 2 == -4)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
