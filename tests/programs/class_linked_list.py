# Classes: a singly linked list with nullable next pointers (None), reversal, insertion, removal, iteration.


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def push_back(self, v):
        node = Node(v, None)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def remove(self, v):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == v:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def find(self, v):
        cur = self.head
        while cur is not None:
            if cur.value == v:
                return cur
            cur = cur.next
        return None

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def __len__(self):
        return self.size


def entry_point(argv):
    ll = LinkedList()
    print(ll.to_list(), len(ll), ll.head is None)
    for i in range(5):
        ll.push_back(i * i)
    ll.push_front(-1)
    print(ll.to_list(), len(ll))
    ll.reverse()
    print(ll.to_list())
    print(ll.remove(4), ll.remove(100), ll.remove(16), ll.remove(-1))
    print(ll.to_list(), len(ll))
    n = ll.find(9)
    if n is not None:
        n.value = 99
        print("found and changed:", ll.to_list())
    m = ll.find(12345)
    print("missing is None:", m is None)
    big = LinkedList()
    for i in range(1000):
        big.push_front(i)
    big.reverse()
    vals = big.to_list()
    print(len(big), vals[0], vals[999], sum(vals))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
