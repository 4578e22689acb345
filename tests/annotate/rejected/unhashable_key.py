# Using a list as a dict key.


def cache_result(cache, args, value):
    cache[args] = value  # error: unhashable type: 'list(int)'


def entry_point(argv):
    cache = {}
    cache_result(cache, [1, 2], 3)
    return len(cache)


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
