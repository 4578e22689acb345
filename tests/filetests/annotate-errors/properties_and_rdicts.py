# test: annotate-errors
# Properties without the accessor a use needs, r_dict key functions returning the wrong type,
# and unbound methods of built-in types called without their object.
from kiln.objectmodel import r_dict


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def get_fahrenheit(self):
        return self.celsius * 9 // 5 + 32

    fahrenheit = property(get_fahrenheit)

    def set_kelvin(self, k):
        self.celsius = k - 273

    kelvin = property(None, set_kelvin)


def read_only(t):
    t.fahrenheit = 3  # error: property 'fahrenheit' of 'properties_and_rdicts.Temperature' has no setter: it cannot be assigned


def write_only(t):
    return t.kelvin  # error: property 'kelvin' of 'properties_and_rdicts.Temperature' has no getter


def key_eq(a, b):
    return a.lower()


def key_hash(a):
    return len(a)


def bad_r_dict():
    d = r_dict(key_eq, key_hash)
    d["a"] = 1  # error: the r_dict's key_eq function must return a bool, not 'str'
    return d


upper = str.upper


def unbound_method():
    return upper(3)  # error: 'str.upper' must be called with its object first, not 'int'


def entry_point(argv):
    t = Temperature(20)
    print(t.fahrenheit)
    read_only(t)
    write_only(t)
    bad_r_dict()
    unbound_method()
    return 0
