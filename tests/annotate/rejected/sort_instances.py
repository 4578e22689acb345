# Sorting a list of instances (kiln sorts numbers, strs, bytes and tuples of those).


class Job(object):
    def __init__(self, priority):
        self.priority = priority

    def __lt__(self, other):
        return self.priority < other.priority


def schedule(jobs):
    jobs.sort()  # error: cannot sort a list of 'sort_instances.Job'
    return jobs[0].priority


def entry_point(argv):
    return schedule([Job(3), Job(1)])


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
