# test: annotate
# functions: pair swap index concat iterate
# Tuples: one annotation per position, unpacking, constant indexing, concatenation, slicing.
def pair(a, b):
    return a, b


def swap(t):
    x, y = t
    return y, x


def index(t):
    return t[0], t[-1], t[1:], len(t)


def concat(t):
    u = t + (1.5,)
    return u, u == u


def iterate(t):
    total = 0
    for x in t:
        total += x
    return total, 3 in t


def entry_point(argv):
    p = pair(len(argv), "s")
    print(swap(p), index(p), concat(p), iterate((1, 2, 3)))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph tuples.concat(v0: (int>=0, char='s')) -> ((int>=0, char='s', float=1.5), bool) {
# block0(v0: (int>=0, char='s')):
#     v1: (int>=0, char='s', float=1.5) = add(v0, (1.5,))
#     v2: bool = eq(v1, v1)
#     v3: ((int>=0, char='s', float=1.5), bool) = newtuple(v1, v2)
#     goto return(v3)
# }
# graph tuples.index(v0: (int>=0, char='s')) -> (int>=0, char='s', (char='s',), int=2) {
# block0(v0: (int>=0, char='s')):
#     v1: int>=0 = getitem(v0, 0)
#     v2: char='s' = getitem(v0, -1)
#     v3: (char='s',) = getslice(v0, 1, None, None)
#     v4: int=2 = simple_call(len, v0)
#     v5: (int>=0, char='s', (char='s',), int=2) = newtuple(v1, v2, v3, v4)
#     goto return(v5)
# }
# graph tuples.iterate(v0: (int=1, int=2, int=3)) -> (int>=0, bool) {
# block0(v0: (int=1, int=2, int=3)):
#     v1: iter((int=1, int=2, int=3)) = iter(v0)
#     goto block1(v0, 0, v1)
# block1(v2: (int=1, int=2, int=3), v3: int>=0, v4: iter((int=1, int=2, int=3))):
#     v5: int>=0 = next(v4)
#     exits [normal: block3(v2, v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): block2(v2, v3)]
# block2(v8: (int=1, int=2, int=3), v9: int>=0):
#     v10: bool = contains(v8, 3)
#     v11: (int>=0, bool) = newtuple(v9, v10)
#     goto return(v11)
# block3(v12: (int=1, int=2, int=3), v13: int>=0, v14: iter((int=1, int=2, int=3)), v15: int>=0):
#     v16: int>=0 = inplace_add(v13, v15)
#     goto block1(v12, v16, v14)
# }
# graph tuples.pair(v0: int>=0, v1: char='s') -> (int>=0, char='s') {
# block0(v0: int>=0, v1: char='s'):
#     v2: (int>=0, char='s') = newtuple(v0, v1)
#     goto return(v2)
# }
# graph tuples.swap(v0: (int>=0, char='s')) -> (char='s', int>=0) {
# block0(v0: (int>=0, char='s')):
#     v1: None = unpack_check(v0, 2)
#     v2: int>=0 = getitem(v0, 0)
#     v3: char='s' = getitem(v0, 1)
#     v4: (char='s', int>=0) = newtuple(v3, v2)
#     goto return(v4)
# }
