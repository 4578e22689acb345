# Generators: cooperative multitasking: a round-robin scheduler resuming generator tasks with next() until they finish.


class Task:
    def __init__(self, name, gen):
        self.name = name
        self.gen = gen
        self.steps = 0


def worker(name, n, shared):
    for i in range(n):
        shared.append("%s:%d" % (name, i))
        yield i * 10
    shared.append(name + " done")


def run(tasks):
    queue = list(tasks)
    finished = []
    while queue:
        t = queue.pop(0)
        v = next(t.gen, -1)
        if v < 0:
            finished.append(t.name)
            continue
        t.steps += 1
        print("ran", t.name, "got", v)
        queue.append(t)
    return finished


def entry_point(argv):
    shared = []
    tasks = [Task("a", worker("a", 3, shared)), Task("b", worker("b", 1, shared)),
             Task("c", worker("c", 4, shared)), Task("d", worker("d", 0, shared))]
    order = run(tasks)
    print("finish order:", order)
    print("log:", shared)
    print("steps:", [t.steps for t in tasks])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
