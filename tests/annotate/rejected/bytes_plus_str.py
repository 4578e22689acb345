# Concatenating bytes and str (they are different types, as in CPython).


def frame_message(payload):
    return b"MSG:" + payload  # error: cannot add 'bytes' and 'str'


def entry_point(argv):
    print(len(frame_message("hello")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
