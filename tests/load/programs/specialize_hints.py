"""A formatting library tuned with specialisation hints, using the target() convention:
specialize.argtype for a to-text function called with ints, floats, strings and bools,
specialize.memo for per-class tables computed at translation time, specialize.arg for a
constant-keyed builder, call_location, always_inline / dont_inline, a not_rpython load-time
helper, enforceargs and signature, and a hand-written _annspecialcase_ tag."""

from kiln import types
from kiln.objectmodel import (always_inline, dont_inline, enforceargs, not_rpython,
                              specialize)
from kiln.signature import signature


@specialize.argtype(0)
def to_text(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return "%.2f" % value
    if isinstance(value, int):
        return "%d" % value
    return value


class Shape:
    SIDES = 0
    NAME = "shape"


class Triangle(Shape):
    SIDES = 3
    NAME = "triangle"


class Square(Shape):
    SIDES = 4
    NAME = "square"


@specialize.memo()
def label_for(cls):
    return "%s/%d" % (cls.NAME, cls.SIDES)


@specialize.arg(1)
def pad(text, width):
    while len(text) < width:
        text = text + "."
    return text


@specialize.call_location()
def first_or(items, default):
    return items[0] if items else default


@always_inline
def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


@dont_inline
def checksum(text):
    h = 0
    for ch in text:
        h = (h * 33 + ord(ch)) % 1000003
    return h


@not_rpython
def _build_widths(names):
    return {name: max(len(name) + 2, 8) for name in names}


WIDTHS = _build_widths(["name", "sides", "area", "ok"])


@enforceargs(int, int)
def area_of_square(side, scale):
    return side * side * scale


@signature(types.int(), types.int(), returns=types.float())
def triangle_area(base, height):
    return base * height / 2.0


def manual(x):
    return x + 1


manual._annspecialcase_ = "specialize:argtype(0)"
TAGS = {fn.__name__: fn._annspecialcase_ for fn in (to_text, label_for, pad, first_or)}


def entry_point(argv):
    print(pad("name", 12) + pad("sides", 8) + "area")
    for cls in [Triangle, Square]:
        area = to_text(triangle_area(3, 4)) if cls is Triangle else to_text(
            area_of_square(3, 1))
        print(pad(label_for(cls), 12) + pad(to_text(cls.SIDES), 8) + area)
    print("flags: %s %s" % (to_text(clamp(15, 0, 10) == 10), to_text(manual(1) == 2)))
    print("first: %s %d" % (first_or(argv[1:], "none"), first_or([7, 8], 0)))
    print("checksum: %d, width of sides: %d" % (checksum("kiln"), WIDTHS["sides"]))
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
