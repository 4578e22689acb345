# Huffman coding of a text: frequency table, tree built with a sorted work list, code table, encode, decode, bit counts.


class HNode:
    def __init__(self, weight, symbol, left, right):
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right
        self.order = 0


def build_tree(freqs):
    work = []
    counter = 0
    for sym in sorted(list(freqs.keys())):
        n = HNode(freqs[sym], sym, None, None)
        n.order = counter
        counter += 1
        work.append(n)
    while len(work) > 1:
        # Pick the two lightest nodes (ties broken by creation order) without key= sorting.
        work = sort_nodes(work)
        a = work.pop(0)
        b = work.pop(0)
        parent = HNode(a.weight + b.weight, "", a, b)
        parent.order = counter
        counter += 1
        work.append(parent)
    return work[0]


def sort_nodes(nodes):
    out = nodes[:]
    for i in range(1, len(out)):
        cur = out[i]
        j = i - 1
        while j >= 0 and (out[j].weight > cur.weight or (out[j].weight == cur.weight and out[j].order > cur.order)):
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = cur
    return out


def make_codes(node, prefix, codes):
    if node.left is None and node.right is None:
        codes[node.symbol] = prefix if prefix else "0"
        return
    if node.left is not None:
        make_codes(node.left, prefix + "0", codes)
    if node.right is not None:
        make_codes(node.right, prefix + "1", codes)


def decode(root, bits):
    out = []
    node = root
    for b in bits:
        nxt = node.left if b == "0" else node.right
        if nxt is None:
            break
        node = nxt
        if node.left is None and node.right is None:
            out.append(node.symbol)
            node = root
    return "".join(out)


def entry_point(argv):
    for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
        freqs = {}
        for c in text:
            freqs[c] = freqs.get(c, 0) + 1
        root = build_tree(freqs)
        codes = {}
        make_codes(root, "", codes)
        for sym in sorted(list(codes.keys())):
            print("  %r %d %s" % (sym, freqs[sym], codes[sym]))
        bits = "".join([codes[c] for c in text])
        back = decode(root, bits) if len(codes) > 1 else text
        print(repr(text), len(bits), "bits vs", 8 * len(text), back == text)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
