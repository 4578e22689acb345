# test: annotate
# Load-time values: module globals are constants; prebuilt instances keep their identity and
# their fields (which run-time code may change); prebuilt lists and dicts; tables built at
# load time; class attributes.
class Config:
    def __init__(self, name, level):
        self.name = name
        self.level = level


DEFAULT = Config("default", 1)
LEVELS = [0, 10, 20]
NAMES = {1: "one", 2: "two"}
SQUARES = [i * i for i in range(5)]
GREETING = "hi"
LIMIT = 100


class Counter:
    step = 2

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += self.step
        return self.n


SHARED = Counter()


def configure(level):
    DEFAULT.level = level
    return DEFAULT.name, DEFAULT.level


def lookup(i):
    return NAMES.get(i, "?") + GREETING


def entry_point(argv):
    print(configure(len(argv)), LEVELS[1], lookup(2), SQUARES[3], LIMIT)
    print(SHARED.bump(), SHARED.bump())
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph prebuilt.Counter.bump(v0: prebuilt.Counter) -> int>=0 {
# block0(v0: prebuilt.Counter):
#     v1: int>=0 = getattr(v0, 'n')
#     v2: int=2 = getattr(v0, 'step')
#     v3: int>=0 = inplace_add(v1, v2)
#     v4: None = setattr(v0, 'n', v3)
#     v5: int>=0 = getattr(v0, 'n')
#     goto return(v5)
# }
# graph prebuilt.configure(v0: int>=0) -> (str='default', int>=0) {
#     ; g0 = instance 10 of prebuilt.Config
# block0(v0: int>=0):
#     v1: None = setattr(g0, 'level', v0)
#     v2: str='default' = getattr(g0, 'name')
#     v3: int>=0 = getattr(g0, 'level')
#     v4: (str='default', int>=0) = newtuple(v2, v3)
#     goto return(v4)
# }
# graph prebuilt.entry_point(v0: list(str)) -> int=0 {
#     ; g0 = function prebuilt.configure
#     ; g1 = list 6
#     ; g2 = function prebuilt.lookup
#     ; g3 = list 8
#     ; g4 = instance 9 of prebuilt.Counter
# block0(v0: list(str)):
#     v1: int>=0 = simple_call(len, v0)
#     v2: (str='default', int>=0) = simple_call(g0, v1)
#     v3: int>=0 = getitem(g1, 1)
#     v4: str = simple_call(g2, 2)
#     v5: int>=0 = getitem(g3, 3)
#     v6: None = simple_call(print, v2, v3, v4, v5, 100)
#     v7: method(prebuilt.Counter.bump) = getattr(g4, 'bump')
#     v8: int>=0 = simple_call(v7)
#     v9: method(prebuilt.Counter.bump) = getattr(g4, 'bump')
#     v10: int>=0 = simple_call(v9)
#     v11: None = simple_call(print, v8, v10)
#     goto return(0)
# }
# graph prebuilt.lookup(v0: int=2) -> str {
#     ; g0 = dict 11
# block0(v0: int=2):
#     v1: method(dict.get) = getattr(g0, 'get')
#     v2: str = simple_call(v1, v0, '?')
#     v3: str = add(v2, 'hi')
#     goto return(v3)
# }
# class prebuilt.Config(object) {
#     level: int>=0
#     name: str='default'
# }
# class prebuilt.Counter(object) {
#     n: int>=0
#     step: int=2
# }
