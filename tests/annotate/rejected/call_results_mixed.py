# A table of handlers where one returns an int and another a str: one call site cannot
# produce both.


def h_count(text):
    return len(text)


def h_upper(text):
    return text.upper()


HANDLERS = [h_count, h_upper]


def run(i, text):
    return HANDLERS[i](text)  # error: the calls made here give 'int' and 'str', which cannot be mixed


def entry_point(argv):
    run(0, "abc")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
