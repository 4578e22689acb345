# A call passes more arguments than the function takes.


def emit(code, op):
    code.append(op)


def entry_point(argv):
    code = []
    emit(code, 1, 2)  # error: 'too_many_arguments.emit' takes 2 positional arguments but 3 were given
    return len(code)


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
