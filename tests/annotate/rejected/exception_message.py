# Printing a built-in exception: CPython shows its arguments, which kiln's exceptions do not keep
# (a class of the program can define __str__, or keep the message in an attribute).


def parse_number(text):
    try:
        return int(text)
    except ValueError as e:
        print("not a number:", e)  # error: str() of 'ValueError' exceptions is not supported
        return 0


def entry_point(argv):
    total = 0
    for arg in argv[1:]:
        total += parse_number(arg)
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
