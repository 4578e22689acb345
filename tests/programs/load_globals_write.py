# Load time: module globals written through globals() and setattr on the module at import, read as constants at run time.
import sys

_this = sys.modules[__name__]
for _i, _name in enumerate(["RED", "GREEN", "BLUE", "ALPHA"]):
    globals()[_name] = 1 << _i
    globals()["NAME_%d" % (1 << _i)] = _name.lower()

COLOR_NAMES = [globals()["NAME_%d" % (1 << i)] for i in range(4)]
setattr(_this, "MAX_LEVEL", len(COLOR_NAMES) * 2)

LIMITS = {}
for _lvl in range(MAX_LEVEL):
    LIMITS[_lvl] = 10 ** _lvl
DEBUG = False
if "KILN_NEVER_SET_THIS" in __name__:
    DEBUG = True


def describe(mask):
    parts = []
    if mask & RED:
        parts.append(NAME_1)
    if mask & GREEN:
        parts.append(NAME_2)
    if mask & BLUE:
        parts.append(NAME_4)
    if mask & ALPHA:
        parts.append(NAME_8)
    if DEBUG:
        parts.append("debug")
    return "+".join(parts) if parts else "none"


def entry_point(argv):
    print(RED, GREEN, BLUE, ALPHA, MAX_LEVEL)
    print(COLOR_NAMES)
    for mask in range(0, 16, 3):
        print(mask, describe(mask))
    print([LIMITS[k] for k in range(MAX_LEVEL)])
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
