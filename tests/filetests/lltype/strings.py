# test: lltype
# functions: concat compare truth items item_caught slices contains_mul chars conversions parse pick fstring percent format_method methods byte_strings building printing Point.__str__ show
# Strings: str and bytes are Ptr(GcStruct str {hash, chars}), chars are Char. len() and chars are
# inline, the rest are runtime helper calls; text known at translation time becomes prebuilt strs
# and str_build joins the pieces of f-strings, formats and print() lines in one call.
from kiln.rstring import StringBuilder


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)


def concat(a, b, c):
    s = a + b
    s += c
    return s + "!"


def compare(a, b, c, d, e):
    return a == b, a != b, a < b, a >= b, c == d, c < d, a is b, e is None, e == a


def truth(s, e, c):
    if s and not e:
        return 1
    return 2 if c else 3


def items(s, i, b):
    return len(s), s[0], s[i], s[-1], b[i], "abc"[1]


def item_caught(s, i):
    try:
        return s[i]
    except IndexError:
        return "?"


def slices(s, i, j):
    return s[i:j], s[1:], s[:j], s[:], s[::-1], s[i:j:2]


def contains_mul(s, c, n):
    return c in s, "ab" in s, s * n, c * 3


def chars(s, i):
    c = s[i]
    return ord(c), chr(65 + i), chr(97), c == "x", c + "y"


def conversions(n, x, b, s, t):
    return str(n), str(x), str(b), repr(s), repr(n), str(s), int(t), int(t, 16), float(t), hash(s)


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def pick(s, c, n):
    t = c if n > 1 else s
    return t


def fstring(name, n, x):
    return f"{name}: {n} ({x:.2f}) {name!r}"


def percent(name, n, x):
    return "%s has %d items" % (name, n), "%5d|" % n, "%d%%" % n, "%s" % x


def format_method(name, n):
    return "{} and {}".format(name, n), "{0:>8}|{1!r}|{0}".format(name, n)


def methods(s):
    parts = s.split(",")
    joined = "-".join(parts)
    return (joined, s.strip(), s.lstrip("x"), s.startswith("a"), s.endswith(("x", "y")),
            s.find("b"), s.rfind("b", 1), s.replace("a", "b"), s.upper(), s.lower(), s.isdigit(),
            s.count("a"), s.split())


def byte_strings(b, i):
    text = b.decode()
    back = text.encode()
    return b[i], b + b"!", back, i in b, repr(b)


def building(s, n):
    b = StringBuilder(n)
    b.append(s)
    b.append(s[0])
    b.append_slice(s, 1, n)
    b.append_multiple_char("-", n)
    return b.getlength(), b.build(), bytes(n), bytes([65, n])


def printing(a, n, x, p):
    print(a)
    print(a, n, x, True)
    print(a, n, sep=", ", end="!\n")
    print()
    print("point", p)


def show(p):
    return str(p)


def entry_point(argv):
    s = argv[0]
    n = len(argv)
    c = s[0]
    d = s[n]
    e = None if n > 5 else s
    b = s.encode()
    x = n / 3.0
    p = Point(n, 2 * n)
    print(concat(s, "x", c))
    print(compare(s, argv[1], c, d, e))
    print(truth(s, e, c))
    print(items(s, n, b))
    print(item_caught(s, n))
    print(slices(s, n, 2 * n))
    print(contains_mul(s, c, n))
    print(chars(s, n))
    print(conversions(n, x, n > 3, s, str(n) + "1"))
    print(parse(s), parse(argv[1]))
    print(pick(s, c, n))
    print(fstring(s, n, x))
    print(percent(s, n, x))
    print(format_method(s, n))
    print(methods(s))
    print(byte_strings(b, n))
    print(building(s, n))
    printing(s, n, x, p)
    print(show(p))
    return 0


if __name__ == "__main__":
    entry_point(["a,bcx", "12"])
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph strings.Point.__str__(v0: Ptr(GcStruct strings.Point)) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct strings.Point)):
#     v1: Signed = getfield(v0, "inst_x")
#     v2: Signed = getfield(v0, "inst_y")
#     v3: Ptr(GcStruct tuple2_Signed_Signed) = malloc(<GcStruct tuple2_Signed_Signed>)
#     setfield(v3, "item0", v1)
#     setfield(v3, "item1", v2)
#     v4: Signed = getfield(v3, "item0")
#     v5: Signed = getfield(v3, "item1")
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v4)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v5)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.1, v6, @str.2, v7, @str.3)
#     goto return(v8)
# }
# graph strings.building(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple4_Signed_str_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(GcStruct strbuilder) = direct_call(&kiln_strbuilder_new: Ptr(Func(Signed) -> Ptr(GcStruct strbuilder)), v1)
#     v3: Void = direct_call(&kiln_strbuilder_append: Ptr(Func(Ptr(GcStruct strbuilder), Ptr(GcStruct str)) -> Void), v2, v0)
#     v4: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v5: Signed = getarraysize(v4)
#     v6: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed) -> Signed), 0, v5)
#     v7: Char = getarrayitem(v4, v6)
#     v8: Void = direct_call(&kiln_strbuilder_append: Ptr(Func(Ptr(GcStruct strbuilder), Char) -> Void), v2, v7)
#     v9: Void = direct_call(&kiln_strbuilder_append_slice: Ptr(Func(Ptr(GcStruct strbuilder), Ptr(GcStruct str), Signed, Signed) -> Void), v2, v0, 1, v1)
#     v10: Void = direct_call(&kiln_strbuilder_append_multiple_char: Ptr(Func(Ptr(GcStruct strbuilder), Char, Signed) -> Void), v2, '-', v1)
#     v11: Signed = getfield(v2, "length")
#     v12: Ptr(GcStruct str) = direct_call(&kiln_strbuilder_build: Ptr(Func(Ptr(GcStruct strbuilder)) -> Ptr(GcStruct str)), v2)
#     v13: Ptr(GcStruct str) = direct_call(&kiln_bytes_zeros: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v14: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 2)
#     setarrayitem(v14, 0, 65)
#     setarrayitem(v14, 1, v1)
#     v15: Ptr(GcStruct str) = direct_call(&kiln_bytes_from_list: Ptr(Func(Ptr(GcArray(Signed))) -> Ptr(GcStruct str)), v14)
#     v16: Ptr(GcStruct tuple4_Signed_str_str_str) = malloc(<GcStruct tuple4_Signed_str_str_str>)
#     setfield(v16, "item0", v11)
#     setfield(v16, "item1", v12)
#     setfield(v16, "item2", v13)
#     setfield(v16, "item3", v15)
#     goto return(v16)
# }
# graph strings.byte_strings(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple5_Signed_str_str_Bool_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(GcStruct str) = direct_call(&kiln_bytes_decode: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v3: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v4: Signed = getarraysize(v3)
#     v5: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed) -> Signed), v1, v4)
#     v6: Char = getarrayitem(v3, v5)
#     v7: Signed = cast_char_to_int(v6)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.4)
#     v9: Bool = direct_call(&kiln_bytes_contains_int: Ptr(Func(Ptr(GcStruct str), Signed) -> Bool), v0, v1)
#     v10: Ptr(GcStruct str) = direct_call(&kiln_bytes_repr: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v11: Ptr(GcStruct tuple5_Signed_str_str_Bool_str) = malloc(<GcStruct tuple5_Signed_str_str_Bool_str>)
#     setfield(v11, "item0", v7)
#     setfield(v11, "item1", v8)
#     setfield(v11, "item2", v2)
#     setfield(v11, "item3", v9)
#     setfield(v11, "item4", v10)
#     goto return(v11)
# }
# graph strings.chars(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple5_Signed_Char_Char_Bool_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v3: Signed = getarraysize(v2)
#     v4: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed) -> Signed), v1, v3)
#     v5: Char = getarrayitem(v2, v4)
#     v6: Signed = cast_char_to_int(v5)
#     v7: Signed = int_add(65, v1)
#     v8: Char = direct_call(&kiln_str_chr: Ptr(Func(Signed) -> Char), v7)
#     v9: Bool = char_eq(v5, 'x')
#     v10: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(Char) -> Ptr(GcStruct str)), v5)
#     v11: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v10, @str_y)
#     v12: Ptr(GcStruct tuple5_Signed_Char_Char_Bool_str) = malloc(<GcStruct tuple5_Signed_Char_Char_Bool_str>)
#     setfield(v12, "item0", v6)
#     setfield(v12, "item1", v8)
#     setfield(v12, "item2", 'a')
#     setfield(v12, "item3", v9)
#     setfield(v12, "item4", v11)
#     goto return(v12)
# }
# graph strings.compare(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: Char, v3: Char, v4: Ptr(GcStruct str)) -> Ptr(GcStruct tuple9_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: Char, v3: Char, v4: Ptr(GcStruct str)):
#     v5: Bool = direct_call(&kiln_str_eq: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v0, v1)
#     v6: Bool = direct_call(&kiln_str_eq: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v0, v1)
#     v7: Bool = bool_not(v6)
#     v8: Signed = direct_call(&kiln_str_cmp: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Signed), v0, v1)
#     v9: Bool = int_lt(v8, 0)
#     v10: Signed = direct_call(&kiln_str_cmp: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Signed), v0, v1)
#     v11: Bool = int_ge(v10, 0)
#     v12: Bool = char_eq(v2, v3)
#     v13: Bool = char_lt(v2, v3)
#     v14: Bool = ptr_eq(v0, v1)
#     v15: Bool = ptr_iszero(v4)
#     v16: Bool = direct_call(&kiln_str_eq: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v4, v0)
#     v17: Ptr(GcStruct tuple9_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool) = malloc(<GcStruct tuple9_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool>)
#     setfield(v17, "item0", v5)
#     setfield(v17, "item1", v7)
#     setfield(v17, "item2", v9)
#     setfield(v17, "item3", v11)
#     setfield(v17, "item4", v12)
#     setfield(v17, "item5", v13)
#     setfield(v17, "item6", v14)
#     setfield(v17, "item7", v15)
#     setfield(v17, "item8", v16)
#     goto return(v17)
# }
# graph strings.concat(v0: Ptr(GcStruct str), v1: Char, v2: Char) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Char, v2: Char):
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str_x)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(Char) -> Ptr(GcStruct str)), v2)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v3, v4)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v5, @str.4)
#     goto return(v6)
# }
# graph strings.contains_mul(v0: Ptr(GcStruct str), v1: Char, v2: Signed) -> Ptr(GcStruct tuple4_Bool_Bool_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Char, v2: Signed):
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(Char) -> Ptr(GcStruct str)), v1)
#     v4: Bool = direct_call(&kiln_str_contains: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v0, v3)
#     v5: Bool = direct_call(&kiln_str_contains: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v0, @str_ab)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_mul: Ptr(Func(Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), v0, v2)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(Char) -> Ptr(GcStruct str)), v1)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_mul: Ptr(Func(Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), v7, 3)
#     v9: Ptr(GcStruct tuple4_Bool_Bool_str_str) = malloc(<GcStruct tuple4_Bool_Bool_str_str>)
#     setfield(v9, "item0", v4)
#     setfield(v9, "item1", v5)
#     setfield(v9, "item2", v6)
#     setfield(v9, "item3", v8)
#     goto return(v9)
# }
# graph strings.conversions(v0: Signed, v1: Float, v2: Bool, v3: Ptr(GcStruct str), v4: Ptr(GcStruct str)) -> Ptr(GcStruct tuple10_str_str_str_str_str_str_Signed_Signed_Float_Signed) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Signed, v1: Float, v2: Bool, v3: Ptr(GcStruct str), v4: Ptr(GcStruct str)):
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v0)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_from_float: Ptr(Func(Float) -> Ptr(GcStruct str)), v1)
#     v7: Ptr(GcStruct str) = select(v2, @str_True, @str_False)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_repr: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v3)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v0)
#     v10: Signed = direct_call(&kiln_str_to_int: Ptr(Func(Ptr(GcStruct str), Signed) -> Signed), v4, 10)
#     v11: Signed = direct_call(&kiln_str_to_int: Ptr(Func(Ptr(GcStruct str), Signed) -> Signed), v4, 16)
#     v12: Float = direct_call(&kiln_str_to_float: Ptr(Func(Ptr(GcStruct str)) -> Float), v4)
#     v13: Signed = direct_call(&kiln_str_hash: Ptr(Func(Ptr(GcStruct str)) -> Signed), v3)
#     v14: Ptr(GcStruct tuple10_str_str_str_str_str_str_Signed_Signed_Float_Signed) = malloc(<GcStruct tuple10_str_str_str_str_str_str_Signed_Signed_Float_Signed>)
#     setfield(v14, "item0", v5)
#     setfield(v14, "item1", v6)
#     setfield(v14, "item2", v7)
#     setfield(v14, "item3", v8)
#     setfield(v14, "item4", v9)
#     setfield(v14, "item5", v3)
#     setfield(v14, "item6", v10)
#     setfield(v14, "item7", v11)
#     setfield(v14, "item8", v12)
#     setfield(v14, "item9", v13)
#     goto return(v14)
# }
# graph strings.format_method(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple2_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.9, v2)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_format_spec: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.11)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v4, @str.12, v5, @str.12, v0)
#     v7: Ptr(GcStruct tuple2_str_str) = malloc(<GcStruct tuple2_str_str>)
#     setfield(v7, "item0", v3)
#     setfield(v7, "item1", v6)
#     goto return(v7)
# }
# graph strings.fstring(v0: Ptr(GcStruct str), v1: Signed, v2: Float) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed, v2: Float):
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_format_spec: Ptr(Func(Float, Ptr(GcStruct str)) -> Ptr(GcStruct str)), v2, @str.13)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_repr: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.14, v3, @str.15, v4, @str.16, v5)
#     goto return(v6)
# }
# graph strings.item_caught(v0: Ptr(GcStruct str), v1: Signed) -> Char raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Char = direct_call(&kiln_str_getitem: Ptr(Func(Ptr(GcStruct str), Signed) -> Char), v0, v1)
#     exits [normal: return(v2), except @vtable_Exception as (v3: Ptr(Struct object_vtable), v4: Ptr(GcStruct Exception)): block1(v3, v4)]
# block1(v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct Exception)):
#     v7: Ptr(Struct Exception_vtable) = cast_pointer(v5)
#     goto block2(v7, v6)
# block2(v8: Ptr(Struct Exception_vtable), v9: Ptr(GcStruct Exception)):
#     v10: Ptr(Struct object_vtable) = cast_pointer(v8)
#     v11: Signed = getfield(v10, "subclassrange_min")
#     v12: Bool = int_between(5, v11, 6)
#     branch v12 [true: return('?'), false: block3(v8, v9)]
# block3(v13: Ptr(Struct Exception_vtable), v14: Ptr(GcStruct Exception)):
#     v15: Ptr(Struct object_vtable) = cast_pointer(v13)
#     v16: Ptr(GcStruct object) = cast_pointer(v14)
#     goto raise(v15, v16)
# }
# graph strings.items(v0: Ptr(GcStruct str), v1: Signed, v2: Ptr(GcStruct str)) -> Ptr(GcStruct tuple6_Signed_Char_Char_Char_Signed_Char) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed, v2: Ptr(GcStruct str)):
#     v3: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v4: Signed = getarraysize(v3)
#     v5: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v6: Signed = getarraysize(v5)
#     v7: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed) -> Signed), 0, v6)
#     v8: Char = getarrayitem(v5, v7)
#     v9: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v10: Signed = getarraysize(v9)
#     v11: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed) -> Signed), v1, v10)
#     v12: Char = getarrayitem(v9, v11)
#     v13: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v14: Signed = getarraysize(v13)
#     v15: Signed = direct_call(&kiln_check_index_wrap: Ptr(Func(Signed, Signed) -> Signed), -1, v14)
#     v16: Char = getarrayitem(v13, v15)
#     v17: Ptr(Array(Char)) = getsubstruct(v2, "chars")
#     v18: Signed = getarraysize(v17)
#     v19: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed) -> Signed), v1, v18)
#     v20: Char = getarrayitem(v17, v19)
#     v21: Signed = cast_char_to_int(v20)
#     v22: Ptr(GcStruct tuple6_Signed_Char_Char_Char_Signed_Char) = malloc(<GcStruct tuple6_Signed_Char_Char_Char_Signed_Char>)
#     setfield(v22, "item0", v4)
#     setfield(v22, "item1", v8)
#     setfield(v22, "item2", v12)
#     setfield(v22, "item3", v16)
#     setfield(v22, "item4", v21)
#     setfield(v22, "item5", 'b')
#     goto return(v22)
# }
# graph strings.methods(v0: Ptr(GcStruct str)) -> Ptr(GcStruct tuple13_str_str_str_Bool_Bool_Signed_Signed_str_str_str_Bool_Signed_array_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcArray(Ptr(GcStruct str))) = direct_call(&kiln_str_split: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed) -> Ptr(GcArray(Ptr(GcStruct str)))), v0, @str.17, -1)
#     v2: Ptr(GcStruct str) = direct_call(&kiln_str_join: Ptr(Func(Ptr(GcStruct str), Ptr(GcArray(Ptr(GcStruct str)))) -> Ptr(GcStruct str)), @str.18, v1)
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_strip: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), v0, null: Ptr(GcStruct str), 0)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_strip: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), v0, @str_x, 1)
#     v5: Bool = direct_call(&kiln_str_startswith: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed, Signed) -> Bool), v0, @str_a, 0, 9223372036854775807)
#     v6: Bool = direct_call(&kiln_str_endswith: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed, Signed) -> Bool), v0, @str_x, 0, 9223372036854775807)
#     v7: Bool = direct_call(&kiln_str_endswith: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed, Signed) -> Bool), v0, @str_y, 0, 9223372036854775807)
#     v8: Bool = bool_or(v6, v7)
#     v9: Signed = direct_call(&kiln_str_find: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed, Signed) -> Signed), v0, @str_b, 0, 9223372036854775807)
#     v10: Signed = direct_call(&kiln_str_rfind: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed, Signed) -> Signed), v0, @str_b, 1, 9223372036854775807)
#     v11: Ptr(GcStruct str) = direct_call(&kiln_str_replace: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), v0, @str_a, @str_b, -1)
#     v12: Ptr(GcStruct str) = direct_call(&kiln_str_upper: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v13: Ptr(GcStruct str) = direct_call(&kiln_str_lower: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v14: Bool = direct_call(&kiln_str_isdigit: Ptr(Func(Ptr(GcStruct str)) -> Bool), v0)
#     v15: Signed = direct_call(&kiln_str_count: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed, Signed) -> Signed), v0, @str_a, 0, 9223372036854775807)
#     v16: Ptr(GcArray(Ptr(GcStruct str))) = direct_call(&kiln_str_split: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed) -> Ptr(GcArray(Ptr(GcStruct str)))), v0, null: Ptr(GcStruct str), -1)
#     v17: Ptr(GcStruct tuple13_str_str_str_Bool_Bool_Signed_Signed_str_str_str_Bool_Signed_array_str) = malloc(<GcStruct tuple13_str_str_str_Bool_Bool_Signed_Signed_str_str_str_Bool_Signed_array_str>)
#     setfield(v17, "item0", v2)
#     setfield(v17, "item1", v3)
#     setfield(v17, "item2", v4)
#     setfield(v17, "item3", v5)
#     setfield(v17, "item4", v8)
#     setfield(v17, "item5", v9)
#     setfield(v17, "item6", v10)
#     setfield(v17, "item7", v11)
#     setfield(v17, "item8", v12)
#     setfield(v17, "item9", v13)
#     setfield(v17, "item10", v14)
#     setfield(v17, "item11", v15)
#     setfield(v17, "item12", v16)
#     goto return(v17)
# }
# graph strings.parse(v0: Ptr(GcStruct str)) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Signed = direct_call(&kiln_str_to_int: Ptr(Func(Ptr(GcStruct str), Signed) -> Signed), v0, 10)
#     exits [normal: return(v1), except @vtable_Exception as (v2: Ptr(Struct object_vtable), v3: Ptr(GcStruct Exception)): block1(v2, v3)]
# block1(v4: Ptr(Struct object_vtable), v5: Ptr(GcStruct Exception)):
#     v6: Ptr(Struct Exception_vtable) = cast_pointer(v4)
#     goto block2(v6, v5)
# block2(v7: Ptr(Struct Exception_vtable), v8: Ptr(GcStruct Exception)):
#     v9: Ptr(Struct object_vtable) = cast_pointer(v7)
#     v10: Signed = getfield(v9, "subclassrange_min")
#     v11: Bool = int_between(6, v10, 7)
#     branch v11 [true: return(-1), false: block3(v7, v8)]
# block3(v12: Ptr(Struct Exception_vtable), v13: Ptr(GcStruct Exception)):
#     v14: Ptr(Struct object_vtable) = cast_pointer(v12)
#     v15: Ptr(GcStruct object) = cast_pointer(v13)
#     goto raise(v14, v15)
# }
# graph strings.percent(v0: Ptr(GcStruct str), v1: Signed, v2: Float) -> Ptr(GcStruct tuple4_str_str_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed, v2: Float):
#     v3: Ptr(GcStruct tuple2_str_Signed) = malloc(<GcStruct tuple2_str_Signed>)
#     setfield(v3, "item0", v0)
#     setfield(v3, "item1", v1)
#     v4: Ptr(GcStruct str) = getfield(v3, "item0")
#     v5: Signed = getfield(v3, "item1")
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v5)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v4, @str.19, v6, @str.20)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_format: Ptr(Func(Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), @str.21, v1)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v10: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v9, @str.22)
#     v11: Ptr(GcStruct str) = direct_call(&kiln_str_from_float: Ptr(Func(Float) -> Ptr(GcStruct str)), v2)
#     v12: Ptr(GcStruct tuple4_str_str_str_str) = malloc(<GcStruct tuple4_str_str_str_str>)
#     setfield(v12, "item0", v7)
#     setfield(v12, "item1", v8)
#     setfield(v12, "item2", v10)
#     setfield(v12, "item3", v11)
#     goto return(v12)
# }
# graph strings.pick(v0: Ptr(GcStruct str), v1: Char, v2: Signed) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Char, v2: Signed):
#     v3: Bool = int_gt(v2, 1)
#     branch v3 [true: block1(v1), false: return(v0)]
# block1(v4: Char):
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(Char) -> Ptr(GcStruct str)), v4)
#     goto return(v5)
# }
# graph strings.printing(v0: Ptr(GcStruct str), v1: Signed, v2: Float, v3: Ptr(GcStruct strings.Point)) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed, v2: Float, v3: Ptr(GcStruct strings.Point)):
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.5)
#     v5: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v4)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_from_float: Ptr(Func(Float) -> Ptr(GcStruct str)), v2)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.7, v6, @str.7, v7, @str.23)
#     v9: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v8)
#     v10: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v11: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.2, v10, @str.24)
#     v12: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v11)
#     v13: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.5)
#     v14: Ptr(GcStruct str) = direct_call(&strings.Point.__str__, v3)
#     v15: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.25, v14, @str.5)
#     v16: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v15)
#     goto return("")
# }
# graph strings.show(v0: Ptr(GcStruct strings.Point)) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct strings.Point)):
#     v1: Ptr(GcStruct str) = direct_call(&strings.Point.__str__, v0)
#     goto return(v1)
# }
# graph strings.slices(v0: Ptr(GcStruct str), v1: Signed, v2: Signed) -> Ptr(GcStruct tuple6_str_str_str_str_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed, v2: Signed):
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_slice: Ptr(Func(Ptr(GcStruct str), Signed, Signed) -> Ptr(GcStruct str)), v0, v1, v2)
#     v4: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v5: Signed = getarraysize(v4)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_slice: Ptr(Func(Ptr(GcStruct str), Signed, Signed) -> Ptr(GcStruct str)), v0, 1, v5)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_slice: Ptr(Func(Ptr(GcStruct str), Signed, Signed) -> Ptr(GcStruct str)), v0, 0, v2)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_slice_step: Ptr(Func(Ptr(GcStruct str), Signed, Signed, Signed) -> Ptr(GcStruct str)), v0, -9223372036854775808, -9223372036854775808, -1)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_slice_step: Ptr(Func(Ptr(GcStruct str), Signed, Signed, Signed) -> Ptr(GcStruct str)), v0, v1, v2, 2)
#     v10: Ptr(GcStruct tuple6_str_str_str_str_str_str) = malloc(<GcStruct tuple6_str_str_str_str_str_str>)
#     setfield(v10, "item0", v3)
#     setfield(v10, "item1", v6)
#     setfield(v10, "item2", v7)
#     setfield(v10, "item3", v0)
#     setfield(v10, "item4", v8)
#     setfield(v10, "item5", v9)
#     goto return(v10)
# }
# graph strings.truth(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: Char) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: Char):
#     v3: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v4: Signed = getarraysize(v3)
#     v5: Bool = int_is_true(v4)
#     branch v5 [true: block1(v1, v2), false: block2(v2)]
# block1(v6: Ptr(GcStruct str), v7: Char):
#     v8: Bool = direct_call(&kiln_str_is_true: Ptr(Func(Ptr(GcStruct str)) -> Bool), v6)
#     branch v8 [true: block2(v7), false: return(1)]
# block2(v9: Char):
#     branch True [true: return(2), false: return(3)]
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=16 align=8 { hash: Signed @0, chars: Array(Char) @8 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct strings.Point size=24 align=8 { super: GcStruct object @0, inst_x: Signed @8, inst_y: Signed @16 }
# Struct strings.Point_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct BaseException size=8 align=8 { super: GcStruct object @0 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=8 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct LookupError size=8 align=8 { super: GcStruct Exception @0 }
# Struct LookupError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct IndexError size=8 align=8 { super: GcStruct LookupError @0 }
# Struct IndexError_vtable size=24 align=8 { super: Struct LookupError_vtable @0 }
# GcStruct ValueError size=8 align=8 { super: GcStruct Exception @0 }
# Struct ValueError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct tuple4_Signed_str_str_str size=32 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Ptr(GcStruct str) @24 }
# GcStruct tuple5_Signed_str_str_Bool_str size=40 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Bool @24, item4: Ptr(GcStruct str) @32 }
# GcStruct tuple5_Signed_Char_Char_Bool_str size=24 align=8 { item0: Signed @0, item1: Char @8, item2: Char @9, item3: Bool @10, item4: Ptr(GcStruct str) @16 }
# GcStruct tuple9_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool size=9 align=1 { item0: Bool @0, item1: Bool @1, item2: Bool @2, item3: Bool @3, item4: Bool @4, item5: Bool @5, item6: Bool @6, item7: Bool @7, item8: Bool @8 }
# GcStruct tuple4_Bool_Bool_str_str size=24 align=8 { item0: Bool @0, item1: Bool @1, item2: Ptr(GcStruct str) @8, item3: Ptr(GcStruct str) @16 }
# GcStruct tuple10_str_str_str_str_str_str_Signed_Signed_Float_Signed size=80 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Ptr(GcStruct str) @24, item4: Ptr(GcStruct str) @32, item5: Ptr(GcStruct str) @40, item6: Signed @48, item7: Signed @56, item8: Float @64, item9: Signed @72 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple2_str_str size=16 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8 }
# GcStruct tuple6_Signed_Char_Char_Char_Signed_Char size=32 align=8 { item0: Signed @0, item1: Char @8, item2: Char @9, item3: Char @10, item4: Signed @16, item5: Char @24 }
# GcStruct tuple13_str_str_str_Bool_Bool_Signed_Signed_str_str_str_Bool_Signed_array_str size=96 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Bool @24, item4: Bool @25, item5: Signed @32, item6: Signed @40, item7: Ptr(GcStruct str) @48, item8: Ptr(GcStruct str) @56, item9: Ptr(GcStruct str) @64, item10: Bool @72, item11: Signed @80, item12: Ptr(GcArray(Ptr(GcStruct str))) @88 }
# GcStruct tuple4_str_str_str_str size=32 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Ptr(GcStruct str) @24 }
# GcStruct tuple6_str_str_str_str_str_str size=48 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Ptr(GcStruct str) @24, item4: Ptr(GcStruct str) @32, item5: Ptr(GcStruct str) @40 }
# GcStruct tuple2_Signed_Signed size=16 align=8 { item0: Signed @0, item1: Signed @8 }
# GcStruct strbuilder size=16 align=8 { length: Signed @0, buf: Ptr(GcStruct str) @8 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcStruct tuple2_Char_Char size=2 align=1 { item0: Char @0, item1: Char @1 }
# GcStruct tuple2_str_Signed size=16 align=8 { item0: Ptr(GcStruct str) @0, item1: Signed @8 }
# prebuilt @str.1: GcStruct str = {hash: 0, chars: "("}
# prebuilt @str.11: GcStruct str = {hash: 0, chars: ">8"}
# prebuilt @str.12: GcStruct str = {hash: 0, chars: "|"}
# prebuilt @str.13: GcStruct str = {hash: 0, chars: ".2f"}
# prebuilt @str.14: GcStruct str = {hash: 0, chars: ": "}
# prebuilt @str.15: GcStruct str = {hash: 0, chars: " ("}
# prebuilt @str.16: GcStruct str = {hash: 0, chars: ") "}
# prebuilt @str.17: GcStruct str = {hash: 0, chars: ","}
# prebuilt @str.18: GcStruct str = {hash: 0, chars: "-"}
# prebuilt @str.19: GcStruct str = {hash: 0, chars: " has "}
# prebuilt @str.2: GcStruct str = {hash: 0, chars: ", "}
# prebuilt @str.20: GcStruct str = {hash: 0, chars: " items"}
# prebuilt @str.21: GcStruct str = {hash: 0, chars: "%5d|"}
# prebuilt @str.22: GcStruct str = {hash: 0, chars: "%"}
# prebuilt @str.23: GcStruct str = {hash: 0, chars: " True\x0a"}
# prebuilt @str.24: GcStruct str = {hash: 0, chars: "!\x0a"}
# prebuilt @str.25: GcStruct str = {hash: 0, chars: "point "}
# prebuilt @str.3: GcStruct str = {hash: 0, chars: ")"}
# prebuilt @str.4: GcStruct str = {hash: 0, chars: "!"}
# prebuilt @str.5: GcStruct str = {hash: 0, chars: "\x0a"}
# prebuilt @str.7: GcStruct str = {hash: 0, chars: " "}
# prebuilt @str.9: GcStruct str = {hash: 0, chars: " and "}
# prebuilt @str_Exception: GcStruct str = {hash: 0, chars: "Exception"}
# prebuilt @str_False: GcStruct str = {hash: 0, chars: "False"}
# prebuilt @str_True: GcStruct str = {hash: 0, chars: "True"}
# prebuilt @str_a: GcStruct str = {hash: 0, chars: "a"}
# prebuilt @str_ab: GcStruct str = {hash: 0, chars: "ab"}
# prebuilt @str_b: GcStruct str = {hash: 0, chars: "b"}
# prebuilt @str_x: GcStruct str = {hash: 0, chars: "x"}
# prebuilt @str_y: GcStruct str = {hash: 0, chars: "y"}
# prebuilt @vtable_Exception: Struct Exception_vtable = {super: {super: {subclassrange_min: 3, subclassrange_max: 7, name: @str_Exception}}}
