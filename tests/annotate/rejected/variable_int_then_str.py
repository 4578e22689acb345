# A variable holds an int on one path and a str on another.


def describe(n):
    if n > 0:
        result = n * 2  # error: 'variable_int_then_str.describe' would return both 'str' and 'int'
    else:
        result = "negative"
    return result


def entry_point(argv):
    print(describe(len(argv)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
