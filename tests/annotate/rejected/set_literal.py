# A set display in run-time code.


def is_keyword(word):
    keywords = {"if", "else", "while"}  # error: sets: not supported in translated code
    return word in keywords


def entry_point(argv):
    print(is_keyword("if"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
