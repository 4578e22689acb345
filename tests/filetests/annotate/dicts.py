# test: annotate
# functions: count views ops tuple_keys
# Dicts: keys and values shared per creation site, get/pop/setdefault, views, tuple keys.
def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def views(d):
    total = 0
    for k in d:
        total += len(k)
    for v in d.values():
        total += v
    for k, v in d.items():
        total += v * len(k)
    return total, list(d.keys())


def ops(d):
    d2 = d.copy()
    d2.update({"z": 26})
    x = d2.pop("z")
    y = d2.pop("q", -1)
    d2.setdefault("w", 0)
    del d2["w"]
    return x + y, "a" in d2, len(d2)


def tuple_keys():
    grid = {(0, 0): "origin"}
    grid[(1, 2)] = "point"
    return grid[(0, 0)], grid.get((5, 5))


def entry_point(argv):
    c = count(["a", "b", "a"])
    print(views(c), ops(c), tuple_keys())
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph dicts.count(v0: list(str)) -> dict(str, int) {
# block0(v0: list(str)):
#     v1: dict(str, int) = newdict()
#     v2: iter(list(str)) = iter(v0)
#     goto block1(v1, v2)
# block1(v3: dict(str, int), v4: iter(list(str))):
#     v5: char = next(v4)
#     exits [normal: block2(v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): return(v3)]
# block2(v8: dict(str, int), v9: iter(list(str)), v10: char):
#     v11: method(dict.get) = getattr(v8, 'get')
#     v12: int>=0 = simple_call(v11, v10, 0)
#     v13: int>=0 = add(v12, 1)
#     v14: None = setitem(v8, v10, v13)
#     goto block1(v8, v9)
# }
# graph dicts.ops(v0: dict(str, int)) -> (int, bool, int>=0) {
# block0(v0: dict(str, int)):
#     v1: method(dict.copy) = getattr(v0, 'copy')
#     v2: dict(str, int) = simple_call(v1)
#     v3: method(dict.update) = getattr(v2, 'update')
#     v4: dict(str, int) = newdict('z', 26)
#     v5: None = simple_call(v3, v4)
#     v6: method(dict.pop) = getattr(v2, 'pop')
#     v7: int>=0 = simple_call(v6, 'z')
#     v8: method(dict.pop) = getattr(v2, 'pop')
#     v9: int = simple_call(v8, 'q', -1)
#     v10: method(dict.setdefault) = getattr(v2, 'setdefault')
#     v11: int>=0 = simple_call(v10, 'w', 0)
#     v12: None = delitem(v2, 'w')
#     v13: int = add(v7, v9)
#     v14: bool = contains(v2, 'a')
#     v15: int>=0 = simple_call(len, v2)
#     v16: (int, bool, int>=0) = newtuple(v13, v14, v15)
#     goto return(v16)
# }
# graph dicts.tuple_keys() -> (str, str?) {
# block0():
#     v0: dict((int, int), str) = newdict((0, 0), 'origin')
#     v1: None = setitem(v0, (1, 2), 'point')
#     v2: str = getitem(v0, (0, 0))
#     v3: method(dict.get) = getattr(v0, 'get')
#     v4: str? = simple_call(v3, (5, 5))
#     v5: (str, str?) = newtuple(v2, v4)
#     goto return(v5)
# }
# graph dicts.views(v0: dict(str, int)) -> (int>=0, list(str)) {
# block0(v0: dict(str, int)):
#     v1: iter(dict(str, int)) = iter(v0)
#     goto block1(v0, 0, v1)
# block1(v2: dict(str, int), v3: int>=0, v4: iter(dict(str, int))):
#     v5: char = next(v4)
#     exits [normal: block9(v2, v3, v4, v5), except StopIteration as (v6: type(StopIteration), v7: StopIteration): block2(v2, v3)]
# block2(v8: dict(str, int), v9: int>=0):
#     v10: method(dict.values) = getattr(v8, 'values')
#     v11: dict_values(dict(str, int)) = simple_call(v10)
#     v12: iter(dict(str, int)) = iter(v11)
#     goto block3(v8, v9, v12)
# block3(v13: dict(str, int), v14: int>=0, v15: iter(dict(str, int))):
#     v16: int>=0 = next(v15)
#     exits [normal: block8(v13, v14, v15, v16), except StopIteration as (v17: type(StopIteration), v18: StopIteration): block4(v13, v14)]
# block4(v19: dict(str, int), v20: int>=0):
#     v21: method(dict.items) = getattr(v19, 'items')
#     v22: dict_items(dict(str, int)) = simple_call(v21)
#     v23: iter(dict(str, int)) = iter(v22)
#     goto block5(v19, v20, v23)
# block5(v24: dict(str, int), v25: int>=0, v26: iter(dict(str, int))):
#     v27: (char, int>=0) = next(v26)
#     exits [normal: block7(v24, v25, v26, v27), except StopIteration as (v28: type(StopIteration), v29: StopIteration): block6(v24, v25)]
# block6(v30: dict(str, int), v31: int>=0):
#     v32: method(dict.keys) = getattr(v30, 'keys')
#     v33: dict_keys(dict(str, int)) = simple_call(v32)
#     v34: list(str) = simple_call(list, v33)
#     v35: (int>=0, list(str)) = newtuple(v31, v34)
#     goto return(v35)
# block7(v36: dict(str, int), v37: int>=0, v38: iter(dict(str, int)), v39: (char, int>=0)):
#     v40: None = unpack_check(v39, 2)
#     v41: char = getitem(v39, 0)
#     v42: int>=0 = getitem(v39, 1)
#     v43: int=1 = simple_call(len, v41)
#     v44: int>=0 = mul(v42, v43)
#     v45: int>=0 = inplace_add(v37, v44)
#     goto block5(v36, v45, v38)
# block8(v46: dict(str, int), v47: int>=0, v48: iter(dict(str, int)), v49: int>=0):
#     v50: int>=0 = inplace_add(v47, v49)
#     goto block3(v46, v50, v48)
# block9(v51: dict(str, int), v52: int>=0, v53: iter(dict(str, int)), v54: char):
#     v55: int=1 = simple_call(len, v54)
#     v56: int>=0 = inplace_add(v52, v55)
#     goto block1(v51, v56, v53)
# }
