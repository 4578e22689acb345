# test: annotate-errors
# Union conflicts: a variable, value, result, argument, attribute, list item, dict key or value,
# closure variable or default that would need two types that do not join; each side of the
# conflict is shown where it came from.
from kiln.objectmodel import specialize


class A:
    kind = 1


class B:
    kind = "b"


def variable(flag):
    if flag:
        x = 1  # note: 'x' is 'int' because of this
    else:
        x = "one"  # error: 'x' would have to be both 'int' and 'str'  # note: 'x' is 'str' because of this
    print(x)


def value(flag):
    print(1 if flag else "s")  # error: a value would have to be both 'int' and 'str'  # note: the value is 'str' because of this


def returns(flag):
    if flag:
        return 1.5  # note: the result is 'float' because of this
    return "no"  # error: 'unions.returns' would return both 'float' and 'str'  # note: the result is 'str' because of this


def takes(v):
    return v


def attribute(a, flag):
    a.value = 1  # note: the attribute is 'int' because of this
    if flag:
        a.value = "s"  # error: attribute 'value' of 'unions.A' would have to be both 'int' and 'str'  # note: the new value is 'str' because of this


def list_items():
    xs = [1]  # note: an item is 'int' because of this
    xs.append("a")  # error: the items of this list would have to be both 'int' and 'str'  # note: an item is 'str' because of this
    return xs


def dict_keys():
    d = {1: "a"}  # note: a key is 'int' because of this
    d["k"] = "b"  # error: the keys of this dict would have to be both 'int' and 'str'  # note: a key is 'str' because of this
    return d


def dict_values():
    d = {"a": 1}  # note: a value is 'int' because of this
    d["b"] = 2.5  # error: the values of this dict would have to be both 'int' and 'float': ints and floats do not mix
    return d


def cell():
    n = 0  # note: the variable is 'int' because of this

    def set_it():
        nonlocal n
        n = "s"  # error: the closure variable 'n' would have to be both 'int' and 'str'  # note: the variable is 'str' because of this

    set_it()
    return n


@specialize.argtype(0)
def default(v):
    def inner(x=v):  # error: a default argument of 'unions.default.<locals>.inner' would have to be both 'int' and 'str'
        return x

    return inner()


def one():
    return 1


def two():
    return "two"


def call_results(flag):
    f = one if flag else two
    return f()  # error: 'int' and 'str', which cannot be mixed


def pbc_attribute(flag):
    cls = A if flag else B
    return cls.kind  # error: attribute 'kind' is 'int' on one object and 'str' on another


def entry_point(argv):
    flag = len(argv) > 1
    variable(flag)
    value(flag)
    returns(flag)
    takes(1)  # note: 'v' is 'int' because of this
    takes(A())  # error: argument 'v' of 'unions.takes' would have to be both 'int' and 'unions.A'  # note: 'v' is 'unions.A' because of this
    attribute(A(), flag)
    print(list_items(), dict_keys(), dict_values(), cell())
    default(1)  # note: the default is 'int' because of this
    default("s")  # note: the default is 'str' because of this
    call_results(flag)
    pbc_attribute(flag)
    return 0
