# Exception handling in an interpreter: a hierarchy of application errors, try/except/else/
# finally, re-raising, catching built-in errors raised by operations, and exceptions that
# carry data out of deep recursion.


class InterpError(Exception):
    def __init__(self, message):
        self.message = message


class TypeMismatch(InterpError):
    pass


class UndefinedName(InterpError):
    def __init__(self, name):
        InterpError.__init__(self, "undefined name '%s'" % name)
        self.name = name


class Return(Exception):
    def __init__(self, value):
        self.value = value


def lookup(env, name):
    try:
        return env[name]
    except KeyError:
        raise UndefinedName(name)


def divide(a, b):
    try:
        q = a // b
    except ZeroDivisionError:
        return -1
    else:
        return q


def find_depth(values, target, depth):
    if depth >= len(values):
        return
    if values[depth] == target:
        raise Return(depth)
    find_depth(values, target, depth + 1)


def index_of(values, target):
    try:
        find_depth(values, target, 0)
    except Return as r:
        return r.value
    return -1


def checked(env, name, log):
    try:
        v = lookup(env, name)
        if v < 0:
            raise TypeMismatch("negative value for " + name)
        return v
    except UndefinedName as e:
        log.append("undefined: " + e.name)
        return 0
    finally:
        log.append("checked " + name)


def entry_point(argv):
    env = {"a": 1, "b": -2}
    log = []
    print(checked(env, "a", log))
    print(checked(env, "zz", log))
    try:
        checked(env, "b", log)
    except InterpError as e:
        print("error: " + e.message)
    print("; ".join(log))
    print(divide(7, 2), divide(7, 0))
    print(index_of([5, 6, 7], 7), index_of([5, 6, 7], 9))
    items = [1, 2, 3]
    try:
        print(items[10])
    except IndexError:
        print("index error caught")
    try:
        int("12x")
    except ValueError:
        print("value error caught")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
