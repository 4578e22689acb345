"""A build-configuration resolver driven by nested constant data: dicts of tuples of dicts,
tuple keys, empty containers, a sub-list shared twice (still plain), containers that contain
themselves (not plain), containers holding a function or a set (not plain), constant
objects of other builtin types (frozenset, range, slice, complex, Ellipsis), and an object
whose __class__ property claims it is a dict."""

DEFAULTS = {"opt": 2, "debug": False, "defines": (), "flags": [], "extra": {}}
PROFILES = {
    "release": {"opt": 3, "debug": False, "defines": ("NDEBUG",), "flags": ["-flto"]},
    "debug": {"opt": 0, "debug": True, "defines": ("DEBUG", "TRACE"), "flags": ["-g", "-O0"]},
    "size": {"opt": 2, "debug": False, "defines": ("NDEBUG",), "flags": ["-Os"],
             "extra": {"strip": True, "sections": ("text", "data")}},
}
MATRIX = {("linux", "x86_64"): ("gcc", 13), ("linux", "aarch64"): ("gcc", 12),
          ("darwin", "arm64"): ("clang", 15), ("windows", "x86_64"): ("msvc", 19)}
NESTED = (1, (2, (3, (4, (5, ())))))
DEEP_LIST = [[[[["bottom"]]]]]
EMPTIES = ((), [], {}, "", b"", ((),), [[]], {"": ()})
MIXED_KEYS = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", b"1": "bytes"}
COLLIDING = {1: "int", True: "bool wins the value, int keeps the key", 1.0: "float too"}
SINGLETON_TUPLE = ("only",)
SHARED = ["shared", "twice"]
USES_SHARED_TWICE = [SHARED, SHARED, (SHARED,)]
SELF_LIST = [1, 2]
SELF_LIST.append(SELF_LIST)
SELF_DICT = {"name": "loop"}
SELF_DICT["me"] = SELF_DICT
HOLDS_SELF_LIST = (0, SELF_LIST)
HOLDS_FUNCTION = [len, 1]
HOLDS_SET = {"ids": {1, 2}}
KEYWORDS = frozenset(["if", "else", "while"])
SPAN = range(2, 10, 3)
CUT = slice(1, None, 2)
PHASOR = 3 + 4j


class ReadOnlyView:
    """A view that claims to be a dict: isinstance(view, dict) is True, type(view) is not."""

    def __init__(self, data):
        self._data = data

    @property
    def __class__(self):
        return dict


DEFAULTS_VIEW = ReadOnlyView(DEFAULTS)
VIEW_CLAIMS_DICT = isinstance(DEFAULTS_VIEW, dict)
PLACEHOLDER = ...
NOT_DONE = NotImplemented


# The heterogeneous tables above are load-time data; run-time code reads these typed views.
OPT_LEVEL = {}
DEFINES = {}
FLAGS = {}
for _name, _profile in PROFILES.items():
    _merged = dict(DEFAULTS, **_profile)
    OPT_LEVEL[_name] = _merged["opt"]
    DEFINES[_name] = list(_merged["defines"])
    FLAGS[_name] = list(_merged["flags"])
STRIPPED = [_name for _name, _profile in PROFILES.items()
            if _profile.get("extra", {}).get("strip", False)]


def _depth(t):
    n = 0
    while len(t) == 2:
        t = t[1]
        n += 1
    return n


NESTING_DEPTH = _depth(NESTED)


def resolve(profile_name, platform, arch):
    parts = ["-O%d" % OPT_LEVEL[profile_name]]
    for define in DEFINES[profile_name]:
        parts.append("-D" + define)
    for flag in FLAGS[profile_name]:
        parts.append(flag)
    key = (platform, arch)
    if key in MATRIX:
        compiler, version = MATRIX[key]
    else:
        compiler, version = "cc", 0
    return "%s-%d %s" % (compiler, version, " ".join(parts))


def entry_point(argv):
    for name in ["release", "debug", "size"]:
        for platform, arch in [("linux", "x86_64"), ("darwin", "arm64"), ("haiku", "x86")]:
            print("%-7s %-6s %s" % (name, platform, resolve(name, platform, arch)))
    print("stripped: " + ",".join(STRIPPED))
    print("nesting depth: %d, deep list: %s" % (NESTING_DEPTH, DEEP_LIST[0][0][0][0][0]))
    print("shared length: %d, matrix size: %d" % (len(SHARED), len(MATRIX)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
