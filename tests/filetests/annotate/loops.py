# test: annotate
# functions: over_range over_list over_str over_dict over_enumerate over_zip over_reversed countdown
# for loops over range, lists, strings, dicts, enumerate, zip and reversed; while, break,
# continue, else.
def over_range(n):
    total = 0
    for i in range(n):
        total += i
    for j in range(10, 0, -2):
        total -= j
    return total


def over_list(xs):
    best = 0
    for x in xs:
        if x < 0:
            continue
        if x > 100:
            break
        best = max(best, x)
    else:
        best += 1
    return best


def over_str(s):
    vowels = 0
    for c in s:
        if c in "aeiou":
            vowels += 1
    return vowels


def over_dict(d):
    keys = []
    for k, v in d.items():
        keys.append(k * v)
    return keys


def over_enumerate(xs):
    pairs = []
    for i, x in enumerate(xs):
        pairs.append((i, x))
    return pairs


def over_zip(xs, names):
    out = []
    for x, name in zip(xs, names):
        out.append(name + str(x))
    return out


def over_reversed(xs):
    out = []
    for x in reversed(xs):
        out.append(x)
    return out


def countdown(n):
    while n > 0:
        n -= 1
    return n


def entry_point(argv):
    xs = [3, -1, 7]
    print(over_range(len(argv) + 4), over_list(xs), over_str("banana"))
    print(over_dict({"a": 2}), over_enumerate(xs), over_zip(xs, ["p", "q"]))
    print(over_reversed(xs), countdown(5))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph loops.countdown(v0: int=5) -> int {
# block0(v0: int=5):
#     goto block1(v0)
# block1(v1: int):
#     v2: bool = gt(v1, 0)
#     v3: bool = bool_(v2)
#     branch v3 [true: block2(v1), false: return(v1)]
# block2(v4: int):
#     v5: int = inplace_sub(v4, 1)
#     goto block1(v5)
# }
# graph loops.over_dict(v0: dict(str, int)) -> list(str) {
# block0(v0: dict(str, int)):
#     v1: list(str) = newlist()
#     v2: method(dict.items) = getattr(v0, 'items')
#     v3: dict_items(dict(str, int)) = simple_call(v2)
#     v4: iter(dict(str, int)) = iter(v3)
#     goto block1(v1, v4)
# block1(v5: list(str), v6: iter(dict(str, int))):
#     v7: (char='a', int=2) = next(v6)
#     exits [normal: block2(v5, v6, v7), except StopIteration as (v8: type(StopIteration), v9: StopIteration): return(v5)]
# block2(v10: list(str), v11: iter(dict(str, int)), v12: (char='a', int=2)):
#     v13: None = unpack_check(v12, 2)
#     v14: char='a' = getitem(v12, 0)
#     v15: int=2 = getitem(v12, 1)
#     v16: method(list.append) = getattr(v10, 'append')
#     v17: str = mul(v14, v15)
#     v18: None = simple_call(v16, v17)
#     goto block1(v10, v11)
# }
# graph loops.over_enumerate(v0: list(int)) -> list((int, int)) {
# block0(v0: list(int)):
#     v1: list((int, int)) = newlist()
#     v2: iter(iter(list(int))) = simple_call(enumerate, v0)
#     v3: iter(iter(list(int))) = iter(v2)
#     goto block1(v1, v3)
# block1(v4: list((int, int)), v5: iter(iter(list(int)))):
#     v6: (int>=0, int) = next(v5)
#     exits [normal: block2(v4, v5, v6), except StopIteration as (v7: type(StopIteration), v8: StopIteration): return(v4)]
# block2(v9: list((int, int)), v10: iter(iter(list(int))), v11: (int>=0, int)):
#     v12: None = unpack_check(v11, 2)
#     v13: int>=0 = getitem(v11, 0)
#     v14: int = getitem(v11, 1)
#     v15: method(list.append) = getattr(v9, 'append')
#     v16: (int>=0, int) = newtuple(v13, v14)
#     v17: None = simple_call(v15, v16)
#     goto block1(v9, v10)
# }
# graph loops.over_list(v0: list(int)) -> int {
# block0(v0: list(int)):
#     v1: iter(list(int)) = iter(v0)
#     goto block1(0, v1)
# block1(v2: int, v3: iter(list(int))):
#     v4: int = next(v3)
#     exits [normal: block3(v2, v3, v4), except StopIteration as (v5: type(StopIteration), v6: StopIteration): block2(v2)]
# block2(v7: int):
#     v8: int = inplace_add(v7, 1)
#     goto return(v8)
# block3(v9: int, v10: iter(list(int)), v11: int):
#     v12: bool = lt(v11, 0)
#     v13: bool = bool_(v12)
#     branch v13 [true: block1(v9, v10), false: block4(v9, v11, v10)]
# block4(v14: int, v15: int, v16: iter(list(int))):
#     v17: bool = gt(v15, 100)
#     v18: bool = bool_(v17)
#     branch v18 [true: return(v14), false: block5(v14, v15, v16)]
# block5(v19: int, v20: int, v21: iter(list(int))):
#     v22: int = simple_call(max, v19, v20)
#     goto block1(v22, v21)
# }
# graph loops.over_range(v0: int>=0) -> int {
# block0(v0: int>=0):
#     goto block1(0, 0, v0)
# block1(v1: int>=0, v2: int>=0, v3: int>=0):
#     v4: bool = lt(v2, v3)
#     branch v4 [true: block4(v1, v2, v3), false: block2(v1, 10, 0)]
# block2(v5: int, v6: int, v7: int=0):
#     v8: bool = gt(v6, v7)
#     branch v8 [true: block3(v5, v6, v7), false: return(v5)]
# block3(v9: int, v10: int, v11: int=0):
#     v12: int = add(v10, -2)
#     v13: int = inplace_sub(v9, v10)
#     goto block2(v13, v12, v11)
# block4(v14: int>=0, v15: int>=0, v16: int>=0):
#     v17: int>=0 = add(v15, 1)
#     v18: int>=0 = inplace_add(v14, v15)
#     goto block1(v18, v17, v16)
# }
# graph loops.over_reversed(v0: list(int)) -> list(int) {
# block0(v0: list(int)):
#     v1: list(int) = newlist()
#     v2: iter(list(int)) = simple_call(reversed, v0)
#     v3: iter(list(int)) = iter(v2)
#     goto block1(v1, v3)
# block1(v4: list(int), v5: iter(list(int))):
#     v6: int = next(v5)
#     exits [normal: block2(v4, v5, v6), except StopIteration as (v7: type(StopIteration), v8: StopIteration): return(v4)]
# block2(v9: list(int), v10: iter(list(int)), v11: int):
#     v12: method(list.append) = getattr(v9, 'append')
#     v13: None = simple_call(v12, v11)
#     goto block1(v9, v10)
# }
# graph loops.over_str(v0: str='banana') -> int>=0 {
# block0(v0: str='banana'):
#     v1: iter(str='banana') = iter(v0)
#     goto block1(0, v1)
# block1(v2: int>=0, v3: iter(str='banana')):
#     v4: char = next(v3)
#     exits [normal: block2(v2, v3, v4), except StopIteration as (v5: type(StopIteration), v6: StopIteration): return(v2)]
# block2(v7: int>=0, v8: iter(str='banana'), v9: char):
#     v10: bool = contains('aeiou', v9)
#     v11: bool = bool_(v10)
#     branch v11 [true: block3(v7, v8), false: block1(v7, v8)]
# block3(v12: int>=0, v13: iter(str='banana')):
#     v14: int>=0 = inplace_add(v12, 1)
#     goto block1(v14, v13)
# }
# graph loops.over_zip(v0: list(int), v1: list(str)) -> list(str) {
# block0(v0: list(int), v1: list(str)):
#     v2: list(str) = newlist()
#     v3: iter(iter(list(int)), iter(list(str))) = simple_call(zip, v0, v1)
#     v4: iter(iter(list(int)), iter(list(str))) = iter(v3)
#     goto block1(v2, v4)
# block1(v5: list(str), v6: iter(iter(list(int)), iter(list(str)))):
#     v7: (int, char) = next(v6)
#     exits [normal: block2(v5, v6, v7), except StopIteration as (v8: type(StopIteration), v9: StopIteration): return(v5)]
# block2(v10: list(str), v11: iter(iter(list(int)), iter(list(str))), v12: (int, char)):
#     v13: None = unpack_check(v12, 2)
#     v14: int = getitem(v12, 0)
#     v15: char = getitem(v12, 1)
#     v16: method(list.append) = getattr(v10, 'append')
#     v17: str = simple_call(str, v14)
#     v18: str = add(v15, v17)
#     v19: None = simple_call(v16, v18)
#     goto block1(v10, v11)
# }
