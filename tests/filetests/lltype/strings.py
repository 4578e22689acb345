# test: lltype
# functions: concat compare truth items item_caught slices contains_mul chars conversions parse pick fstring percent format_method methods byte_strings building printing Point.__str__ show joining ordering format_fields byte_format containers bad_spec instance_strs printing_none encodings unicode_text
# Strings: str and bytes are Ptr(GcStruct str {hash, length, chars}) (length in code points, chars
# the UTF-8 bytes), chars are UniChar code points. len() and chars are
# inline, the rest are runtime helper calls; text known at translation time becomes prebuilt strs
# and str_build joins the pieces of f-strings, formats and print() lines in one call. str() of an
# instance calls its class's __str__ directly, through a vtable slot when subclasses override it,
# or through instance_str when some classes have none (object.__repr__).
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


class Shape(object):
    def __str__(self):
        return "shape"


class Square(Shape):
    def __str__(self):
        return "square"


class Plain(object):
    pass


class Named(Plain):
    def __repr__(self):
        return "named"


def joining(s, parts, d):
    return ",".join((s, "x")), "-".join(s), "".join(d), " ".join(iter(parts))


def ordering(a, b, c):
    return min(a, b), max(a, b, "m"), min(c, "z"), min(a)


def format_fields(name, n, x):
    return "{a}-{b!r}|{0:>{1}}".format(name, n, a=x, b=name), "{!a}".format(name)


def byte_format(b, n):
    return b"%s=%d" % (b, n), b"%5d|%r" % (n, b)


def containers(d, l):
    return str(d), repr([d]), "%s" % (d,), f"{l!r:>20}", "%(k)s" % d


def bad_spec(l):
    try:
        return f"{l:>5}"
    except TypeError:
        return "TypeError"


def instance_strs(sh, pl, maybe):
    return str(sh), str(pl), repr(pl), str(maybe), f"{sh!r}"[:1]


def printing_none(a, sep):
    print(a, a, sep=sep, end=None)


def encodings(s, b):
    return s.encode("UTF8"), b.decode("utf-8", "replace"), bytes((65, len(s)))


def unicode_text(s, i):
    # Code points, not bytes: len() is the length field, t[i] str_char_at; a known index into
    # known text folds to the code point, chr() of a known code point is a constant.
    t = "h\u00e9llo \u20ac" + s
    return len(t), t[i], t[1], ord(t[1]), chr(233), t[::-1][:2]


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
    print(unicode_text(s, n))
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
    shapes = [Shape(), Square()]
    plains = [Plain(), Named()]
    print(joining(s, argv, {s: n}))
    print(ordering(s, argv[1], c))
    print(format_fields(s, n, x))
    print(byte_format(b, n))
    print(containers({"k": n}, argv))
    print(bad_spec(argv))
    print(instance_strs(shapes[n % 2], plains[1], None if n > 5 else shapes[0])[0])
    printing_none(s, None if n > 5 else "-")
    print(encodings(s, b))
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
# graph strings.bad_spec(v0: Ptr(GcStruct list_str)) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct list_str)):
#     v1: Void = direct_call(&kiln_object_format_check: Ptr(Func(Ptr(GcStruct list_str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Void), v0, @str.4, @str_list)
#     exits [normal: block4(@str.5), except @vtable_Exception as (v2: Ptr(Struct object_vtable), v3: Ptr(GcStruct Exception)): block1(v2, v3)]
# block1(v4: Ptr(Struct object_vtable), v5: Ptr(GcStruct Exception)):
#     v6: Ptr(Struct Exception_vtable) = cast_pointer(v4)
#     goto block2(v6, v5)
# block2(v7: Ptr(Struct Exception_vtable), v8: Ptr(GcStruct Exception)):
#     v9: Ptr(Struct object_vtable) = cast_pointer(v7)
#     v10: Signed = getfield(v9, "subclassrange_min")
#     v11: Bool = int_between(7, v10, 8)
#     branch v11 [true: return(@str_TypeError), false: block3(v7, v8)]
# block3(v12: Ptr(Struct Exception_vtable), v13: Ptr(GcStruct Exception)):
#     v14: Ptr(Struct object_vtable) = cast_pointer(v12)
#     v15: Ptr(GcStruct object) = cast_pointer(v13)
#     goto raise(v14, v15)
# block4(v16: Ptr(GcStruct str)):
#     goto return(v16)
# }
# graph strings.building(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple4_Signed_str_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(GcStruct strbuilder) = direct_call(&kiln_strbuilder_new: Ptr(Func(Signed) -> Ptr(GcStruct strbuilder)), v1)
#     v3: Void = direct_call(&kiln_strbuilder_append: Ptr(Func(Ptr(GcStruct strbuilder), Ptr(GcStruct str)) -> Void), v2, v0)
#     v4: Signed = getfield(v0, "length")
#     v5: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), 0, v4, 3)
#     v6: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v0, v5)
#     v7: Void = direct_call(&kiln_strbuilder_append: Ptr(Func(Ptr(GcStruct strbuilder), UniChar) -> Void), v2, v6)
#     v8: Void = direct_call(&kiln_strbuilder_append_slice: Ptr(Func(Ptr(GcStruct strbuilder), Ptr(GcStruct str), Signed, Signed) -> Void), v2, v0, 1, v1)
#     v9: Void = direct_call(&kiln_strbuilder_append_multiple_char: Ptr(Func(Ptr(GcStruct strbuilder), UniChar, Signed) -> Void), v2, U'-', v1)
#     v10: Signed = getfield(v2, "length")
#     v11: Ptr(GcStruct str) = direct_call(&kiln_strbuilder_build: Ptr(Func(Ptr(GcStruct strbuilder)) -> Ptr(GcStruct str)), v2)
#     v12: Ptr(GcStruct str) = direct_call(&kiln_bytes_zeros: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v13: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 2)
#     setarrayitem(v13, 0, 65)
#     setarrayitem(v13, 1, v1)
#     v14: Ptr(GcStruct str) = direct_call(&kiln_bytes_from_list: Ptr(Func(Ptr(GcArray(Signed))) -> Ptr(GcStruct str)), v13)
#     v15: Ptr(GcStruct tuple4_Signed_str_str_str) = malloc(<GcStruct tuple4_Signed_str_str_str>)
#     setfield(v15, "item0", v10)
#     setfield(v15, "item1", v11)
#     setfield(v15, "item2", v12)
#     setfield(v15, "item3", v14)
#     goto return(v15)
# }
# graph strings.byte_format(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple2_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(GcStruct tuple2_str_Signed) = malloc(<GcStruct tuple2_str_Signed>)
#     setfield(v2, "item0", v0)
#     setfield(v2, "item1", v1)
#     v3: Ptr(GcStruct str) = getfield(v2, "item0")
#     v4: Signed = getfield(v2, "item1")
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v4)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v3, @str.6, v5)
#     v7: Ptr(GcStruct tuple2_Signed_str) = malloc(<GcStruct tuple2_Signed_str>)
#     setfield(v7, "item0", v1)
#     setfield(v7, "item1", v0)
#     v8: Signed = getfield(v7, "item0")
#     v9: Ptr(GcStruct str) = getfield(v7, "item1")
#     v10: Ptr(GcStruct str) = direct_call(&kiln_bytes_format: Ptr(Func(Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), @str.7, v8)
#     v11: Ptr(GcStruct str) = direct_call(&kiln_bytes_repr: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v9)
#     v12: Ptr(GcStruct str) = direct_call(&kiln_str_ascii: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v11)
#     v13: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v10, @str.8, v12)
#     v14: Ptr(GcStruct tuple2_str_str) = malloc(<GcStruct tuple2_str_str>)
#     setfield(v14, "item0", v6)
#     setfield(v14, "item1", v13)
#     goto return(v14)
# }
# graph strings.byte_strings(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple5_Signed_str_str_Bool_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(GcStruct str) = direct_call(&kiln_bytes_decode: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_encode: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v2)
#     v4: Signed = getfield(v0, "length")
#     v5: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v1, v4, 4)
#     v6: Ptr(Array(Char)) = getsubstruct(v0, "chars")
#     v7: Char = getarrayitem(v6, v5)
#     v8: Signed = cast_char_to_int(v7)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.9)
#     v10: Bool = direct_call(&kiln_bytes_contains_int: Ptr(Func(Ptr(GcStruct str), Signed) -> Bool), v0, v1)
#     v11: Ptr(GcStruct str) = direct_call(&kiln_bytes_repr: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v12: Ptr(GcStruct tuple5_Signed_str_str_Bool_str) = malloc(<GcStruct tuple5_Signed_str_str_Bool_str>)
#     setfield(v12, "item0", v8)
#     setfield(v12, "item1", v9)
#     setfield(v12, "item2", v3)
#     setfield(v12, "item3", v10)
#     setfield(v12, "item4", v11)
#     goto return(v12)
# }
# graph strings.chars(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple5_Signed_UniChar_UniChar_Bool_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Signed = getfield(v0, "length")
#     v3: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v1, v2, 3)
#     v4: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v0, v3)
#     v5: Signed = cast_unichar_to_int(v4)
#     v6: Signed = int_add(65, v1)
#     v7: UniChar = direct_call(&kiln_str_chr: Ptr(Func(Signed) -> UniChar), v6)
#     v8: Bool = unichar_eq(v4, U'x')
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v4)
#     v10: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v9, @str_y)
#     v11: Ptr(GcStruct tuple5_Signed_UniChar_UniChar_Bool_str) = malloc(<GcStruct tuple5_Signed_UniChar_UniChar_Bool_str>)
#     setfield(v11, "item0", v5)
#     setfield(v11, "item1", v7)
#     setfield(v11, "item2", U'a')
#     setfield(v11, "item3", v8)
#     setfield(v11, "item4", v10)
#     goto return(v11)
# }
# graph strings.compare(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: UniChar, v3: UniChar, v4: Ptr(GcStruct str)) -> Ptr(GcStruct tuple9_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: UniChar, v3: UniChar, v4: Ptr(GcStruct str)):
#     v5: Bool = direct_call(&kiln_str_eq: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v0, v1)
#     v6: Bool = direct_call(&kiln_str_eq: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v0, v1)
#     v7: Bool = bool_not(v6)
#     v8: Signed = direct_call(&kiln_str_cmp: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Signed), v0, v1)
#     v9: Bool = int_lt(v8, 0)
#     v10: Signed = direct_call(&kiln_str_cmp: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Signed), v0, v1)
#     v11: Bool = int_ge(v10, 0)
#     v12: Bool = unichar_eq(v2, v3)
#     v13: Bool = unichar_lt(v2, v3)
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
# graph strings.concat(v0: Ptr(GcStruct str), v1: UniChar, v2: UniChar) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: UniChar, v2: UniChar):
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str_x)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v2)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v3, v4)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v5, @str.9)
#     goto return(v6)
# }
# graph strings.containers(v0: Ptr(GcStruct dict_unichar_int), v1: Ptr(GcStruct list_str)) -> Ptr(GcStruct tuple5_str_str_str_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct dict_unichar_int), v1: Ptr(GcStruct list_str)):
#     v2: Ptr(GcStruct str) = direct_call(&kiln_dict_repr: Ptr(Func(Ptr(GcStruct dict_unichar_int)) -> Ptr(GcStruct str)), v0)
#     v3: Ptr(GcArray(Ptr(GcStruct dict_unichar_int))) = malloc_varsize(<GcArray(Ptr(GcStruct dict_unichar_int))>, 1)
#     setarrayitem(v3, 0, v0)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_list_repr: Ptr(Func(Ptr(GcArray(Ptr(GcStruct dict_unichar_int)))) -> Ptr(GcStruct str)), v3)
#     v5: Ptr(GcStruct tuple1_dict_unichar_int) = malloc(<GcStruct tuple1_dict_unichar_int>)
#     setfield(v5, "item0", v0)
#     v6: Ptr(GcStruct dict_unichar_int) = getfield(v5, "item0")
#     v7: Ptr(GcStruct str) = direct_call(&kiln_dict_repr: Ptr(Func(Ptr(GcStruct dict_unichar_int)) -> Ptr(GcStruct str)), v6)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_list_repr: Ptr(Func(Ptr(GcStruct list_str)) -> Ptr(GcStruct str)), v1)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_format_spec: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v8, @str.10)
#     v10: Signed = direct_call(&kiln_dict_getitem: Ptr(Func(Ptr(GcStruct dict_unichar_int), UniChar) -> Signed), v0, U'k')
#     v11: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v10)
#     v12: Ptr(GcStruct tuple5_str_str_str_str_str) = malloc(<GcStruct tuple5_str_str_str_str_str>)
#     setfield(v12, "item0", v2)
#     setfield(v12, "item1", v4)
#     setfield(v12, "item2", v7)
#     setfield(v12, "item3", v9)
#     setfield(v12, "item4", v11)
#     goto return(v12)
# }
# graph strings.contains_mul(v0: Ptr(GcStruct str), v1: UniChar, v2: Signed) -> Ptr(GcStruct tuple4_Bool_Bool_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: UniChar, v2: Signed):
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v1)
#     v4: Bool = direct_call(&kiln_str_contains: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v0, v3)
#     v5: Bool = direct_call(&kiln_str_contains: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Bool), v0, @str_ab)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_mul: Ptr(Func(Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), v0, v2)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v1)
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
# graph strings.encodings(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str)) -> Ptr(GcStruct tuple3_str_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str)):
#     v2: Ptr(GcStruct str) = direct_call(&kiln_str_encode: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v3: Ptr(GcStruct str) = direct_call(&kiln_bytes_decode_errors: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v1, @str_replace)
#     v4: Signed = getfield(v0, "length")
#     v5: Ptr(GcStruct tuple2_Signed_Signed) = malloc(<GcStruct tuple2_Signed_Signed>)
#     setfield(v5, "item0", 65)
#     setfield(v5, "item1", v4)
#     v6: Ptr(GcArray(Signed)) = malloc_varsize(<GcArray(Signed)>, 2)
#     v7: Signed = getfield(v5, "item0")
#     setarrayitem(v6, 0, v7)
#     v8: Signed = getfield(v5, "item1")
#     setarrayitem(v6, 1, v8)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_bytes_from_list: Ptr(Func(Ptr(GcArray(Signed))) -> Ptr(GcStruct str)), v6)
#     v10: Ptr(GcStruct tuple3_str_str_str) = malloc(<GcStruct tuple3_str_str_str>)
#     setfield(v10, "item0", v2)
#     setfield(v10, "item1", v3)
#     setfield(v10, "item2", v9)
#     goto return(v10)
# }
# graph strings.format_fields(v0: Ptr(GcStruct str), v1: Signed, v2: Float) -> Ptr(GcStruct tuple2_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed, v2: Float):
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_from_float: Ptr(Func(Float) -> Ptr(GcStruct str)), v2)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_repr: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.16, v5)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_format_spec: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, v6)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v3, @str.14, v4, @str.8, v7)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_repr: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v10: Ptr(GcStruct str) = direct_call(&kiln_str_ascii: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v9)
#     v11: Ptr(GcStruct tuple2_str_str) = malloc(<GcStruct tuple2_str_str>)
#     setfield(v11, "item0", v8)
#     setfield(v11, "item1", v10)
#     goto return(v11)
# }
# graph strings.format_method(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple2_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.19, v2)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_format_spec: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.21)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v4, @str.8, v5, @str.8, v0)
#     v7: Ptr(GcStruct tuple2_str_str) = malloc(<GcStruct tuple2_str_str>)
#     setfield(v7, "item0", v3)
#     setfield(v7, "item1", v6)
#     goto return(v7)
# }
# graph strings.fstring(v0: Ptr(GcStruct str), v1: Signed, v2: Float) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed, v2: Float):
#     v3: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_format_spec: Ptr(Func(Float, Ptr(GcStruct str)) -> Ptr(GcStruct str)), v2, @str.22)
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_repr: Ptr(Func(Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.23, v3, @str.24, v4, @str.25, v5)
#     goto return(v6)
# }
# graph strings.instance_strs(v0: Ptr(GcStruct strings.Shape), v1: Ptr(GcStruct strings.Plain), v2: Ptr(GcStruct strings.Shape)) -> Ptr(GcStruct tuple5_str_str_str_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct strings.Shape), v1: Ptr(GcStruct strings.Plain), v2: Ptr(GcStruct strings.Shape)):
#     v3: Ptr(GcStruct object) = cast_pointer(v0)
#     v4: Ptr(Struct object_vtable) = getfield(v3, "typeptr")
#     v5: Ptr(Struct strings.Shape_vtable) = cast_pointer(v4)
#     v6: Ptr(Func(Ptr(GcStruct strings.Shape)) -> Ptr(GcStruct str)) = getfield(v5, "method___str__")
#     v7: Ptr(GcStruct str) = indirect_call(v6, v0, "strings.Shape.__str__ strings.Square.__str__")
#     v8: Ptr(GcStruct strings.Named) = cast_pointer(v1)
#     v9: Ptr(GcStruct object) = cast_pointer(v8)
#     v10: Ptr(Struct object_vtable) = getfield(v9, "typeptr")
#     v11: Ptr(Struct strings.Plain_vtable) = cast_pointer(v10)
#     v12: Ptr(Func(Ptr(GcStruct strings.Named)) -> Ptr(GcStruct str)) = getfield(v11, "method___repr__")
#     v13: Ptr(GcStruct str) = direct_call(&kiln_instance_str: Ptr(Func(Ptr(Func(Ptr(GcStruct strings.Named)) -> Ptr(GcStruct str)), Ptr(GcStruct strings.Named)) -> Ptr(GcStruct str)), v12, v8)
#     v14: Ptr(GcStruct strings.Named) = cast_pointer(v1)
#     v15: Ptr(GcStruct object) = cast_pointer(v14)
#     v16: Ptr(Struct object_vtable) = getfield(v15, "typeptr")
#     v17: Ptr(Struct strings.Plain_vtable) = cast_pointer(v16)
#     v18: Ptr(Func(Ptr(GcStruct strings.Named)) -> Ptr(GcStruct str)) = getfield(v17, "method___repr__")
#     v19: Ptr(GcStruct str) = direct_call(&kiln_instance_str: Ptr(Func(Ptr(Func(Ptr(GcStruct strings.Named)) -> Ptr(GcStruct str)), Ptr(GcStruct strings.Named)) -> Ptr(GcStruct str)), v18, v14)
#     v20: Ptr(GcStruct object) = cast_pointer(v2)
#     v21: Ptr(Struct object_vtable) = cast_pointer(@vtable_strings.Shape)
#     v22: Ptr(Struct object_vtable) = direct_call(&kiln_vtable_or_default: Ptr(Func(Ptr(GcStruct object), Ptr(Struct object_vtable)) -> Ptr(Struct object_vtable)), v20, v21)
#     v23: Ptr(Struct strings.Shape_vtable) = cast_pointer(v22)
#     v24: Ptr(Func(Ptr(GcStruct strings.Shape)) -> Ptr(GcStruct str)) = getfield(v23, "method___str__")
#     v25: Ptr(GcStruct str) = direct_call(&kiln_instance_str: Ptr(Func(Ptr(Func(Ptr(GcStruct strings.Shape)) -> Ptr(GcStruct str)), Ptr(GcStruct strings.Shape)) -> Ptr(GcStruct str)), v24, v2)
#     v26: Ptr(GcStruct object) = cast_pointer(v0)
#     v27: Ptr(GcStruct str) = direct_call(&kiln_instance_repr: Ptr(Func(Ptr(GcStruct object)) -> Ptr(GcStruct str)), v26)
#     v28: Ptr(GcStruct str) = direct_call(&kiln_str_slice: Ptr(Func(Ptr(GcStruct str), Signed, Signed) -> Ptr(GcStruct str)), v27, 0, 1)
#     v29: Ptr(GcStruct tuple5_str_str_str_str_str) = malloc(<GcStruct tuple5_str_str_str_str_str>)
#     setfield(v29, "item0", v7)
#     setfield(v29, "item1", v13)
#     setfield(v29, "item2", v19)
#     setfield(v29, "item3", v25)
#     setfield(v29, "item4", v28)
#     goto return(v29)
# }
# graph strings.item_caught(v0: Ptr(GcStruct str), v1: Signed) -> UniChar raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: UniChar = direct_call(&kiln_str_getitem: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v0, v1)
#     exits [normal: return(v2), except @vtable_Exception as (v3: Ptr(Struct object_vtable), v4: Ptr(GcStruct Exception)): block1(v3, v4)]
# block1(v5: Ptr(Struct object_vtable), v6: Ptr(GcStruct Exception)):
#     v7: Ptr(Struct Exception_vtable) = cast_pointer(v5)
#     goto block2(v7, v6)
# block2(v8: Ptr(Struct Exception_vtable), v9: Ptr(GcStruct Exception)):
#     v10: Ptr(Struct object_vtable) = cast_pointer(v8)
#     v11: Signed = getfield(v10, "subclassrange_min")
#     v12: Bool = int_between(5, v11, 6)
#     branch v12 [true: return(U'?'), false: block3(v8, v9)]
# block3(v13: Ptr(Struct Exception_vtable), v14: Ptr(GcStruct Exception)):
#     v15: Ptr(Struct object_vtable) = cast_pointer(v13)
#     v16: Ptr(GcStruct object) = cast_pointer(v14)
#     goto raise(v15, v16)
# }
# graph strings.items(v0: Ptr(GcStruct str), v1: Signed, v2: Ptr(GcStruct str)) -> Ptr(GcStruct tuple6_Signed_UniChar_UniChar_UniChar_Signed_UniChar) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed, v2: Ptr(GcStruct str)):
#     v3: Signed = getfield(v0, "length")
#     v4: Signed = getfield(v0, "length")
#     v5: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), 0, v4, 3)
#     v6: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v0, v5)
#     v7: Signed = getfield(v0, "length")
#     v8: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v1, v7, 3)
#     v9: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v0, v8)
#     v10: Signed = getfield(v0, "length")
#     v11: Signed = direct_call(&kiln_check_index_wrap: Ptr(Func(Signed, Signed, Signed) -> Signed), -1, v10, 3)
#     v12: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v0, v11)
#     v13: Signed = getfield(v2, "length")
#     v14: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v1, v13, 4)
#     v15: Ptr(Array(Char)) = getsubstruct(v2, "chars")
#     v16: Char = getarrayitem(v15, v14)
#     v17: Signed = cast_char_to_int(v16)
#     v18: Ptr(GcStruct tuple6_Signed_UniChar_UniChar_UniChar_Signed_UniChar) = malloc(<GcStruct tuple6_Signed_UniChar_UniChar_UniChar_Signed_UniChar>)
#     setfield(v18, "item0", v3)
#     setfield(v18, "item1", v6)
#     setfield(v18, "item2", v9)
#     setfield(v18, "item3", v12)
#     setfield(v18, "item4", v17)
#     setfield(v18, "item5", U'b')
#     goto return(v18)
# }
# graph strings.joining(v0: Ptr(GcStruct str), v1: Ptr(GcStruct list_str), v2: Ptr(GcStruct dict_str_int)) -> Ptr(GcStruct tuple4_str_str_str_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Ptr(GcStruct list_str), v2: Ptr(GcStruct dict_str_int)):
#     v3: Ptr(GcStruct tuple2_str_UniChar) = malloc(<GcStruct tuple2_str_UniChar>)
#     setfield(v3, "item0", v0)
#     setfield(v3, "item1", U'x')
#     v4: Ptr(GcStruct str) = getfield(v3, "item0")
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v4, @str.27)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_join: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.14, v0)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_join: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct dict_str_int)) -> Ptr(GcStruct str)), @str.5, v2)
#     v8: Ptr(GcStruct listiter_str) = malloc(<GcStruct listiter_str>)
#     setfield(v8, "list", v1)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_join_iter: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct listiter_str)) -> Ptr(GcStruct str)), @str.13, v8)
#     v10: Ptr(GcStruct tuple4_str_str_str_str) = malloc(<GcStruct tuple4_str_str_str_str>)
#     setfield(v10, "item0", v5)
#     setfield(v10, "item1", v6)
#     setfield(v10, "item2", v7)
#     setfield(v10, "item3", v9)
#     goto return(v10)
# }
# graph strings.methods(v0: Ptr(GcStruct str)) -> Ptr(GcStruct tuple13_str_str_str_Bool_Bool_Signed_Signed_str_str_str_Bool_Signed_array_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str)):
#     v1: Ptr(GcArray(Ptr(GcStruct str))) = direct_call(&kiln_str_split: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Signed) -> Ptr(GcArray(Ptr(GcStruct str)))), v0, @str.26, -1)
#     v2: Ptr(GcStruct str) = direct_call(&kiln_str_join: Ptr(Func(Ptr(GcStruct str), Ptr(GcArray(Ptr(GcStruct str)))) -> Ptr(GcStruct str)), @str.14, v1)
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
# graph strings.ordering(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: UniChar) -> Ptr(GcStruct tuple4_str_str_UniChar_UniChar) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: UniChar):
#     v3: Signed = direct_call(&kiln_str_cmp: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Signed), v1, v0)
#     v4: Bool = int_lt(v3, 0)
#     v5: Ptr(GcStruct str) = select(v4, v1, v0)
#     v6: Signed = direct_call(&kiln_str_cmp: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Signed), v1, v0)
#     v7: Bool = int_gt(v6, 0)
#     v8: Ptr(GcStruct str) = select(v7, v1, v0)
#     v9: Signed = direct_call(&kiln_str_cmp: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Signed), @str_m, v8)
#     v10: Bool = int_gt(v9, 0)
#     v11: Ptr(GcStruct str) = select(v10, @str_m, v8)
#     v12: Bool = unichar_lt(U'z', v2)
#     v13: UniChar = select(v12, U'z', v2)
#     v14: UniChar = direct_call(&kiln_str_min: Ptr(Func(Ptr(GcStruct str)) -> UniChar), v0)
#     v15: Ptr(GcStruct tuple4_str_str_UniChar_UniChar) = malloc(<GcStruct tuple4_str_str_UniChar_UniChar>)
#     setfield(v15, "item0", v5)
#     setfield(v15, "item1", v11)
#     setfield(v15, "item2", v13)
#     setfield(v15, "item3", v14)
#     goto return(v15)
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
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v4, @str.28, v6, @str.29)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_format: Ptr(Func(Ptr(GcStruct str), Signed) -> Ptr(GcStruct str)), @str.7, v1)
#     v9: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v8, @str.8)
#     v10: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v11: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v10, @str.30)
#     v12: Ptr(GcStruct str) = direct_call(&kiln_str_from_float: Ptr(Func(Float) -> Ptr(GcStruct str)), v2)
#     v13: Ptr(GcStruct tuple4_str_str_str_str) = malloc(<GcStruct tuple4_str_str_str_str>)
#     setfield(v13, "item0", v7)
#     setfield(v13, "item1", v9)
#     setfield(v13, "item2", v11)
#     setfield(v13, "item3", v12)
#     goto return(v13)
# }
# graph strings.pick(v0: Ptr(GcStruct str), v1: UniChar, v2: Signed) -> Ptr(GcStruct str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: UniChar, v2: Signed):
#     v3: Bool = int_gt(v2, 1)
#     branch v3 [true: block1(v1), false: return(v0)]
# block1(v4: UniChar):
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_from_char: Ptr(Func(UniChar) -> Ptr(GcStruct str)), v4)
#     goto return(v5)
# }
# graph strings.printing(v0: Ptr(GcStruct str), v1: Signed, v2: Float, v3: Ptr(GcStruct strings.Point)) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed, v2: Float, v3: Ptr(GcStruct strings.Point)):
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.11)
#     v5: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v4)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_from_float: Ptr(Func(Float) -> Ptr(GcStruct str)), v2)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.13, v6, @str.13, v7, @str.31)
#     v9: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v8)
#     v10: Ptr(GcStruct str) = direct_call(&kiln_str_from_int: Ptr(Func(Signed) -> Ptr(GcStruct str)), v1)
#     v11: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, @str.2, v10, @str.32)
#     v12: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v11)
#     v13: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), @str.11)
#     v14: Ptr(GcStruct str) = direct_call(&strings.Point.__str__, v3)
#     v15: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.33, v14, @str.11)
#     v16: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v15)
#     goto return("")
# }
# graph strings.printing_none(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str)) -> Void raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str)):
#     v2: Bool = ptr_nonzero(v1)
#     v3: Ptr(GcStruct str) = select(v2, v1, @str.13)
#     v4: Ptr(GcStruct str) = direct_call(&kiln_str_build: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), v0, v3, v0, @str.11)
#     v5: Void = direct_call(&kiln_print_str: Ptr(Func(Ptr(GcStruct str)) -> Void), v4)
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
#     v4: Signed = getfield(v0, "length")
#     v5: Ptr(GcStruct str) = direct_call(&kiln_str_slice: Ptr(Func(Ptr(GcStruct str), Signed, Signed) -> Ptr(GcStruct str)), v0, 1, v4)
#     v6: Ptr(GcStruct str) = direct_call(&kiln_str_slice: Ptr(Func(Ptr(GcStruct str), Signed, Signed) -> Ptr(GcStruct str)), v0, 0, v2)
#     v7: Ptr(GcStruct str) = direct_call(&kiln_str_slice_step: Ptr(Func(Ptr(GcStruct str), Signed, Signed, Signed) -> Ptr(GcStruct str)), v0, -9223372036854775808, -9223372036854775808, -1)
#     v8: Ptr(GcStruct str) = direct_call(&kiln_str_slice_step: Ptr(Func(Ptr(GcStruct str), Signed, Signed, Signed) -> Ptr(GcStruct str)), v0, v1, v2, 2)
#     v9: Ptr(GcStruct tuple6_str_str_str_str_str_str) = malloc(<GcStruct tuple6_str_str_str_str_str_str>)
#     setfield(v9, "item0", v3)
#     setfield(v9, "item1", v5)
#     setfield(v9, "item2", v6)
#     setfield(v9, "item3", v0)
#     setfield(v9, "item4", v7)
#     setfield(v9, "item5", v8)
#     goto return(v9)
# }
# graph strings.truth(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: UniChar) -> Signed raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Ptr(GcStruct str), v2: UniChar):
#     v3: Signed = getfield(v0, "length")
#     v4: Bool = int_is_true(v3)
#     branch v4 [true: block1(v1, v2), false: block2(v2)]
# block1(v5: Ptr(GcStruct str), v6: UniChar):
#     v7: Bool = direct_call(&kiln_str_is_true: Ptr(Func(Ptr(GcStruct str)) -> Bool), v5)
#     branch v7 [true: block2(v6), false: return(1)]
# block2(v8: UniChar):
#     branch True [true: return(2), false: return(3)]
# }
# graph strings.unicode_text(v0: Ptr(GcStruct str), v1: Signed) -> Ptr(GcStruct tuple6_Signed_UniChar_UniChar_Signed_UniChar_str) raises(Ptr(Struct object_vtable), Ptr(GcStruct object)) {
# block0(v0: Ptr(GcStruct str), v1: Signed):
#     v2: Ptr(GcStruct str) = direct_call(&kiln_str_concat: Ptr(Func(Ptr(GcStruct str), Ptr(GcStruct str)) -> Ptr(GcStruct str)), @str.34, v0)
#     v3: Signed = getfield(v2, "length")
#     v4: Signed = getfield(v2, "length")
#     v5: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), v1, v4, 3)
#     v6: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v2, v5)
#     v7: Signed = getfield(v2, "length")
#     v8: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), 1, v7, 3)
#     v9: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v2, v8)
#     v10: Signed = getfield(v2, "length")
#     v11: Signed = direct_call(&kiln_check_index: Ptr(Func(Signed, Signed, Signed) -> Signed), 1, v10, 3)
#     v12: UniChar = direct_call(&kiln_str_char_at: Ptr(Func(Ptr(GcStruct str), Signed) -> UniChar), v2, v11)
#     v13: Signed = cast_unichar_to_int(v12)
#     v14: Ptr(GcStruct str) = direct_call(&kiln_str_slice_step: Ptr(Func(Ptr(GcStruct str), Signed, Signed, Signed) -> Ptr(GcStruct str)), v2, -9223372036854775808, -9223372036854775808, -1)
#     v15: Ptr(GcStruct str) = direct_call(&kiln_str_slice: Ptr(Func(Ptr(GcStruct str), Signed, Signed) -> Ptr(GcStruct str)), v14, 0, 2)
#     v16: Ptr(GcStruct tuple6_Signed_UniChar_UniChar_Signed_UniChar_str) = malloc(<GcStruct tuple6_Signed_UniChar_UniChar_Signed_UniChar_str>)
#     setfield(v16, "item0", v3)
#     setfield(v16, "item1", v6)
#     setfield(v16, "item2", v9)
#     setfield(v16, "item3", v13)
#     setfield(v16, "item4", U'\xe9')
#     setfield(v16, "item5", v15)
#     goto return(v16)
# }
# Struct object_vtable size=24 align=8 { subclassrange_min: Signed @0, subclassrange_max: Signed @8, name: Ptr(GcStruct str) @16 }
# GcStruct str size=24 align=8 { hash: Signed @0, length: Signed @8, chars: Array(Char) @16 }
# Array(Char) size=8 align=8 items@8 stride=1
# GcStruct object size=8 align=8 { typeptr: Ptr(Struct object_vtable) @0 }
# GcStruct strings.Point size=24 align=8 { super: GcStruct object @0, inst_x: Signed @8, inst_y: Signed @16 }
# Struct strings.Point_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct BaseException size=16 align=8 { super: GcStruct object @0, message: Ptr(GcStruct str) @8 }
# Struct BaseException_vtable size=24 align=8 { super: Struct object_vtable @0 }
# GcStruct Exception size=16 align=8 { super: GcStruct BaseException @0 }
# Struct Exception_vtable size=24 align=8 { super: Struct BaseException_vtable @0 }
# GcStruct LookupError size=16 align=8 { super: GcStruct Exception @0 }
# Struct LookupError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct IndexError size=16 align=8 { super: GcStruct LookupError @0 }
# Struct IndexError_vtable size=24 align=8 { super: Struct LookupError_vtable @0 }
# GcStruct ValueError size=16 align=8 { super: GcStruct Exception @0 }
# Struct ValueError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcStruct strings.Shape size=8 align=8 { super: GcStruct object @0 }
# Struct strings.Shape_vtable size=32 align=8 { super: Struct object_vtable @0, method___str__: Ptr(Func(Ptr(GcStruct strings.Shape)) -> Ptr(GcStruct str)) @24 }
# GcStruct strings.Square size=8 align=8 { super: GcStruct strings.Shape @0 }
# Struct strings.Square_vtable size=32 align=8 { super: Struct strings.Shape_vtable @0 }
# GcStruct strings.Plain size=8 align=8 { super: GcStruct object @0 }
# Struct strings.Plain_vtable size=32 align=8 { super: Struct object_vtable @0, method___repr__: Ptr(Func(Ptr(GcStruct strings.Named)) -> Ptr(GcStruct str)) @24 }
# GcStruct strings.Named size=8 align=8 { super: GcStruct strings.Plain @0 }
# Struct strings.Named_vtable size=32 align=8 { super: Struct strings.Plain_vtable @0 }
# GcStruct TypeError size=16 align=8 { super: GcStruct Exception @0 }
# Struct TypeError_vtable size=24 align=8 { super: Struct Exception_vtable @0 }
# GcArray(Ptr(GcStruct str)) size=8 align=8 items@8 stride=8
# GcStruct list_str size=16 align=8 { length: Signed @0, items: Ptr(GcArray(Ptr(GcStruct str))) @8 }
# GcStruct tuple4_Signed_str_str_str size=32 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Ptr(GcStruct str) @24 }
# GcStruct tuple2_str_str size=16 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8 }
# GcStruct tuple5_Signed_str_str_Bool_str size=40 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Bool @24, item4: Ptr(GcStruct str) @32 }
# GcStruct tuple5_Signed_UniChar_UniChar_Bool_str size=32 align=8 { item0: Signed @0, item1: UniChar @8, item2: UniChar @12, item3: Bool @16, item4: Ptr(GcStruct str) @24 }
# GcStruct tuple9_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool_Bool size=9 align=1 { item0: Bool @0, item1: Bool @1, item2: Bool @2, item3: Bool @3, item4: Bool @4, item5: Bool @5, item6: Bool @6, item7: Bool @7, item8: Bool @8 }
# Struct dictentry_unichar_int size=24 align=8 { key: UniChar @0, value: Signed @8, valid: Bool @16 }
# GcArray(Signed) size=8 align=8 items@8 stride=8
# GcArray(Struct dictentry_unichar_int) size=8 align=8 items@8 stride=24
# GcStruct dict_unichar_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_unichar_int)) @24 }
# GcStruct tuple5_str_str_str_str_str size=40 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Ptr(GcStruct str) @24, item4: Ptr(GcStruct str) @32 }
# GcStruct tuple4_Bool_Bool_str_str size=24 align=8 { item0: Bool @0, item1: Bool @1, item2: Ptr(GcStruct str) @8, item3: Ptr(GcStruct str) @16 }
# GcStruct tuple10_str_str_str_str_str_str_Signed_Signed_Float_Signed size=80 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Ptr(GcStruct str) @24, item4: Ptr(GcStruct str) @32, item5: Ptr(GcStruct str) @40, item6: Signed @48, item7: Signed @56, item8: Float @64, item9: Signed @72 }
# GcStruct tuple3_str_str_str size=24 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16 }
# GcStruct tuple6_Signed_UniChar_UniChar_UniChar_Signed_UniChar size=40 align=8 { item0: Signed @0, item1: UniChar @8, item2: UniChar @12, item3: UniChar @16, item4: Signed @24, item5: UniChar @32 }
# Struct dictentry_str_int size=16 align=8 { key: Ptr(GcStruct str) @0, value: Signed @8 }
# GcArray(Struct dictentry_str_int) size=8 align=8 items@8 stride=16
# GcStruct dict_str_int size=32 align=8 { num_items: Signed @0, num_used: Signed @8, indexes: Ptr(GcArray(Signed)) @16, entries: Ptr(GcArray(Struct dictentry_str_int)) @24 }
# GcStruct tuple4_str_str_str_str size=32 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Ptr(GcStruct str) @24 }
# GcStruct tuple13_str_str_str_Bool_Bool_Signed_Signed_str_str_str_Bool_Signed_array_str size=96 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Bool @24, item4: Bool @25, item5: Signed @32, item6: Signed @40, item7: Ptr(GcStruct str) @48, item8: Ptr(GcStruct str) @56, item9: Ptr(GcStruct str) @64, item10: Bool @72, item11: Signed @80, item12: Ptr(GcArray(Ptr(GcStruct str))) @88 }
# GcStruct tuple4_str_str_UniChar_UniChar size=24 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: UniChar @16, item3: UniChar @20 }
# GcStruct tuple6_str_str_str_str_str_str size=48 align=8 { item0: Ptr(GcStruct str) @0, item1: Ptr(GcStruct str) @8, item2: Ptr(GcStruct str) @16, item3: Ptr(GcStruct str) @24, item4: Ptr(GcStruct str) @32, item5: Ptr(GcStruct str) @40 }
# GcStruct tuple6_Signed_UniChar_UniChar_Signed_UniChar_str size=40 align=8 { item0: Signed @0, item1: UniChar @8, item2: UniChar @12, item3: Signed @16, item4: UniChar @24, item5: Ptr(GcStruct str) @32 }
# GcStruct tuple2_Signed_Signed size=16 align=8 { item0: Signed @0, item1: Signed @8 }
# GcStruct strbuilder size=16 align=8 { length: Signed @0, buf: Ptr(GcStruct str) @8 }
# GcStruct tuple2_str_Signed size=16 align=8 { item0: Ptr(GcStruct str) @0, item1: Signed @8 }
# GcStruct tuple2_Signed_str size=16 align=8 { item0: Signed @0, item1: Ptr(GcStruct str) @8 }
# GcArray(Ptr(GcStruct dict_unichar_int)) size=8 align=8 items@8 stride=8
# GcStruct tuple1_dict_unichar_int size=8 align=8 { item0: Ptr(GcStruct dict_unichar_int) @0 }
# GcArray(Ptr(GcStruct strings.Shape)) size=8 align=8 items@8 stride=8
# GcArray(Ptr(GcStruct strings.Plain)) size=8 align=8 items@8 stride=8
# GcStruct tuple2_str_UniChar size=16 align=8 { item0: Ptr(GcStruct str) @0, item1: UniChar @8 }
# GcStruct listiter_str size=16 align=8 { list: Ptr(GcStruct list_str) @0, index: Signed @8 }
# GcStruct tuple2_UniChar_UniChar size=8 align=4 { item0: UniChar @0, item1: UniChar @4 }
# prebuilt @str.1: GcStruct str = {hash: 0, length: 1, chars: "("}
# prebuilt @str.10: GcStruct str = {hash: 0, length: 3, chars: ">20"}
# prebuilt @str.11: GcStruct str = {hash: 0, length: 1, chars: "\x0a"}
# prebuilt @str.13: GcStruct str = {hash: 0, length: 1, chars: " "}
# prebuilt @str.14: GcStruct str = {hash: 0, length: 1, chars: "-"}
# prebuilt @str.16: GcStruct str = {hash: 0, length: 1, chars: ">"}
# prebuilt @str.19: GcStruct str = {hash: 0, length: 5, chars: " and "}
# prebuilt @str.2: GcStruct str = {hash: 0, length: 2, chars: ", "}
# prebuilt @str.21: GcStruct str = {hash: 0, length: 2, chars: ">8"}
# prebuilt @str.22: GcStruct str = {hash: 0, length: 3, chars: ".2f"}
# prebuilt @str.23: GcStruct str = {hash: 0, length: 2, chars: ": "}
# prebuilt @str.24: GcStruct str = {hash: 0, length: 2, chars: " ("}
# prebuilt @str.25: GcStruct str = {hash: 0, length: 2, chars: ") "}
# prebuilt @str.26: GcStruct str = {hash: 0, length: 1, chars: ","}
# prebuilt @str.27: GcStruct str = {hash: 0, length: 2, chars: ",x"}
# prebuilt @str.28: GcStruct str = {hash: 0, length: 5, chars: " has "}
# prebuilt @str.29: GcStruct str = {hash: 0, length: 6, chars: " items"}
# prebuilt @str.3: GcStruct str = {hash: 0, length: 1, chars: ")"}
# prebuilt @str.30: GcStruct str = {hash: 0, length: 1, chars: "%"}
# prebuilt @str.31: GcStruct str = {hash: 0, length: 6, chars: " True\x0a"}
# prebuilt @str.32: GcStruct str = {hash: 0, length: 2, chars: "!\x0a"}
# prebuilt @str.33: GcStruct str = {hash: 0, length: 6, chars: "point "}
# prebuilt @str.34: GcStruct str = {hash: 0, length: 7, chars: "h\xc3\xa9llo \xe2\x82\xac"}
# prebuilt @str.4: GcStruct str = {hash: 0, length: 2, chars: ">5"}
# prebuilt @str.5: GcStruct str = {hash: 0, length: 0, chars: ""}
# prebuilt @str.6: GcStruct str = {hash: 0, length: 1, chars: "="}
# prebuilt @str.7: GcStruct str = {hash: 0, length: 3, chars: "%5d"}
# prebuilt @str.8: GcStruct str = {hash: 0, length: 1, chars: "|"}
# prebuilt @str.9: GcStruct str = {hash: 0, length: 1, chars: "!"}
# prebuilt @str_Exception: GcStruct str = {hash: 0, length: 9, chars: "Exception"}
# prebuilt @str_False: GcStruct str = {hash: 0, length: 5, chars: "False"}
# prebuilt @str_Shape: GcStruct str = {hash: 0, length: 5, chars: "Shape"}
# prebuilt @str_True: GcStruct str = {hash: 0, length: 4, chars: "True"}
# prebuilt @str_TypeError: GcStruct str = {hash: 0, length: 9, chars: "TypeError"}
# prebuilt @str_a: GcStruct str = {hash: 0, length: 1, chars: "a"}
# prebuilt @str_ab: GcStruct str = {hash: 0, length: 2, chars: "ab"}
# prebuilt @str_b: GcStruct str = {hash: 0, length: 1, chars: "b"}
# prebuilt @str_list: GcStruct str = {hash: 0, length: 4, chars: "list"}
# prebuilt @str_m: GcStruct str = {hash: 0, length: 1, chars: "m"}
# prebuilt @str_replace: GcStruct str = {hash: 0, length: 7, chars: "replace"}
# prebuilt @str_x: GcStruct str = {hash: 0, length: 1, chars: "x"}
# prebuilt @str_y: GcStruct str = {hash: 0, length: 1, chars: "y"}
# prebuilt @vtable_Exception: Struct Exception_vtable = {super: {super: {subclassrange_min: 3, subclassrange_max: 8, name: @str_Exception}}}
# prebuilt @vtable_strings.Shape: Struct strings.Shape_vtable = {super: {subclassrange_min: 8, subclassrange_max: 10, name: @str_Shape}, method___str__: &strings.Shape.__str__}
