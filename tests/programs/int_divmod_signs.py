# int floor division, modulo and divmod with every sign combination, and their identities.


def check_identity(a, b):
    q = a // b
    r = a % b
    # Python's invariant: a == q * b + r, and r has the sign of b.
    ok = q * b + r == a
    if b > 0:
        ok = ok and 0 <= r < b
    else:
        ok = ok and b < r <= 0
    return ok


def entry_point(argv):
    values = [7, -7, 1, -1, 0, 13, -13, 100, -100, 9223372036854775807, -9223372036854775807]
    divisors = [1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 1000003]
    for a in values:
        for b in divisors:
            q, r = divmod(a, b)
            print(a, b, a // b, a % b, q, r, check_identity(a, b))
    # Integer true division gives a float.
    print(7 / 2, -7 / 2, 1 / 3, 10 / 5, -9 / 4)
    # Division by zero.
    for b in [0]:
        try:
            print(5 // b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(5 % b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(divmod(5, b))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(5 / b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    # Augmented forms.
    x = 1000
    x //= 7
    print(x)
    x %= 9
    print(x)
    x = -1000
    x //= 7
    print(x)
    x %= -9
    print(x)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
