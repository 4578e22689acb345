# Exit status: entry_point returns 3 after printing a summary (the status comes from the return value).


def validate(values):
    errors = 0
    for v in values:
        if v < 0:
            print("negative value:", v)
            errors += 1
        elif v > 100:
            print("value too large:", v)
            errors += 1
    return errors


def entry_point(argv):
    values = [5, -1, 50, 101, 99, -7, 300]
    errors = validate(values)
    print("errors:", errors)
    if errors > 2:
        return 3
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
