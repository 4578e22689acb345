# One function called with an int at one site and a str at another.


def emit(code, operand):
    code.append(operand)
    return len(code)


def entry_point(argv):
    ints = []
    emit(ints, 1)
    emit(ints, "label")  # error: argument 'operand' of 'argument_types_conflict.emit' would have to be both 'int' and 'str'
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
