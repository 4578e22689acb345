# test: lltype
# functions: scaled run Expr.eval Num.eval Add.eval apply keywords spread Point.__init__ Point.moved star_builtins dispatch
# Calls: defaults and keywords become constant arguments; a method passes its object as self;
# an overridden method is called through a slot of the base class's vtable (indirect_call);
# a function value is a function pointer of its call family's type; methods of different names
# bound to instances in one value are a boundmethod struct {self, fn} (fn read from the vtable
# slot when subclasses override the method). Calls with keywords or
# `*t` (call_args) pass each parameter what the annotator matched: an operand, an item of t, a
# default; a class called with keywords allocates the instance and calls __init__ the same way.
# (A *args parameter, a new tuple of what it collects, is in tests/annotate/accepted/
# call_arguments.py: its graphs are named `f[*N]`, which the low-level text cannot read back.)
class Expr(object):
    def eval(self, env):
        raise NotImplementedError

    def size(self, env):
        return env


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v


class Add(Expr):
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def eval(self, env):
        return self.a.eval(env) + self.b.eval(env) * env


def scaled(x, factor=3, offset=1):
    return x * factor + offset


def double(x):
    return x * 2


def square(x):
    return x * x


def apply(n):
    f = double if n > 2 else square
    return f(n)


class Point(object):
    def __init__(self, x, y=0, *, label="p"):
        self.x = x
        self.y = y
        self.label = label

    def moved(self, dx, *, scale=1):
        return Point(self.x + dx * scale, y=self.y, label=self.label)


def clamp(value, low=0, high=255):
    return min(max(value, low), high)


def spread(t):
    return clamp(*t)


def keywords(n):
    p = Point(n, label="q")
    q = Point(y=2, x=n).moved(1, scale=3)
    return p.x + q.x + clamp(n, high=10) + clamp(low=2, value=n) + spread((n, 1, 5)) + clamp(n, *(3, 4))


def run(n):
    e = Add(Num(n), Add(Num(4), Num(5)))
    return e.eval(2) + scaled(n) + scaled(n, offset=7) + apply(n)


def star_builtins(n):
    # *t to a built-in: the converter passes the tuple's items as separate operands.
    t = (n, "a")
    print(*t, sep="-")
    return len(*([n],))


def dispatch(n):
    e = Add(Num(n), Num(2)) if n > 1 else Num(n)
    table = [e.eval, e.size]
    return table[n % 2](n)


def entry_point(argv):
    print(run(len(argv)), keywords(len(argv)), star_builtins(len(argv)), dispatch(len(argv)))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph calls.Add.eval(v0: Ptr(GcStruct calls.Expr), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct calls.Expr), v1: Signed):
#     v2: Ptr(GcStruct calls.Add) = cast_pointer(v0)
#     v3: Ptr(GcStruct calls.Num) = getfield(v2, "inst_a")
#     v4: Ptr(GcStruct calls.Expr) = cast_pointer(v3)
#     v5: Signed = direct_call(&calls.Num.eval, v4, v1)
#     v6: Ptr(GcStruct calls.Expr) = getfield(v2, "inst_b")
#     v7: Ptr(GcStruct object) = cast_pointer(v6)
#     v8: Ptr(Struct object_vtable) = getfield(v7, "typeptr")
#     v9: Ptr(Struct calls.Expr_vtable) = cast_pointer(v8)
#     v10: Ptr(Func(Ptr(GcStruct calls.Expr), Signed) -> Signed) = getfield(v9, "method_eval")
#     v11: Signed = indirect_call(v10, v6, v1, "calls.Add.eval calls.Num.eval calls.Expr.eval")
#     v12: Signed = int_mul(v11, v1)
#     v13: Signed = int_add(v5, v12)
#     goto return(v13)
# }
# graph calls.Expr.eval(v0: Ptr(GcStruct calls.Expr), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct calls.Expr), v1: Signed):
#     v2: Ptr(GcStruct NotImplementedError) = malloc(<GcStruct NotImplementedError>)
#     v3: Ptr(GcStruct object) = cast_pointer(v2)
#     v4: Ptr(Struct object_vtable) = cast_pointer(@vtable_NotImplementedError)
#     setfield(v3, "typeptr", v4)
#     v5: Ptr(GcStruct BaseException) = cast_pointer(v2)
#     setfield(v5, "message", @str.2)
#     v6: Ptr(Struct object_vtable) = cast_pointer(@vtable_NotImplementedError)
#     v7: Ptr(GcStruct object) = cast_pointer(v2)
#     goto raise(v6, v7)
# }
# graph calls.Num.eval(v0: Ptr(GcStruct calls.Expr), v1: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct calls.Expr), v1: Signed):
#     v2: Ptr(GcStruct calls.Num) = cast_pointer(v0)
#     v3: Signed = getfield(v2, "inst_v")
#     goto return(v3)
# }
# graph calls.Point.__init__(v0: Ptr(GcStruct calls.Point), v1: Signed, v2: Signed, v3: UniChar) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct calls.Point), v1: Signed, v2: Signed, v3: UniChar):
#     setfield(v0, "inst_x", v1)
#     setfield(v0, "inst_y", v2)
#     setfield(v0, "inst_label", v3)
#     goto return("")
# }
# graph calls.Point.moved(v0: Ptr(GcStruct calls.Point), v1: Signed, v2: Signed) -> Ptr(GcStruct calls.Point) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct calls.Point), v1: Signed, v2: Signed):
#     v3: Signed = getfield(v0, "inst_x")
#     v4: Signed = int_mul(v1, v2)
#     v5: Signed = int_add(v3, v4)
#     v6: Signed = getfield(v0, "inst_y")
#     v7: UniChar = getfield(v0, "inst_label")
#     v8: Ptr(GcStruct calls.Point) = malloc(<GcStruct calls.Point>)
#     v9: Ptr(GcStruct object) = cast_pointer(v8)
#     v10: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Point)
#     setfield(v9, "typeptr", v10)
#     v11: Void = direct_call(&calls.Point.__init__, v8, v5, v6, v7)
#     goto return(v8)
# }
# graph calls.apply(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 2)
#     branch v1 [true: block2(v0), false: block1(v0)]
# block1(v2: Signed):
#     goto block3(v2, &calls.square: Ptr(Func(Signed) -> Signed))
# block2(v3: Signed):
#     goto block3(v3, &calls.double: Ptr(Func(Signed) -> Signed))
# block3(v4: Signed, v5: Ptr(Func(Signed) -> Signed)):
#     v6: Signed = indirect_call(v5, v4, "calls.double calls.square")
#     goto return(v6)
# }
# graph calls.dispatch(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Bool = int_gt(v0, 1)
#     branch v1 [true: block2(v0), false: block1(v0)]
# block1(v2: Signed):
#     v3: Ptr(GcStruct calls.Num) = malloc(<GcStruct calls.Num>)
#     v4: Ptr(GcStruct object) = cast_pointer(v3)
#     v5: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Num)
#     setfield(v4, "typeptr", v5)
#     v6: Void = direct_call(&calls.Num.__init__: Ptr(Func(Ptr(GcStruct calls.Num), Signed) -> Void), v3, v2)
#     v7: Ptr(GcStruct calls.Expr) = cast_pointer(v3)
#     goto block3(v2, v7)
# block2(v8: Signed):
#     v9: Ptr(GcStruct calls.Num) = malloc(<GcStruct calls.Num>)
#     v10: Ptr(GcStruct object) = cast_pointer(v9)
#     v11: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Num)
#     setfield(v10, "typeptr", v11)
#     v12: Void = direct_call(&calls.Num.__init__: Ptr(Func(Ptr(GcStruct calls.Num), Signed) -> Void), v9, v8)
#     v13: Ptr(GcStruct calls.Num) = malloc(<GcStruct calls.Num>)
#     v14: Ptr(GcStruct object) = cast_pointer(v13)
#     v15: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Num)
#     setfield(v14, "typeptr", v15)
#     v16: Void = direct_call(&calls.Num.__init__: Ptr(Func(Ptr(GcStruct calls.Num), Signed) -> Void), v13, 2)
#     v17: Ptr(GcStruct calls.Add) = malloc(<GcStruct calls.Add>)
#     v18: Ptr(GcStruct object) = cast_pointer(v17)
#     v19: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Add)
#     setfield(v18, "typeptr", v19)
#     v20: Ptr(GcStruct calls.Expr) = cast_pointer(v13)
#     v21: Void = direct_call(&calls.Add.__init__: Ptr(Func(Ptr(GcStruct calls.Add), Ptr(GcStruct calls.Num), Ptr(GcStruct calls.Expr)) -> Void), v17, v9, v20)
#     v22: Ptr(GcStruct calls.Expr) = cast_pointer(v17)
#     goto block3(v8, v22)
# block3(v23: Signed, v24: Ptr(GcStruct calls.Expr)):
#     v25: Ptr(GcStruct object) = cast_pointer(v24)
#     v26: Ptr(Struct object_vtable) = getfield(v25, "typeptr")
#     v27: Ptr(Struct calls.Expr_vtable) = cast_pointer(v26)
#     v28: Ptr(Func(Ptr(GcStruct calls.Expr), Signed) -> Signed) = getfield(v27, "method_eval")
#     v29: Ptr(GcStruct boundmethod) = malloc(<GcStruct boundmethod>)
#     setfield(v29, "self", v24)
#     setfield(v29, "fn", v28)
#     v30: Ptr(GcStruct boundmethod) = malloc(<GcStruct boundmethod>)
#     setfield(v30, "self", v24)
#     setfield(v30, "fn", &calls.Expr.size: Ptr(Func(Ptr(GcStruct calls.Expr), Signed) -> Signed))
#     v31: Ptr(GcArray(Ptr(GcStruct boundmethod))) = malloc_varsize(<GcArray(Ptr(GcStruct boundmethod))>, 2)
#     setarrayitem(v31, 0, v29)
#     setarrayitem(v31, 1, v30)
#     v32: Signed = int_mod(v23, 2)
#     v33: Signed = getarraysize(v31)
#     v34: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v32, v33, 0)
#     v35: Ptr(GcStruct boundmethod) = getarrayitem(v31, v34)
#     v36: Ptr(GcStruct calls.Expr) = getfield(v35, "self")
#     v37: Ptr(Func(Ptr(GcStruct calls.Expr), Signed) -> Signed) = getfield(v35, "fn")
#     v38: Signed = indirect_call(v37, v36, v23, "calls.Add.eval calls.Num.eval calls.Expr.eval calls.Expr.size")
#     goto return(v38)
# }
# graph calls.keywords(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct calls.Point) = malloc(<GcStruct calls.Point>)
#     v2: Ptr(GcStruct object) = cast_pointer(v1)
#     v3: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Point)
#     setfield(v2, "typeptr", v3)
#     v4: Void = direct_call(&calls.Point.__init__, v1, v0, 0, U'q')
#     v5: Ptr(GcStruct calls.Point) = malloc(<GcStruct calls.Point>)
#     v6: Ptr(GcStruct object) = cast_pointer(v5)
#     v7: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Point)
#     setfield(v6, "typeptr", v7)
#     v8: Void = direct_call(&calls.Point.__init__, v5, v0, 2, U'p')
#     v9: Ptr(GcStruct calls.Point) = direct_call(&calls.Point.moved, v5, 1, 3)
#     v10: Signed = getfield(v1, "inst_x")
#     v11: Signed = getfield(v9, "inst_x")
#     v12: Signed = int_add(v10, v11)
#     v13: Signed = direct_call(&calls.clamp: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, 0, 10)
#     v14: Signed = int_add(v12, v13)
#     v15: Signed = direct_call(&calls.clamp: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, 2, 255)
#     v16: Signed = int_add(v14, v15)
#     v17: Ptr(GcStruct tuple3_Signed_Signed_Signed) = malloc(<GcStruct tuple3_Signed_Signed_Signed>)
#     setfield(v17, "item0", v0)
#     setfield(v17, "item1", 1)
#     setfield(v17, "item2", 5)
#     v18: Signed = direct_call(&calls.spread, v17)
#     v19: Signed = int_add(v16, v18)
#     v20: Signed = direct_call(&calls.clamp: Ptr(Func(Signed, Signed, Signed) -> Signed), v0, 3, 4)
#     v21: Signed = int_add(v19, v20)
#     goto return(v21)
# }
# graph calls.run(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct calls.Num) = malloc(<GcStruct calls.Num>)
#     v2: Ptr(GcStruct object) = cast_pointer(v1)
#     v3: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Num)
#     setfield(v2, "typeptr", v3)
#     v4: Void = direct_call(&calls.Num.__init__: Ptr(Func(Ptr(GcStruct calls.Num), Signed) -> Void), v1, v0)
#     v5: Ptr(GcStruct calls.Num) = malloc(<GcStruct calls.Num>)
#     v6: Ptr(GcStruct object) = cast_pointer(v5)
#     v7: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Num)
#     setfield(v6, "typeptr", v7)
#     v8: Void = direct_call(&calls.Num.__init__: Ptr(Func(Ptr(GcStruct calls.Num), Signed) -> Void), v5, 4)
#     v9: Ptr(GcStruct calls.Num) = malloc(<GcStruct calls.Num>)
#     v10: Ptr(GcStruct object) = cast_pointer(v9)
#     v11: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Num)
#     setfield(v10, "typeptr", v11)
#     v12: Void = direct_call(&calls.Num.__init__: Ptr(Func(Ptr(GcStruct calls.Num), Signed) -> Void), v9, 5)
#     v13: Ptr(GcStruct calls.Add) = malloc(<GcStruct calls.Add>)
#     v14: Ptr(GcStruct object) = cast_pointer(v13)
#     v15: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Add)
#     setfield(v14, "typeptr", v15)
#     v16: Ptr(GcStruct calls.Expr) = cast_pointer(v9)
#     v17: Void = direct_call(&calls.Add.__init__: Ptr(Func(Ptr(GcStruct calls.Add), Ptr(GcStruct calls.Num), Ptr(GcStruct calls.Expr)) -> Void), v13, v5, v16)
#     v18: Ptr(GcStruct calls.Add) = malloc(<GcStruct calls.Add>)
#     v19: Ptr(GcStruct object) = cast_pointer(v18)
#     v20: Ptr(Struct object_vtable) = cast_pointer(@vtable_calls.Add)
#     setfield(v19, "typeptr", v20)
#     v21: Ptr(GcStruct calls.Expr) = cast_pointer(v13)
#     v22: Void = direct_call(&calls.Add.__init__: Ptr(Func(Ptr(GcStruct calls.Add), Ptr(GcStruct calls.Num), Ptr(GcStruct calls.Expr)) -> Void), v18, v1, v21)
#     v23: Ptr(GcStruct calls.Expr) = cast_pointer(v18)
#     v24: Signed = direct_call(&calls.Add.eval, v23, 2)
#     v25: Signed = direct_call(&calls.scaled, v0, 3, 1)
#     v26: Signed = int_add(v24, v25)
#     v27: Signed = direct_call(&calls.scaled, v0, 3, 7)
#     v28: Signed = int_add(v26, v27)
#     v29: Signed = direct_call(&calls.apply, v0)
#     v30: Signed = int_add(v28, v29)
#     goto return(v30)
# }
# graph calls.scaled(v0: Signed, v1: Signed, v2: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Signed, v2: Signed):
#     v3: Signed = int_mul(v0, v1)
#     v4: Signed = int_add(v3, v2)
#     goto return(v4)
# }
# graph calls.spread(v0: Ptr(GcStruct tuple3_Signed_Signed_Signed)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct tuple3_Signed_Signed_Signed)):
#     v1: Signed = getfield(v0, "item0")
#     v2: Signed = getfield(v0, "item1")
#     v3: Signed = getfield(v0, "item2")
#     v4: Signed = direct_call(&calls.clamp: Ptr(Func(Signed, Signed, Signed) -> Signed), v1, v2, v3)
#     goto return(v4)
# }
# graph calls.star_builtins(v0: Signed) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed):
#     v1: Ptr(GcStruct tuple2_Signed_UniChar) = malloc(<GcStruct tuple2_Signed_UniChar>)
#     setfield(v1, "item0", v0)
#     setfield(v1, "item1", U'a')
#     v2: Signed = getfield(v1, "item0")
#     v3: UniChar = getfield(v1, "item1")
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v2)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v4, @str.5)
#     v6: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v5)
#     v7: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 1)
#     setarrayitem(v7, 0, v0)
#     v8: Ptr(GcStruct tuple1_array_Signed) = malloc(<GcStruct tuple1_array_Signed>)
#     setfield(v8, "item0", v7)
#     v9: Ptr(GcArray(Signed)) = getfield(v8, "item0")
#     v10: Signed = getarraysize(v9)
#     goto return(v10)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct calls.Expr size=8 align=8 { super: GcStruct object @0 }
# Struct calls.Expr_vtable size=32 align=8 { super: Struct object_vtable @0, method_eval: Ptr(Func(Ptr(GcStruct calls.Expr), Signed) -> Signed) @24 }
# GcStruct calls.Num size=16 align=8 { super: GcStruct calls.Expr @0, inst_v: Signed @8 }
# Struct calls.Num_vtable size=32 align=8 { super: Struct calls.Expr_vtable @0 }
# GcStruct calls.Add size=24 align=8 { super: GcStruct calls.Expr @0, inst_a: Ptr(GcStruct calls.Num) @8, inst_b: Ptr(GcStruct calls.Expr) @16 }
# Struct calls.Add_vtable size=32 align=8 { super: Struct calls.Expr_vtable @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct RuntimeError size=16 align=8 { super: GcStruct Exception @0 }
# Struct RuntimeError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct NotImplementedError size=16 align=8 { super: GcStruct RuntimeError @0 }
# Struct NotImplementedError_vtable size=24 align=8 { super: Struct RuntimeError_vtable @0 }
# GcStruct calls.Point size=32 align=8 { super: GcStruct object @0, inst_x: Signed @8, inst_y: Signed @16, inst_label: UniChar @24 }
# Struct calls.Point_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple3_Signed_Signed_Signed size=24 align=8 { item0: Signed @0, item1: Signed @8, item2: Signed @16 }
# GcStruct boundmethod size=16 align=8 { self: Ptr(GcStruct calls.Expr) @0, fn: Ptr(Func(Ptr(GcStruct calls.Expr), Signed) -> Signed) @8 }
# GcArray(Ptr(GcStruct boundmethod)) size=8 align=8 items@8 stride=8
# GcStruct tuple2_Signed_UniChar size=16 align=8 { item0: Signed @0, item1: UniChar @8 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcStruct tuple1_array_Signed size=8 align=8 { item0: Ptr(GcArray(Signed)) @0 }
# prebuilt @str.1: GcStruct str = {hash: 0, length: 19, chars: "NotImplementedError"}
# prebuilt @str.2: GcStruct str = {hash: 0, length: 0, chars: ""}
# prebuilt @str.5: GcStruct str = {hash: 0, length: 3, chars: "-a\x0a"}
# prebuilt @str_Add: GcStruct str = {hash: 0, length: 3, chars: "Add"}
# prebuilt @str_Num: GcStruct str = {hash: 0, length: 3, chars: "Num"}
# prebuilt @str_Point: GcStruct str = {hash: 0, length: 5, chars: "Point"}
# prebuilt @vtable_NotImplementedError: Struct NotImplementedError_vtable = {super: {super: {super: {super: {subclassrange_min: 7, subclassrange_max: 8, name: @str.1}}}}}
# prebuilt @vtable_calls.Add: Struct calls.Add_vtable = {super: {super: {subclassrange_min: 3, subclassrange_max: 4, name: @str_Add}, method_eval: &calls.Add.eval}}
# prebuilt @vtable_calls.Num: Struct calls.Num_vtable = {super: {super: {subclassrange_min: 2, subclassrange_max: 3, name: @str_Num}, method_eval: &calls.Num.eval}}
# prebuilt @vtable_calls.Point: Struct calls.Point_vtable = {super: {subclassrange_min: 8, subclassrange_max: 9, name: @str_Point}}
