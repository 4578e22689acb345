# Raising an instance of a class that does not derive from BaseException.


class Failure(object):
    def __init__(self, msg):
        self.msg = msg


def check(x):
    if x < 0:
        raise Failure("negative")  # error: exceptions must derive from BaseException, not 'raise_non_exception.Failure'
    return x


def entry_point(argv):
    return check(len(argv))


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
