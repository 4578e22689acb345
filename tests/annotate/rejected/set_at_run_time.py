# Sets are not part of the run-time subset: deduplicating with set().


def unique(words):
    return len(set(words))  # error: calling the built-in class 'set' is not supported in translated code


def entry_point(argv):
    print(unique(["a", "b", "a"]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
