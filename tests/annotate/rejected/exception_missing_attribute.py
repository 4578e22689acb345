# Reading an attribute that a built-in exception does not have (Python 2's e.message).


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        print("bad number: " + e.message)  # error: 'ValueError' object has no attribute 'message'
        return 0


def entry_point(argv):
    return parse("12")


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
