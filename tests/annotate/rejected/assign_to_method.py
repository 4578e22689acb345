# Storing into an attribute that is a method of the class.


class Counter(object):
    def __init__(self):
        self.n = 0

    def count(self):
        return self.n


def entry_point(argv):
    c = Counter()
    c.count = 5  # error: cannot assign to 'count' on instances of 'assign_to_method.Counter': it is a method
    return c.n


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
