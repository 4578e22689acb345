"""Unit conversion and report formatting with closures made by factories at load time:
scalers closing over floats, formatters closing over strings, a shared counter cell and a
memo table closing over a prebuilt dict."""


def make_linear(scale, offset):
    def convert(x):
        return x * scale + offset
    return convert


def make_formatter(unit, width):
    def fmt(value):
        text = "%.2f" % value
        while len(text) < width:
            text = " " + text
        return text + " " + unit
    return fmt


def make_counter(start):
    count = start

    def bump():
        nonlocal count
        count += 1
        return count

    def peek():
        return count
    return bump, peek


def make_memo(fn):
    cache = {}

    def lookup(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return lookup


def make_unfinished():
    # 'limit' is a cell that is never filled in: a closure over an empty cell.
    def read_limit():
        return limit
    if False:
        limit = 0
    return read_limit


c_to_f = make_linear(9.0 / 5.0, 32.0)
f_to_c = make_linear(5.0 / 9.0, -32.0 * 5.0 / 9.0)
km_to_miles = make_linear(0.621371, 0.0)
identity = make_linear(1.0, 0.0)

CONVERTERS = {"c->f": c_to_f, "f->c": f_to_c, "km->mi": km_to_miles, "same": identity}
FORMATTERS = {}
for _key, _unit in [("c->f", "F"), ("f->c", "C"), ("km->mi", "mi"), ("same", "?")]:
    FORMATTERS[_key] = make_formatter(_unit, 8)

next_id, last_id = make_counter(100)
_PRIMED = [next_id() for _ in range(3)]       # the cell holds 103 when loading ends


def _slow_triangle(n):
    total = 0
    for i in range(n + 1):
        total += i
    return total


triangle = make_memo(_slow_triangle)
TRIANGLES = [triangle(_n) for _n in range(5)]
read_limit = make_unfinished()

SAMPLES = [("c->f", -40.0), ("c->f", 100.0), ("f->c", 212.0), ("km->mi", 42.195), ("same", 0.1)]


def entry_point(argv):
    for key, value in SAMPLES:
        result = CONVERTERS[key](value)
        print("#%d %s %s" % (next_id(), key, FORMATTERS[key](result)))
    print("last id: %d" % last_id())
    print("triangle(30) = %d, triangle(4) = %d" % (triangle(30), triangle(4)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
