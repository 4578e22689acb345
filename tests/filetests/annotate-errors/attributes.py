# test: annotate-errors
# Attributes that do not exist, are never set, cannot be named at translation time, or cannot
# be assigned.
import math


class Point:
    origin = 0

    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x


class Base:
    def __init__(self):
        self.run = 1  # error: 'run' is both a method of 'attributes.Runner' and an instance attribute


class Runner(Base):
    def run(self):
        return 2


def no_attribute(s):
    return s.length  # error: 'str' has no attribute 'length'


def attribute_of_none():
    p = None  # note: the value is 'None' because of this
    return p.x  # error: cannot read attribute 'x' of a value that may only be None


def never_set(p):
    return p.y  # error: 'attributes.Point' object has no attribute 'y': nothing in the program assigns it


def class_attribute():
    return Point.nothing  # error: class 'attributes.Point' has no attribute 'nothing'


def module_attribute():
    return math.nothing  # error: module 'math' has no attribute 'nothing'


def name_not_constant(p, name):
    return getattr(p, name)  # error: getattr() needs a constant attribute name in translated code


def assign_method(p):
    p.norm = 5  # error: cannot assign to 'norm' on instances of 'attributes.Point': it is a method


def assign_frozen():
    math.extra = 1  # error: cannot assign attribute 'extra' of 'math': frozen prebuilt objects are constants


def assign_str(s):
    s.extra = 1  # error: cannot assign attribute 'extra' on 'str'


def entry_point(argv):
    p = Point(len(argv))
    print(no_attribute(argv[0]), attribute_of_none(), never_set(p), class_attribute())
    print(module_attribute(), name_not_constant(p, argv[0]))
    assign_method(p)
    Base()
    print(Runner().run())
    assign_frozen()
    assign_str(argv[0])
    return 0
