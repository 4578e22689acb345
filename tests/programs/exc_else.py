# Exceptions: try/except/else/finally combinations and the order their blocks run in.


def attempt(values, idx, out):
    try:
        v = values[idx]
        out.append("got %d" % v)
    except IndexError:
        out.append("index error")
        v = -1
    else:
        out.append("else ran")
        v = v * 10
    finally:
        out.append("finally ran")
    return v


def parse_all(texts):
    good = []
    bad = 0
    for t in texts:
        try:
            n = int(t)
        except ValueError:
            bad += 1
            continue
        else:
            good.append(n)
    return good, bad


def safe_ratio(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        return "undefined"
    else:
        return "%.3f" % r
    finally:
        print("  ratio(%s, %s) done" % (a, b))


def entry_point(argv):
    out = []
    vals = [4, 5, 6]
    print(attempt(vals, 1, out), attempt(vals, 7, out))
    print(out)
    good, bad = parse_all(["1", "two", "3", "4x", "-5", "six"])
    print(good, bad)
    for a, b in [(1.0, 3.0), (2.0, 0.0), (-9.0, 4.0)]:
        print(safe_ratio(a, b))
    found = False
    for i in range(5):
        try:
            if i == 3:
                found = True
                break
        except ValueError:
            pass
    else:
        print("loop finished without break")
    print("found", found)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
