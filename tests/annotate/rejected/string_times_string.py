# Multiplying a str by a str (meant: by a count read from the input).


def indent(text, depth):
    return depth * text  # error: cannot multiply 'str' and 'str'


def entry_point(argv):
    print(indent("x", "  "))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
