# test: flow
# Graph names are unique: two generator expressions (or lambdas, or defs of one name) in one
# function share their qualname, as in CPython, so the second graph is `<genexpr>.2`; the
# functions one def makes at load time (a factory) are numbered in load order, and each has
# its own nested functions, which read its own closure.
def f(xs):
    a = sum(x + 1 for x in xs)
    b = sum(x * 2 for x in xs)
    g = lambda y: y + a
    h = lambda y: b - y
    return g(1) + h(2)


def pick(flag):
    if flag:
        def choice():
            return 1
    else:
        def choice():
            return 2
    return choice()


def make(k):
    def add_all(xs):
        return sum(x + k for x in xs)
    return add_all


ADD_ONE = make(1)
ADD_HUNDRED = make(100)


def entry_point(argv):
    print(f([1, 2, 3]), pick(True), pick(False), ADD_ONE([1, 2]), ADD_HUNDRED([1, 2]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph names.entry_point(v0) {
#     ; g0 = function names.f
#     ; g1 = function names.pick
#     ; g2 = function names.make.<locals>.add_all
#     ; g3 = function names.make.<locals>.add_all
# block0(v0):
#     v1 = newlist(1, 2, 3)
#     v2 = simple_call(g0, v1)
#     v3 = simple_call(g1, True)
#     v4 = simple_call(g1, False)
#     v5 = newlist(1, 2)
#     v6 = simple_call(g2, v5)
#     v7 = newlist(1, 2)
#     v8 = simple_call(g3, v7)
#     v9 = simple_call(print, v2, v3, v4, v6, v8)
#     goto return(0)
# }
# graph names.f(v0) {
#     ; g0 = function names.f.<locals>.<genexpr>
#     ; g1 = function names.f.<locals>.<genexpr>
#     ; g2 = function names.f.<locals>.<lambda>
#     ; g3 = function names.f.<locals>.<lambda>
# block0(v0):
#     v1 = newcell(<empty cell>)
#     v2 = newcell(<empty cell>)
#     v3 = iter(v0)
#     v4 = make_function(g0)
#     v5 = simple_call(v4, v3)
#     v6 = simple_call(sum, v5)
#     v7 = cell_set(v1, v6)
#     v8 = iter(v0)
#     v9 = make_function(g1)
#     v10 = simple_call(v9, v8)
#     v11 = simple_call(sum, v10)
#     v12 = cell_set(v2, v11)
#     v13 = make_function(g2, v1)
#     v14 = make_function(g3, v2)
#     v15 = simple_call(v13, 1)
#     v16 = simple_call(v14, 2)
#     v17 = add(v15, v16)
#     goto return(v17)
# }
# graph names.f.<locals>.<genexpr>(v0) {
#     ; g0 = class names.f.<locals>.<genexpr>.<generator>
# block0(v0):
#     v1 = simple_call(g0)
#     v2 = setattr(v1, 'resume', 0)
#     v3 = setattr(v1, 'arg0', v0)
#     goto return(v1)
# }
# graph names.f.<locals>.<genexpr>.2(v0) {
#     ; g0 = class names.f.<locals>.<genexpr>.2.<generator>
# block0(v0):
#     v1 = simple_call(g0)
#     v2 = setattr(v1, 'resume', 0)
#     v3 = setattr(v1, 'arg0', v0)
#     goto return(v1)
# }
# graph names.f.<locals>.<genexpr>.2.<generator>.__iter__(v0) {
# block0(v0):
#     goto return(v0)
# }
# graph names.f.<locals>.<genexpr>.2.<generator>.__next__(v0) {
# block0(v0):
#     v1 = getattr(v0, 'resume')
#     switch v1 [case 0: block3(v0), case 1: block2(v0), default: block1()]
# block1():
#     v2 = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3):
#     v4 = getattr(v3, 'y1_0')
#     goto block4(v3, v4)
# block3(v5):
#     v6 = getattr(v5, 'arg0')
#     goto block4(v5, v6)
# block4(v7, v8):
#     v9 = next(v8)
#     exits [normal: block6(v7, v8, v9), except StopIteration as (v10, v11): block5(v7)]
# block5(v12):
#     v13 = setattr(v12, 'resume', -1)
#     v14 = simple_call(StopIteration)
#     goto raise(StopIteration, v14)
# block6(v15, v16, v17):
#     v18 = mul(v17, 2)
#     v19 = setattr(v15, 'y1_0', v16)
#     v20 = setattr(v15, 'resume', 1)
#     goto return(v18)
# }
# graph names.f.<locals>.<genexpr>.<generator>.__iter__(v0) {
# block0(v0):
#     goto return(v0)
# }
# graph names.f.<locals>.<genexpr>.<generator>.__next__(v0) {
# block0(v0):
#     v1 = getattr(v0, 'resume')
#     switch v1 [case 0: block3(v0), case 1: block2(v0), default: block1()]
# block1():
#     v2 = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3):
#     v4 = getattr(v3, 'y1_0')
#     goto block4(v3, v4)
# block3(v5):
#     v6 = getattr(v5, 'arg0')
#     goto block4(v5, v6)
# block4(v7, v8):
#     v9 = next(v8)
#     exits [normal: block6(v7, v8, v9), except StopIteration as (v10, v11): block5(v7)]
# block5(v12):
#     v13 = setattr(v12, 'resume', -1)
#     v14 = simple_call(StopIteration)
#     goto raise(StopIteration, v14)
# block6(v15, v16, v17):
#     v18 = add(v17, 1)
#     v19 = setattr(v15, 'y1_0', v16)
#     v20 = setattr(v15, 'resume', 1)
#     goto return(v18)
# }
# graph names.f.<locals>.<lambda>(v0) {
# block0(v0):
#     v1 = closure_cell(0)
#     v2 = cell_get(v1)
#     v3 = add(v0, v2)
#     goto return(v3)
# }
# graph names.f.<locals>.<lambda>.2(v0) {
# block0(v0):
#     v1 = closure_cell(0)
#     v2 = cell_get(v1)
#     v3 = sub(v2, v0)
#     goto return(v3)
# }
# graph names.make.<locals>.add_all(v0) {
#     ; g0 = function names.make.<locals>.add_all.<locals>.<genexpr>
# block0(v0):
#     v1 = iter(v0)
#     v2 = make_function(g0)
#     v3 = simple_call(v2, v1)
#     v4 = simple_call(sum, v3)
#     goto return(v4)
# }
# graph names.make.<locals>.add_all.2(v0) {
#     ; g0 = function names.make.<locals>.add_all.<locals>.<genexpr>
# block0(v0):
#     v1 = iter(v0)
#     v2 = make_function(g0)
#     v3 = simple_call(v2, v1)
#     v4 = simple_call(sum, v3)
#     goto return(v4)
# }
# graph names.make.<locals>.add_all.2.<locals>.<genexpr>(v0) {
#     ; g0 = class names.make.<locals>.add_all.2.<locals>.<genexpr>.<generator>
# block0(v0):
#     v1 = simple_call(g0)
#     v2 = setattr(v1, 'resume', 0)
#     v3 = setattr(v1, 'arg0', v0)
#     goto return(v1)
# }
# graph names.make.<locals>.add_all.2.<locals>.<genexpr>.<generator>.__iter__(v0) {
# block0(v0):
#     goto return(v0)
# }
# graph names.make.<locals>.add_all.2.<locals>.<genexpr>.<generator>.__next__(v0) {
# block0(v0):
#     v1 = getattr(v0, 'resume')
#     switch v1 [case 0: block3(v0), case 1: block2(v0), default: block1()]
# block1():
#     v2 = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3):
#     v4 = getattr(v3, 'y1_0')
#     goto block4(v3, v4)
# block3(v5):
#     v6 = getattr(v5, 'arg0')
#     goto block4(v5, v6)
# block4(v7, v8):
#     v9 = next(v8)
#     exits [normal: block6(v7, v8, v9), except StopIteration as (v10, v11): block5(v7)]
# block5(v12):
#     v13 = setattr(v12, 'resume', -1)
#     v14 = simple_call(StopIteration)
#     goto raise(StopIteration, v14)
# block6(v15, v16, v17):
#     v18 = add(v17, 100)
#     v19 = setattr(v15, 'y1_0', v16)
#     v20 = setattr(v15, 'resume', 1)
#     goto return(v18)
# }
# graph names.make.<locals>.add_all.<locals>.<genexpr>(v0) {
#     ; g0 = class names.make.<locals>.add_all.<locals>.<genexpr>.<generator>
# block0(v0):
#     v1 = simple_call(g0)
#     v2 = setattr(v1, 'resume', 0)
#     v3 = setattr(v1, 'arg0', v0)
#     goto return(v1)
# }
# graph names.make.<locals>.add_all.<locals>.<genexpr>.<generator>.__iter__(v0) {
# block0(v0):
#     goto return(v0)
# }
# graph names.make.<locals>.add_all.<locals>.<genexpr>.<generator>.__next__(v0) {
# block0(v0):
#     v1 = getattr(v0, 'resume')
#     switch v1 [case 0: block3(v0), case 1: block2(v0), default: block1()]
# block1():
#     v2 = simple_call(StopIteration)
#     goto raise(StopIteration, v2)
# block2(v3):
#     v4 = getattr(v3, 'y1_0')
#     goto block4(v3, v4)
# block3(v5):
#     v6 = getattr(v5, 'arg0')
#     goto block4(v5, v6)
# block4(v7, v8):
#     v9 = next(v8)
#     exits [normal: block6(v7, v8, v9), except StopIteration as (v10, v11): block5(v7)]
# block5(v12):
#     v13 = setattr(v12, 'resume', -1)
#     v14 = simple_call(StopIteration)
#     goto raise(StopIteration, v14)
# block6(v15, v16, v17):
#     v18 = add(v17, 1)
#     v19 = setattr(v15, 'y1_0', v16)
#     v20 = setattr(v15, 'resume', 1)
#     goto return(v18)
# }
# graph names.pick(v0) {
#     ; g0 = function names.pick.<locals>.choice
#     ; g1 = function names.pick.<locals>.choice
# block0(v0):
#     v1 = bool_(v0)
#     branch v1 [true: block2(), false: block1()]
# block1():
#     v2 = make_function(g0)
#     goto block3(v2)
# block2():
#     v3 = make_function(g1)
#     goto block3(v3)
# block3(v4):
#     v5 = simple_call(v4)
#     goto return(v5)
# }
# graph names.pick.<locals>.choice() {
# block0():
#     goto return(1)
# }
# graph names.pick.<locals>.choice.2() {
# block0():
#     goto return(2)
# }
