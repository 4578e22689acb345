# Exceptions: an exception raised deep in a call chain crosses several frames, running their finally blocks and handlers.


class ValidationError(Exception):
    def __init__(self, field, reason):
        Exception.__init__(self, field + ": " + reason)
        self.field = field


TRAIL = []


def check_age(value):
    TRAIL.append("check_age")
    n = int(value)
    if n < 0 or n > 150:
        raise ValidationError("age", "out of range %d" % n)
    return n


def check_name(value):
    TRAIL.append("check_name")
    if len(value) == 0:
        raise ValidationError("name", "empty")
    if not value.isalpha():
        raise ValidationError("name", "not alphabetic: " + value)
    return value


def parse_record(line):
    TRAIL.append("parse_record")
    try:
        parts = line.split(",")
        name = check_name(parts[0].strip())
        age = check_age(parts[1].strip())
        return "%s is %d" % (name, age)
    finally:
        TRAIL.append("parse_record done")


def load(lines):
    out = []
    for line in lines:
        try:
            out.append(parse_record(line))
        except ValidationError as e:
            out.append("invalid (" + e.field + ") " + str(e))
        except ValueError as e:
            out.append("bad number: " + str(e))
        except IndexError:
            out.append("missing field in %r" % line)
    return out


def depth(n):
    if n == 0:
        raise LookupError("bottom reached")
    try:
        return depth(n - 1) + 1
    finally:
        TRAIL.append("unwind %d" % n)


def entry_point(argv):
    lines = ["alice, 30", "bob, -4", ", 20", "carol, old", "dave", "eve2, 5", "frank, 150"]
    for r in load(lines):
        print(r)
    print(len(TRAIL), TRAIL[:6])
    del TRAIL[:]
    try:
        print(depth(5))
    except LookupError as e:
        print("caught:", e)
    print(TRAIL)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
