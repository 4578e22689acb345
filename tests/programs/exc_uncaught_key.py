# Exceptions: an uncaught KeyError from a dict lookup escapes a handler for other exceptions; status 1.


def resolve(graph, start, steps):
    node = start
    for i in range(steps):
        print("at", node)
        node = graph[node]
    return node


def entry_point(argv):
    graph = {"a": "b", "b": "c", "c": "a", "d": "e"}
    print("after 5 steps:", resolve(graph, "a", 5))
    try:
        print(resolve(graph, "d", 3))
    except (ValueError, IndexError):
        print("wrong handler")
    finally:
        print("finally runs before the program dies")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
