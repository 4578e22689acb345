# Exceptions: a user exception hierarchy, except clauses tried in order, catching by base class, tuples of classes.


class AppError(Exception):
    pass


class NetworkError(AppError):
    pass


class TimeoutError_(NetworkError):
    pass


class ParseError(AppError):
    pass


class Fatal(Exception):
    pass


def fail(kind):
    if kind == 0:
        raise AppError("generic failure")
    if kind == 1:
        raise NetworkError("connection reset")
    if kind == 2:
        raise TimeoutError_("timed out after 30s")
    if kind == 3:
        raise ParseError("unexpected token")
    if kind == 4:
        raise Fatal("fatal!")
    if kind == 5:
        raise ValueError("bad value")
    return "no error"


def handle_specific_first(kind):
    try:
        return fail(kind)
    except TimeoutError_ as e:
        return "timeout: %s" % e
    except NetworkError as e:
        return "network: %s" % e
    except ParseError as e:
        return "parse: %s" % e
    except AppError as e:
        return "app: %s" % e
    except (Fatal, ValueError):
        return "fatal or value"


def handle_base_first(kind):
    try:
        return fail(kind)
    except AppError:
        return "caught by AppError first"
    except Exception:
        return "caught by Exception"


def classify(kind):
    try:
        fail(kind)
    except Exception as e:
        names = []
        if isinstance(e, AppError):
            names.append("AppError")
        if isinstance(e, NetworkError):
            names.append("NetworkError")
        if isinstance(e, TimeoutError_):
            names.append("Timeout")
        if isinstance(e, ParseError):
            names.append("ParseError")
        if isinstance(e, Fatal):
            names.append("Fatal")
        if isinstance(e, ValueError):
            names.append("ValueError")
        return "/".join(names)
    return "none"


def entry_point(argv):
    for kind in range(7):
        print(kind, handle_specific_first(kind))
        print(kind, handle_base_first(kind))
        print(kind, classify(kind))
    count = 0
    for kind in [1, 2, 3, 2, 0, 6, 2]:
        try:
            fail(kind)
        except NetworkError:
            count += 1
        except AppError:
            count += 100
    print("count", count)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
