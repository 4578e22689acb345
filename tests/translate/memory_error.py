# With --gc=gen, outgrowing the heap limit (--max-heap, or KILN_GC_MAX_HEAP) raises MemoryError,
# which the program catches; the collector is consistent afterwards and the program goes on
# allocating once the data it held is gone.


class Chunk(object):
    def __init__(self, items, next):
        self.items = items
        self.next = next


def grow():
    head = None
    n = 0
    while True:
        head = Chunk([n] * 10000, head)
        n += 1


def entry_point(argv):
    try:
        grow()
    except MemoryError:
        print("caught")
    total = 0
    for i in range(1000):
        total += len([i] * 100)
    print(total)
    return 0
