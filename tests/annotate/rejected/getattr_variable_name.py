# getattr() with a name only known at run time.


class Config(object):
    def __init__(self):
        self.threshold = 10
        self.limit = 20


def option(config, name):
    return getattr(config, name)  # error: getattr() needs a constant attribute name in translated code


def entry_point(argv):
    return option(Config(), argv[0])


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
