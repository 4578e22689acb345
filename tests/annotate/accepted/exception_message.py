# Printing a caught built-in exception shows its message: exceptions keep str(e) as their
# constructor's arguments make it (the runtime's helpers set it as CPython words it).


def parse_number(text):
    try:
        return int(text)
    except ValueError as e:
        print("not a number:", e)
        return 0


def entry_point(argv):
    total = 0
    for arg in argv[1:] + ["12", "x"]:
        total += parse_number(arg)
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
