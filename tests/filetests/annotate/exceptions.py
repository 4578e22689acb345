# test: annotate
# functions: ParseError.__init__ parse_digit safe_parse lookup index divide
# Exceptions: raise, try/except/else/finally, custom exception classes with attributes,
# built-in exceptions raised by operations, catching several classes, re-raising.
class ParseError(Exception):
    def __init__(self, msg, pos):
        self.msg = msg
        self.pos = pos


class EndOfInput(ParseError):
    pass


def parse_digit(text, i):
    if i >= len(text):
        raise EndOfInput("end", i)
    c = text[i]
    if not c.isdigit():
        raise ParseError("not a digit: " + c, i)
    return ord(c) - ord("0")


def safe_parse(text, i):
    try:
        d = parse_digit(text, i)
    except EndOfInput:
        return -1
    except ParseError as e:
        print(e.msg, e.pos)
        return -2
    else:
        d += 1
    finally:
        print("parsed")
    return d


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        return 0


def index(xs, i):
    try:
        return xs[i]
    except (IndexError, ValueError) as e:
        print("bad index")
        raise


def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0


def entry_point(argv):
    print(safe_parse("12", 0), safe_parse("x", 0), safe_parse("", 0))
    print(lookup({"a": 1}, "b"), divide(7, len(argv) - 1))
    try:
        index([1, 2], 5)
    except IndexError:
        print("caught")
    return 0


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph exceptions.ParseError.__init__(v0: exceptions.ParseError, v1: str, v2: int=0) -> None {
# block0(v0: exceptions.ParseError, v1: str, v2: int=0):
#     v3: None = setattr(v0, 'msg', v1)
#     v4: None = setattr(v0, 'pos', v2)
#     goto return(None)
# }
# graph exceptions.divide(v0: int=7, v1: int) -> int {
# block0(v0: int=7, v1: int):
#     v2: int = floordiv(v0, v1)
#     exits [normal: return(v2), except Exception as (v3: type(Exception), v4: Exception): block1(v3, v4)]
# block1(v5: type(Exception), v6: Exception):
#     v7: bool = issubtype(v5, ZeroDivisionError)
#     branch v7 [true: return(0), false: raise(v5, v6)]
# }
# graph exceptions.index(v0: list(int), v1: int=5) -> int>=0 {
# block0(v0: list(int), v1: int=5):
#     v2: int>=0 = getitem(v0, v1)
#     exits [normal: return(v2), except Exception as (v3: type(Exception), v4: Exception): block1(v3, v4)]
# block1(v5: type(Exception), v6: Exception):
#     v7: bool = issubtype(v5, IndexError)
#     branch v7 [true: block3(v5, v6), false: block2(v5, v6)]
# block2(v8: type(Exception), v9: Exception):
#     v10: bool = issubtype(v8, ValueError)
#     branch v10 [true: block3(v8, v9), false: raise(v8, v9)]
# block3(v11: type(Exception), v12: Exception):
#     v13: None = simple_call(print, 'bad index')
#     goto raise(v11, v12)
# }
# graph exceptions.lookup(v0: dict(str, int), v1: char='b') -> int>=0 {
# block0(v0: dict(str, int), v1: char='b'):
#     v2: int=1 = getitem(v0, v1)
#     exits [normal: return(v2), except Exception as (v3: type(Exception), v4: Exception): block1(v3, v4)]
# block1(v5: type(Exception), v6: Exception):
#     v7: bool = issubtype(v5, KeyError)
#     branch v7 [true: return(0), false: raise(v5, v6)]
# }
# graph exceptions.parse_digit(v0: str, v1: int=0) -> int {
#     ; g0 = class exceptions.ParseError
#     ; g1 = class exceptions.EndOfInput
# block0(v0: str, v1: int=0):
#     v2: int>=0 = simple_call(len, v0)
#     v3: bool = ge(v1, v2)
#     v4: bool = bool_(v3)
#     branch v4 [true: block4(v1), false: block1(v0, v1)]
# block1(v5: str, v6: int=0):
#     v7: char = getitem(v5, v6)
#     v8: method(str.isdigit) = getattr(v7, 'isdigit')
#     v9: bool = simple_call(v8)
#     v10: bool = bool_(v9)
#     branch v10 [true: block3(v7), false: block2(v6, v7)]
# block2(v11: int=0, v12: char):
#     v13: str = add('not a digit: ', v12)
#     v14: exceptions.ParseError = simple_call(g0, v13, v11)
#     goto raise(g0, v14)
# block3(v15: char):
#     v16: int>=0 = simple_call(ord, v15)
#     v17: int>=0 = simple_call(ord, '0')
#     v18: int = sub(v16, v17)
#     goto return(v18)
# block4(v19: int=0):
#     v20: exceptions.EndOfInput = simple_call(g1, 'end', v19)
#     goto raise(g1, v20)
# }
# graph exceptions.safe_parse(v0: str, v1: int=0) -> int {
#     ; g0 = function exceptions.parse_digit
#     ; g1 = class exceptions.EndOfInput
#     ; g2 = class exceptions.ParseError
# block0(v0: str, v1: int=0):
#     v2: int = simple_call(g0, v0, v1)
#     exits [normal: block8(v2), except BaseException as (v3: type(BaseException), v4: BaseException): block1(v3, v4)]
# block1(v5: type(BaseException), v6: BaseException):
#     v7: bool = issubtype(v5, g1)
#     branch v7 [true: block7(), false: block2(v5, v6)]
# block2(v8: type(BaseException), v9: BaseException):
#     v10: bool = issubtype(v8, g2)
#     branch v10 [true: block3(v9), false: block9(v8, v9)]
# block3(v11: exceptions.ParseError):
#     v12: str = getattr(v11, 'msg')
#     exits [normal: block4(v11, v12), except BaseException as (v13: type(BaseException), v14: BaseException): block9(v13, v14)]
# block4(v15: exceptions.ParseError, v16: str):
#     v17: int=0 = getattr(v15, 'pos')
#     exits [normal: block5(v16, v17), except BaseException as (v18: type(BaseException), v19: BaseException): block9(v18, v19)]
# block5(v20: str, v21: int=0):
#     v22: None = simple_call(print, v20, v21)
#     exits [normal: block6(), except BaseException as (v23: type(BaseException), v24: BaseException): block9(v23, v24)]
# block6():
#     v25: None = simple_call(print, 'parsed')
#     goto return(-2)
# block7():
#     v26: None = simple_call(print, 'parsed')
#     goto return(-1)
# block8(v27: int):
#     v28: int = inplace_add(v27, 1)
#     exits [normal: block10(v28), except BaseException as (v29: type(BaseException), v30: BaseException): block9(v29, v30)]
# block9(v31: type(BaseException), v32: BaseException):
#     v33: None = simple_call(print, 'parsed')
#     goto raise(v31, v32)
# block10(v34: int):
#     v35: None = simple_call(print, 'parsed')
#     goto return(v34)
# }
# class exceptions.EndOfInput(exceptions.ParseError) {
# }
# class exceptions.ParseError(Exception) {
#     msg: str  ; moved up from exceptions.EndOfInput
#     pos: int=0  ; moved up from exceptions.EndOfInput
# }
