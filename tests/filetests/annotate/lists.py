# test: annotate
# functions: build grow slices strs nested
# Lists: item types shared per creation site, append/pop/insert/extend, slices, sorting.
def build(n):
    items = []
    for i in range(n):
        items.append(i * 2)
    return items


def grow(xs):
    xs.append(len(xs))
    xs.insert(0, 7)
    xs.extend([1, 2])
    last = xs.pop()
    first = xs.pop(0)
    return first + last


def slices(xs):
    head = xs[:2]
    tail = xs[1:]
    mid = xs[1:-1]
    xs[0:1] = [9, 9]
    del xs[0]
    return head + tail + mid


def strs():
    names = ["b", "a"]
    names.sort()
    names.reverse()
    return names, names.index("a"), "a" in names, sorted(names)


def nested():
    grid = [[0] * 3 for _ in range(2)]
    grid[1][2] = 5
    return grid, [None, grid[0]]


def entry_point(argv):
    xs = build(len(argv) + 3)
    print(grow(xs), slices(xs), xs)
    print(strs(), nested())
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph lists.build(v0: int>=0) -> list(int) {
# block0(v0: int>=0):
#     v1: list(int) = newlist()
#     goto block1(v1, 0, v0)
# block1(v2: list(int), v3: int>=0, v4: int>=0):
#     v5: bool = lt(v3, v4)
#     branch v5 [true: block2(v2, v3, v4), false: return(v2)]
# block2(v6: list(int), v7: int>=0, v8: int>=0):
#     v9: int>=0 = add(v7, 1)
#     v10: method(list.append) = getattr(v6, 'append')
#     v11: int>=0 = mul(v7, 2)
#     v12: None = simple_call(v10, v11)
#     goto block1(v6, v9, v8)
# }
# graph lists.grow(v0: list(int)) -> int>=0 {
# block0(v0: list(int)):
#     v1: method(list.append) = getattr(v0, 'append')
#     v2: int>=0 = simple_call(len, v0)
#     v3: None = simple_call(v1, v2)
#     v4: method(list.insert) = getattr(v0, 'insert')
#     v5: None = simple_call(v4, 0, 7)
#     v6: method(list.extend) = getattr(v0, 'extend')
#     v7: list(int) = newlist(1, 2)
#     v8: None = simple_call(v6, v7)
#     v9: method(list.pop) = getattr(v0, 'pop')
#     v10: int>=0 = simple_call(v9)
#     v11: method(list.pop) = getattr(v0, 'pop')
#     v12: int>=0 = simple_call(v11, 0)
#     v13: int>=0 = add(v12, v10)
#     goto return(v13)
# }
# graph lists.nested() -> (list(list(int)), list(list(int)?)) {
# block0():
#     v0: list(int) = simple_call(range, 2)
#     v1: list(list(int)) = newlist()
#     v2: iter(list(int)) = iter(v0)
#     goto block1(v1, v2)
# block1(v3: list(list(int)), v4: iter(list(int))):
#     v5: int>=0 = next(v4)
#     exits [normal: block3(v3, v4), except StopIteration as (v6: type(StopIteration), v7: StopIteration): block2(v3)]
# block2(v8: list(list(int))):
#     v9: list(int) = getitem(v8, 1)
#     v10: None = setitem(v9, 2, 5)
#     v11: list(int) = getitem(v8, 0)
#     v12: list(list(int)?) = newlist(None, v11)
#     v13: (list(list(int)), list(list(int)?)) = newtuple(v8, v12)
#     goto return(v13)
# block3(v14: list(list(int)), v15: iter(list(int))):
#     v16: method(list.append) = getattr(v14, 'append')
#     v17: list(int) = newlist(0)
#     v18: list(int) = mul(v17, 3)
#     v19: None = simple_call(v16, v18)
#     goto block1(v14, v15)
# }
# graph lists.slices(v0: list(int)) -> list(int) {
# block0(v0: list(int)):
#     v1: list(int) = getslice(v0, None, 2, None)
#     v2: list(int) = getslice(v0, 1, None, None)
#     v3: list(int) = getslice(v0, 1, -1, None)
#     v4: list(int) = newlist(9, 9)
#     v5: None = setslice(v0, 0, 1, None, v4)
#     v6: None = delitem(v0, 0)
#     v7: list(int) = add(v1, v2)
#     v8: list(int) = add(v7, v3)
#     goto return(v8)
# }
# graph lists.strs() -> (list(str), int>=0, bool, list(str)) {
# block0():
#     v0: list(str) = newlist('b', 'a')
#     v1: method(list.sort) = getattr(v0, 'sort')
#     v2: None = simple_call(v1)
#     v3: method(list.reverse) = getattr(v0, 'reverse')
#     v4: None = simple_call(v3)
#     v5: method(list.index) = getattr(v0, 'index')
#     v6: int>=0 = simple_call(v5, 'a')
#     v7: bool = contains(v0, 'a')
#     v8: list(str) = simple_call(sorted, v0)
#     v9: (list(str), int>=0, bool, list(str)) = newtuple(v0, v6, v7, v8)
#     goto return(v9)
# }
