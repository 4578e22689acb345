# An object space with boxed ints and floats: binary operations dispatch on `type(w) is C`,
# ints are promoted to floats explicitly, and results are re-boxed. Int and float values stay
# in separate fields of separate classes.
from kiln.rarithmetic import ovfcheck


class W_Root(object):
    def str_w(self):
        raise NotImplementedError


class W_Int(W_Root):
    def __init__(self, intval):
        self.intval = intval

    def str_w(self):
        return str(self.intval)


class W_Float(W_Root):
    def __init__(self, floatval):
        self.floatval = floatval

    def str_w(self):
        return str(self.floatval)


class W_Str(W_Root):
    def __init__(self, strval):
        self.strval = strval

    def str_w(self):
        return self.strval


class OperationError(Exception):
    def __init__(self, message):
        self.message = message


def float_w(w):
    if type(w) is W_Float:
        return w.floatval
    if type(w) is W_Int:
        return float(w.intval)
    raise OperationError("expected a number")


def add(w_a, w_b):
    if type(w_a) is W_Int and type(w_b) is W_Int:
        try:
            return W_Int(ovfcheck(w_a.intval + w_b.intval))
        except OverflowError:
            return W_Float(float(w_a.intval) + float(w_b.intval))
    if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        return W_Str(w_a.strval + w_b.strval)
    return W_Float(float_w(w_a) + float_w(w_b))


def mul(w_a, w_b):
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        try:
            return W_Int(ovfcheck(w_a.intval * w_b.intval))
        except OverflowError:
            return W_Float(float(w_a.intval) * float(w_b.intval))
    if isinstance(w_a, W_Str) and isinstance(w_b, W_Int):
        return W_Str(w_a.strval * w_b.intval)
    return W_Float(float_w(w_a) * float_w(w_b))


def entry_point(argv):
    big = W_Int(2 ** 62)
    cases = [(W_Int(2), W_Int(3)), (W_Int(2), W_Float(0.5)), (W_Str("ab"), W_Str("cd")),
             (big, big), (W_Str("ab"), W_Int(3))]
    for w_a, w_b in cases:
        try:
            print(add(w_a, w_b).str_w() + " " + mul(w_a, w_b).str_w())
        except OperationError as e:
            print("error: " + e.message)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
