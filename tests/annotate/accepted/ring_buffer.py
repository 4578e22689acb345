# A fixed-size ring buffer used as an instruction history and a bounded queue: modular
# indexing, wrap-around, overwriting the oldest entry, and iteration in order.


class RingBuffer(object):
    def __init__(self, capacity):
        self.items = [0] * capacity
        self.start = 0
        self.count = 0

    def push(self, value):
        cap = len(self.items)
        if self.count < cap:
            self.items[(self.start + self.count) % cap] = value
            self.count += 1
        else:
            self.items[self.start] = value
            self.start = (self.start + 1) % cap

    def pop_oldest(self):
        if self.count == 0:
            raise IndexError
        value = self.items[self.start]
        self.start = (self.start + 1) % len(self.items)
        self.count -= 1
        return value

    def ordered(self):
        cap = len(self.items)
        return [self.items[(self.start + i) % cap] for i in range(self.count)]

    def average(self):
        if self.count == 0:
            return 0.0
        return float(sum(self.ordered())) / float(self.count)


def entry_point(argv):
    history = RingBuffer(4)
    for pc in [10, 12, 14, 20, 22, 10, 12]:
        history.push(pc)
    print(history.ordered(), "avg %.2f" % history.average())
    print(history.pop_oldest(), history.pop_oldest(), history.ordered())
    q = RingBuffer(2)
    drained = 0
    try:
        while True:
            q.pop_oldest()
            drained += 1
    except IndexError:
        print("drained %d" % drained)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
