# A dict of settings whose values are ints and strs.


def load_settings():
    settings = {}
    settings["threshold"] = 1000
    settings["name"] = "kiln"  # error: the values of this dict would have to be both 'int' and 'str'
    return settings


def entry_point(argv):
    s = load_settings()
    return len(s)


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
