# nested dicts: dict of dicts, dict of lists, building an index, updating inner values in place, printing them.


def add_edge(graph, a, b, w):
    if a not in graph:
        graph[a] = {}
    graph[a][b] = w


def entry_point(argv):
    graph = {}
    for a, b, w in [("a", "b", 3), ("a", "c", 1), ("b", "c", 7), ("c", "a", 2), ("b", "d", 5)]:
        add_edge(graph, a, b, w)
        add_edge(graph, b, a, w)
    print(graph)
    for node in graph:
        print(node, sorted(list(graph[node].keys())), sum(list(graph[node].values())))
    graph["a"]["b"] += 10
    print(graph["a"], graph["b"]["a"])
    # Dict of lists: an inverted index.
    docs = ["the cat sat", "the dog sat down", "a cat and a dog"]
    index = {}
    for i, doc in enumerate(docs):
        for word in doc.split():
            postings = index.setdefault(word, [])
            if i not in postings:
                postings.append(i)
    for word in sorted(list(index.keys())):
        print(word, index[word])
    # Three levels: year -> month -> day -> amount.
    ledger = {}
    for y, m, dd, amount in [(2023, 1, 5, 10), (2023, 1, 9, 20), (2023, 2, 1, 5), (2024, 1, 5, 7)]:
        ledger.setdefault(y, {}).setdefault(m, {})[dd] = amount
    print(ledger)
    for y, months in ledger.items():
        total = 0
        for m, days in months.items():
            for dd, amount in days.items():
                total += amount
        print(y, total)
    copy = dict(ledger)
    copy[2023][1][31] = 99
    print(ledger[2023][1])
    del ledger[2023][2]
    print(ledger, len(copy[2023]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
