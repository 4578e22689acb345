# Strings are immutable: assigning to an index.


def capitalize(word):
    word[0] = word[0].upper()  # error: 'str' does not support item assignment
    return word


def entry_point(argv):
    print(capitalize("kiln"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
