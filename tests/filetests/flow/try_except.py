# test: flow
# functions: catch reraise raises catch_all interrupted nested_in_finally
class AppError(Exception):
    pass


class NotFound(AppError):
    pass


def catch(table, key):
    try:
        value = table[key]
    except KeyError:
        value = -1
    except (IndexError, TypeError) as e:
        value = -2
    else:
        value += 1
    return value


def reraise(f, x):
    try:
        return f(x)
    except AppError:
        raise
    except Exception:
        return 0


def raises(kind):
    if kind == 0:
        raise NotFound
    if kind == 1:
        raise NotFound("missing")
    try:
        raise AppError("inner")
    except NotFound:
        return 1
    except AppError as err:
        return 2


# Exception links catch Exception, unless an enclosing handler may want the other
# BaseExceptions (KeyboardInterrupt, SystemExit, GeneratorExit): a bare except, a class outside
# Exception, a finally (the one in nested_in_finally also sees what `except ValueError` does not
# match), a with.
def catch_all(f, x):
    try:
        return f(x)
    except:
        return -1


def interrupted(f, x):
    try:
        return f(x)
    except (KeyboardInterrupt, ValueError):
        return -1


def nested_in_finally(f, x):
    try:
        try:
            return f(x)
        except ValueError:
            return -1
    finally:
        print("done")


def entry_point(argv):
    print(catch({1: 2}, 1), catch({}, 3), reraise(abs, -3), raises(2))
    print(catch_all(int, "x"), interrupted(int, "y"), nested_in_finally(int, "z"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# graph try_except.catch(v0, v1) {
# block0(v0, v1):
#     v2 = getitem(v0, v1)
#     exits [normal: block4(v2), except Exception as (v3, v4): block1(v3, v4)]
# block1(v5, v6):
#     v7 = issubtype(v5, KeyError)
#     branch v7 [true: return(-1), false: block2(v5, v6)]
# block2(v8, v9):
#     v10 = issubtype(v8, IndexError)
#     branch v10 [true: return(-2), false: block3(v8, v9)]
# block3(v11, v12):
#     v13 = issubtype(v11, TypeError)
#     branch v13 [true: return(-2), false: raise(v11, v12)]
# block4(v14):
#     v15 = inplace_add(v14, 1)
#     goto return(v15)
# }
# graph try_except.catch_all(v0, v1) {
# block0(v0, v1):
#     v2 = simple_call(v0, v1)
#     exits [normal: return(v2), except BaseException as (v3, v4): return(-1)]
# }
# graph try_except.interrupted(v0, v1) {
# block0(v0, v1):
#     v2 = simple_call(v0, v1)
#     exits [normal: return(v2), except BaseException as (v3, v4): block1(v3, v4)]
# block1(v5, v6):
#     v7 = issubtype(v5, KeyboardInterrupt)
#     branch v7 [true: return(-1), false: block2(v5, v6)]
# block2(v8, v9):
#     v10 = issubtype(v8, ValueError)
#     branch v10 [true: return(-1), false: raise(v8, v9)]
# }
# graph try_except.nested_in_finally(v0, v1) {
# block0(v0, v1):
#     v2 = simple_call(v0, v1)
#     exits [normal: block4(v2), except BaseException as (v3, v4): block1(v3, v4)]
# block1(v5, v6):
#     v7 = issubtype(v5, ValueError)
#     branch v7 [true: block3(), false: block2(v5, v6)]
# block2(v8, v9):
#     v10 = simple_call(print, 'done')
#     goto raise(v8, v9)
# block3():
#     v11 = simple_call(print, 'done')
#     goto return(-1)
# block4(v12):
#     v13 = simple_call(print, 'done')
#     goto return(v12)
# }
# graph try_except.raises(v0) {
#     ; g0 = class try_except.AppError
#     ; g1 = class try_except.NotFound
# block0(v0):
#     v1 = eq(v0, 0)
#     v2 = bool_(v1)
#     branch v2 [true: block6(), false: block1(v0)]
# block1(v3):
#     v4 = eq(v3, 1)
#     v5 = bool_(v4)
#     branch v5 [true: block5(), false: block2()]
# block2():
#     v6 = simple_call(g0, 'inner')
#     exits [normal: block3(g0, v6), except Exception as (v7, v8): block3(v7, v8)]
# block3(v9, v10):
#     v11 = issubtype(v9, g1)
#     branch v11 [true: return(1), false: block4(v9, v10)]
# block4(v12, v13):
#     v14 = issubtype(v12, g0)
#     branch v14 [true: return(2), false: raise(v12, v13)]
# block5():
#     v15 = simple_call(g1, 'missing')
#     goto raise(g1, v15)
# block6():
#     v16 = simple_call(g1)
#     goto raise(g1, v16)
# }
# graph try_except.reraise(v0, v1) {
#     ; g0 = class try_except.AppError
# block0(v0, v1):
#     v2 = simple_call(v0, v1)
#     exits [normal: return(v2), except Exception as (v3, v4): block1(v3, v4)]
# block1(v5, v6):
#     v7 = issubtype(v5, g0)
#     branch v7 [true: raise(v5, v6), false: block2(v5, v6)]
# block2(v8, v9):
#     v10 = issubtype(v8, Exception)
#     branch v10 [true: return(0), false: raise(v8, v9)]
# }
