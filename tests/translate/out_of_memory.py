# Asks for 2**43 list items: out of memory is a fatal error with a message (--gc=boehm) or a
# MemoryError (--gc=gen), not a crash.
def entry_point(argv):
    n = 1 << (42 + len(argv))
    items = [0] * n
    print(len(items))
    return 0
