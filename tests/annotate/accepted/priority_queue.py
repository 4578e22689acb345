# A binary heap of (priority, name) tuples used as an event queue: sift up/down, pops in
# priority order, and a discrete event simulation loop on top.


class Heap(object):
    def __init__(self):
        self.items = []

    def push(self, priority, name):
        self.items.append((priority, name))
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[parent][0] <= self.items[i][0]:
                break
            self.items[parent], self.items[i] = self.items[i], self.items[parent]
            i = parent

    def pop(self):
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            n = len(self.items)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and self.items[child][0] < self.items[smallest][0]:
                        smallest = child
                if smallest == i:
                    break
                self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.items)


def simulate(events, until):
    heap = Heap()
    for t, name in events:
        heap.push(t, name)
    log = []
    while len(heap) > 0:
        t, name = heap.pop()
        if t > until:
            break
        log.append("%d:%s" % (t, name))
        if name == "tick":
            heap.push(t + 10, "tick")
    return log


def entry_point(argv):
    print(" ".join(simulate([(5, "start"), (0, "tick"), (23, "io"), (17, "gc")], 40)))
    h = Heap()
    for v in [9, 4, 7, 1, 8, 2]:
        h.push(v, "v%d" % v)
    print([h.pop()[1] for _ in range(6)])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
