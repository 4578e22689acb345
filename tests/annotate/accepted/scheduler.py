# Green threads as generators: a round-robin scheduler over a list of generator objects from
# one generator function, each yielding the amount of work it did; finished tasks are
# detected with next() and a default.


class Task(object):
    def __init__(self, name, work):
        self.name = name
        self.work = work
        self.done = 0


def worker(task, chunk):
    while task.done < task.work:
        step = min(chunk, task.work - task.done)
        task.done += step
        yield step


def run_all(tasks, chunk):
    running = [worker(t, chunk) for t in tasks]
    names = [t.name for t in tasks]
    trace = []
    while running:
        still = []
        still_names = []
        for i in range(len(running)):
            step = next(running[i], -1)
            if step < 0:
                trace.append(names[i] + " finished")
                continue
            trace.append("%s+%d" % (names[i], step))
            still.append(running[i])
            still_names.append(names[i])
        running = still
        names = still_names
    return trace


def entry_point(argv):
    tasks = [Task("a", 5), Task("b", 2), Task("c", 7)]
    for line in run_all(tasks, 3):
        print(line)
    print(sum([t.done for t in tasks]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
