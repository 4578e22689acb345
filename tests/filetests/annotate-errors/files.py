# test: annotate-errors
# Files: the mode of open() is a constant that decides str or bytes; a file of one kind does
# not take the other's data, and one variable cannot hold both kinds.
def bad_mode(path, mode):
    f = open(path, mode)  # error: open() needs a constant mode of 'r', 'w', 'a' or 'x', with '+' or 'b' if wanted, not a value of type 'str'
    return f


def unknown_mode(path):
    return open(path, "rw")  # error: open() needs a constant mode of 'r', 'w', 'a' or 'x', with '+' or 'b' if wanted, not 'rw'


def write_str_to_binary(path):
    f = open(path, "wb")
    f.write("text")  # error: argument 1 of 'file.write' must be bytes (the file is binary), not 'str'
    f.close()


def either(path, binary):
    if binary:
        f = open(path, "rb")  # note: 'f' is 'file(bytes)' because of this
    else:
        f = open(path)  # error: 'f' would have to be both 'file(bytes)' and 'file(str)'
    return f.read()


def entry_point(argv):
    bad_mode(argv[0], argv[1])  # note: 'mode' is 'str' because of this
    unknown_mode(argv[0])
    write_str_to_binary(argv[0])
    print(either(argv[0], len(argv) > 2))
    return 0
