# test: annotate-errors
# __str__ and __repr__ must return a str, whether str(), repr(), print() or an f-string
# calls them.
class Weird:
    def __str__(self):
        return 42

    def __repr__(self):
        return None


def show(w):
    return str(w)  # error: '__str__' must return a str, not 'int'


def show_repr(w):
    return repr(w)  # error: '__repr__' must return a str, not 'None'


def entry_point(argv):
    print(show(Weird()), show_repr(Weird()))
    return 0
