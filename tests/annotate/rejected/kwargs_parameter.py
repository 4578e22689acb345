# A function that takes **kwargs.


def configure(name, **options):
    return len(options)


def entry_point(argv):
    return configure("jit", threshold=10)  # error: 'kwargs_parameter.configure' takes **kwargs, which translated code does not support


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
