# Graph algorithms on an adjacency dict of lists: breadth-first search with a parent map,
# depth-first topological sort with cycle detection, and Dijkstra over weighted edges.


class CycleError(Exception):
    def __init__(self, node):
        self.node = node


def bfs_path(graph, start, goal):
    parent = {start: ""}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node == goal:
            path = []
            while node != "":
                path.append(node)
                node = parent[node]
            path.reverse()
            return path
        for nxt in graph.get(node, []):
            if nxt not in parent:
                parent[nxt] = node
                queue.append(nxt)
    return []


def toposort(graph):
    state = {}
    order = []

    def visit(node):
        s = state.get(node, 0)
        if s == 1:
            raise CycleError(node)
        if s == 2:
            return
        state[node] = 1
        for nxt in graph.get(node, []):
            visit(nxt)
        state[node] = 2
        order.append(node)

    for node in graph:
        visit(node)
    order.reverse()
    return order


def dijkstra(edges, source):
    dist = {source: 0}
    done = {}
    while True:
        best = ""
        best_d = -1
        for node, d in dist.items():
            if node not in done and (best_d < 0 or d < best_d):
                best, best_d = node, d
        if best_d < 0:
            return dist
        done[best] = True
        for target, weight in edges.get(best, []):
            nd = best_d + weight
            if target not in dist or nd < dist[target]:
                dist[target] = nd


def entry_point(argv):
    g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
    print(" -> ".join(bfs_path(g, "a", "f")))
    print(toposort(g))
    g["f"] = ["a"]
    try:
        toposort(g)
    except CycleError as e:
        print("cycle through " + e.node)
    edges = {"s": [("a", 4), ("b", 1)], "b": [("a", 2), ("c", 5)], "a": [("c", 1)]}
    dist = dijkstra(edges, "s")
    print(", ".join(["%s=%d" % (k, dist[k]) for k in sorted(dist.keys())]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
