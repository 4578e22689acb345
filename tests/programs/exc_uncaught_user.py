# Exceptions: an uncaught user exception ends the program with status 1 after some output (finally blocks still run).


class ConfigError(Exception):
    pass


def load_setting(settings, name):
    if name not in settings:
        raise ConfigError("missing setting: " + name)
    return settings[name]


def configure(settings, names):
    total = 0
    for n in names:
        try:
            v = load_setting(settings, n)
            print("setting", n, "=", v)
            total += v
        finally:
            print("checked", n)
    return total


def entry_point(argv):
    settings = {"width": 80, "height": 25, "depth": 3}
    print("total", configure(settings, ["width", "height"]))
    print("total", configure(settings, ["depth", "colour", "width"]))
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
