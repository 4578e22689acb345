# graph algorithms over dicts of lists: BFS shortest paths, DFS order, Dijkstra with a hand-written heap, topological sort.


def bfs(graph, start):
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def dfs(graph, node, seen, order):
    seen[node] = True
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(graph, nxt, seen, order)


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent


def heap_pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            small = i
            if l < len(heap) and heap[l] < heap[small]:
                small = l
            if r < len(heap) and heap[r] < heap[small]:
                small = r
            if small == i:
                break
            heap[i], heap[small] = heap[small], heap[i]
            i = small
    return top


def dijkstra(edges, start):
    dist = {}
    heap = [(0, start)]
    while heap:
        d, node = heap_pop(heap)
        if node in dist:
            continue
        dist[node] = d
        for nxt, w in edges.get(node, []):
            if nxt not in dist:
                heap_push(heap, (d + w, nxt))
    return dist


def topo_sort(deps):
    indeg = {}
    for n in deps:
        indeg.setdefault(n, 0)
        for m in deps[n]:
            indeg[m] = indeg.get(m, 0) + 1
    ready = sorted([n for n in indeg if indeg[n] == 0])
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in deps.get(n, []):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order if len(order) == len(indeg) else []


def entry_point(argv):
    graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"]}
    print(bfs(graph, "a"), bfs(graph, "g"))
    order = []
    dfs(graph, "g", {}, order)
    print(order)
    edges = {"s": [("a", 7), ("b", 2)], "b": [("a", 3), ("c", 8)], "a": [("c", 1)], "c": [("t", 2)], "t": []}
    print(dijkstra(edges, "s"))
    deps = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"],
            "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}
    print(topo_sort(deps))
    print(topo_sort({"x": ["y"], "y": ["x"]}))
    grid = ["S.#.....", ".##.###.", "....#...", "###.#.#.", "......#E"]
    nodes = {}
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            if grid[r][c] != "#":
                nbrs = []
                for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
                    rr, cc = r + dr, c + dc
                    if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]) and grid[rr][cc] != "#":
                        nbrs.append("%d,%d" % (rr, cc))
                nodes["%d,%d" % (r, c)] = nbrs
    d = bfs(nodes, "0,0")
    print("maze distance", d["4,7"], len(d), "reachable cells")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
