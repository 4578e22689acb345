# test: annotate
# functions: chars methods formatting byte_strings compare
# str, chars and bytes: indexing gives a char, concatenation, methods, formatting, bytes.
def chars(s, i):
    c = s[i]
    d = c + "x"
    return c, d, ord(c), chr(65 + i)


def methods(s):
    parts = s.split(",")
    joined = "-".join(parts)
    up = joined.upper().strip()
    return up.startswith("A"), up.find("B"), up.replace("A", "a"), len(up)


def formatting(name, n, x):
    a = "%s has %d items" % (name, n)
    b = f"{name}: {n} ({x:.2f})"
    c = "{} and {}".format(name, n)
    return a + b + c + str(n) + repr(x)


def byte_strings(b):
    first = b[0]
    tail = b[1:]
    text = b.decode()
    back = text.encode()
    return first, tail + b"!", back, b"-".join([tail, back])


def compare(a, b):
    return a < b, a == b, "x" in a, a * 2


def entry_point(argv):
    print(chars("hello", len(argv)))
    print(methods("a,b,c"))
    print(formatting("box", 3, 1.5))
    print(byte_strings(b"xyz"))
    print(compare(argv[0], "zz"))
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph strings.byte_strings(v0: bytes=b'xyz') -> (int>=0, bytes, bytes, bytes) {
# block0(v0: bytes=b'xyz'):
#     v1: int>=0 = getitem(v0, 0)
#     v2: bytes = getslice(v0, 1, None, None)
#     v3: method(bytes.decode) = getattr(v0, 'decode')
#     v4: str = simple_call(v3)
#     v5: method(str.encode) = getattr(v4, 'encode')
#     v6: bytes = simple_call(v5)
#     v7: bytes = add(v2, b'!')
#     v8: method(bytes.join) = getattr(b'-', 'join')
#     v9: list(bytes) = newlist(v2, v6)
#     v10: bytes = simple_call(v8, v9)
#     v11: (int>=0, bytes, bytes, bytes) = newtuple(v1, v7, v6, v10)
#     goto return(v11)
# }
# graph strings.chars(v0: str='hello', v1: int>=0) -> (char, str, int>=0, char) {
# block0(v0: str='hello', v1: int>=0):
#     v2: char = getitem(v0, v1)
#     v3: str = add(v2, 'x')
#     v4: int>=0 = simple_call(ord, v2)
#     v5: int>=0 = add(65, v1)
#     v6: char = simple_call(chr, v5)
#     v7: (char, str, int>=0, char) = newtuple(v2, v3, v4, v6)
#     goto return(v7)
# }
# graph strings.compare(v0: str, v1: str='zz') -> (bool, bool, bool, str) {
# block0(v0: str, v1: str='zz'):
#     v2: bool = lt(v0, v1)
#     v3: bool = eq(v0, v1)
#     v4: bool = contains(v0, 'x')
#     v5: str = mul(v0, 2)
#     v6: (bool, bool, bool, str) = newtuple(v2, v3, v4, v5)
#     goto return(v6)
# }
# graph strings.formatting(v0: str='box', v1: int=3, v2: float=1.5) -> str {
# block0(v0: str='box', v1: int=3, v2: float=1.5):
#     v3: (str='box', int=3) = newtuple(v0, v1)
#     v4: str = mod('%s has %d items', v3)
#     v5: str = format(v0, '')
#     v6: str = format(v1, '')
#     v7: str = format(v2, '.2f')
#     v8: str = buildstr(v5, ': ', v6, ' (', v7, ')')
#     v9: method(str.format) = getattr('{} and {}', 'format')
#     v10: str = simple_call(v9, v0, v1)
#     v11: str = add(v4, v8)
#     v12: str = add(v11, v10)
#     v13: str = simple_call(str, v1)
#     v14: str = add(v12, v13)
#     v15: str = simple_call(repr, v2)
#     v16: str = add(v14, v15)
#     goto return(v16)
# }
# graph strings.methods(v0: str='a,b,c') -> (bool, int, str, int>=0) {
# block0(v0: str='a,b,c'):
#     v1: method(str.split) = getattr(v0, 'split')
#     v2: list(str) = simple_call(v1, ',')
#     v3: method(str.join) = getattr('-', 'join')
#     v4: str = simple_call(v3, v2)
#     v5: method(str.upper) = getattr(v4, 'upper')
#     v6: str = simple_call(v5)
#     v7: method(str.strip) = getattr(v6, 'strip')
#     v8: str = simple_call(v7)
#     v9: method(str.startswith) = getattr(v8, 'startswith')
#     v10: bool = simple_call(v9, 'A')
#     v11: method(str.find) = getattr(v8, 'find')
#     v12: int = simple_call(v11, 'B')
#     v13: method(str.replace) = getattr(v8, 'replace')
#     v14: str = simple_call(v13, 'A', 'a')
#     v15: int>=0 = simple_call(len, v8)
#     v16: (bool, int, str, int>=0) = newtuple(v10, v12, v14, v15)
#     goto return(v16)
# }
