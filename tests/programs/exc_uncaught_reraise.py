# Exceptions: a handler logs and re-raises with bare 'raise'; the exception is uncaught and the status is 1.


class StorageError(Exception):
    pass


def write_block(n):
    if n == 3:
        raise StorageError("disk full at block %d" % n)
    return n * 512


def write_all(count):
    written = 0
    for n in range(count):
        try:
            written += write_block(n)
            print("wrote block", n, "total", written)
        except StorageError as e:
            print("logging error:", e)
            raise
    return written


def entry_point(argv):
    print("first run:", write_all(3))
    print("second run:", write_all(6))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
