# test: annotate
# functions: make_counter bump adder <lambda> apply_twice accumulate add
# Run-time closures: nested functions and lambdas capturing variables, nonlocal writes that
# widen what every reader of the cell sees, closures passed around as values.
def make_counter(start):
    count = start

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


def adder(k):
    return lambda x: x + k


def apply_twice(f, x):
    return f(f(x))


def accumulate(words):
    seen = []

    def add(w):
        seen.append(w)
        return len(seen)

    for w in words:
        add(w)
    return seen


def entry_point(argv):
    bump = make_counter(len(argv))
    print(bump(2), bump(3))
    print(apply_twice(adder(10), 1), accumulate(["x", "yz"]))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph closures.accumulate(v0: list(str)) -> list(str) {
#     ; g0 = function closures.accumulate.<locals>.add
# block0(v0: list(str)):
#     v1: cell(list(str)) = newcell(<empty cell>)
#     v2: list(str) = newlist()
#     v3: None = cell_set(v1, v2)
#     v4: func(closures.accumulate.<locals>.add) = make_function(g0, v1)
#     v5: iter(list(str)) = iter(v0)
#     goto block1(v1, v4, v5)
# block1(v6: cell(list(str)), v7: func(closures.accumulate.<locals>.add), v8: iter(list(str))):
#     v9: str = next(v8)
#     exits [normal: block3(v6, v7, v8, v9), except StopIteration as (v10: type(StopIteration), v11: StopIteration): block2(v6)]
# block2(v12: cell(list(str))):
#     v13: list(str) = cell_get(v12)
#     goto return(v13)
# block3(v14: cell(list(str)), v15: func(closures.accumulate.<locals>.add), v16: iter(list(str)), v17: str):
#     v18: int>=0 = simple_call(v15, v17)
#     goto block1(v14, v15, v16)
# }
# graph closures.accumulate.<locals>.add(v0: str) -> int>=0 {
# block0(v0: str):
#     v1: cell(list(str)) = closure_cell(0)
#     v2: list(str) = cell_get(v1)
#     v3: method(list.append) = getattr(v2, 'append')
#     v4: None = simple_call(v3, v0)
#     v5: cell(list(str)) = closure_cell(0)
#     v6: list(str) = cell_get(v5)
#     v7: int>=0 = simple_call(len, v6)
#     goto return(v7)
# }
# graph closures.adder(v0: int=10) -> func(closures.adder.<locals>.<lambda>) {
#     ; g0 = function closures.adder.<locals>.<lambda>
# block0(v0: int=10):
#     v1: cell(int) = newcell(<empty cell>)
#     v2: None = cell_set(v1, v0)
#     v3: func(closures.adder.<locals>.<lambda>) = make_function(g0, v1)
#     goto return(v3)
# }
# graph closures.adder.<locals>.<lambda>(v0: int>=0) -> int>=0 {
# block0(v0: int>=0):
#     v1: cell(int) = closure_cell(0)
#     v2: int=10 = cell_get(v1)
#     v3: int>=0 = add(v0, v2)
#     goto return(v3)
# }
# graph closures.apply_twice(v0: func(closures.adder.<locals>.<lambda>), v1: int=1) -> int>=0 {
# block0(v0: func(closures.adder.<locals>.<lambda>), v1: int=1):
#     v2: int>=0 = simple_call(v0, v1)
#     v3: int>=0 = simple_call(v0, v2)
#     goto return(v3)
# }
# graph closures.make_counter(v0: int>=0) -> func(closures.make_counter.<locals>.bump) {
#     ; g0 = function closures.make_counter.<locals>.bump
# block0(v0: int>=0):
#     v1: cell(int) = newcell(<empty cell>)
#     v2: None = cell_set(v1, v0)
#     v3: func(closures.make_counter.<locals>.bump) = make_function(g0, v1)
#     goto return(v3)
# }
# graph closures.make_counter.<locals>.bump(v0: int>=0) -> int>=0 {
# block0(v0: int>=0):
#     v1: cell(int) = closure_cell(0)
#     v2: int>=0 = cell_get(v1)
#     v3: int>=0 = inplace_add(v2, v0)
#     v4: cell(int) = closure_cell(0)
#     v5: None = cell_set(v4, v3)
#     v6: cell(int) = closure_cell(0)
#     v7: int>=0 = cell_get(v6)
#     goto return(v7)
# }
