# A keyword argument that the function does not have.


def make_driver(greens, reds):
    return len(greens) + len(reds)


def entry_point(argv):
    return make_driver(["pc"], reds=["frame"], virtualizables=["frame"])  # error: 'unknown_keyword.make_driver' got an unexpected keyword argument 'virtualizables'


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
