# Immutable cons lists and a mutable doubly linked deque: None-terminated chains, recursion,
# and in-place relinking, as interpreters build for environments and free lists.


class Cons(object):
    _immutable_ = True

    def __init__(self, head, tail):
        self.head = head
        self.tail = tail


def from_list(items):
    result = None
    for i in range(len(items) - 1, -1, -1):
        result = Cons(items[i], result)
    return result


def length(lst):
    n = 0
    while lst is not None:
        n += 1
        lst = lst.tail
    return n


def reverse(lst):
    result = None
    while lst is not None:
        result = Cons(lst.head, result)
        lst = lst.tail
    return result


def to_str(lst):
    if lst is None:
        return "nil"
    return str(lst.head) + " :: " + to_str(lst.tail)


class DNode(object):
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class Deque(object):
    def __init__(self):
        self.first = None
        self.last = None
        self.size = 0

    def push_back(self, value):
        node = DNode(value)
        if self.last is None:
            self.first = self.last = node
        else:
            node.prev = self.last
            self.last.next = node
            self.last = node
        self.size += 1

    def pop_front(self):
        node = self.first
        if node is None:
            raise IndexError
        self.first = node.next
        if self.first is None:
            self.last = None
        else:
            self.first.prev = None
        self.size -= 1
        return node.value

    def values(self):
        out = []
        node = self.first
        while node is not None:
            out.append(node.value)
            node = node.next
        return out


def entry_point(argv):
    lst = from_list([1, 2, 3, 4])
    print(to_str(lst), length(lst))
    print(to_str(reverse(lst)))
    d = Deque()
    for word in ["a", "b", "c"]:
        d.push_back(word)
    print(d.pop_front(), d.values(), d.size)
    d.pop_front()
    d.pop_front()
    try:
        d.pop_front()
    except IndexError:
        print("empty deque")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
