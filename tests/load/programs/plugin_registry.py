"""A text-filter pipeline whose filters register themselves through __init_subclass__, which
also computes class attributes (id, priority-sorted order). Loading prints a registration log
to stdout (kiln's dump must not mix it into its own output). Some globals hold objects that
cannot be exported -- a lock, a generator, an itertools.count -- but run-time code never reads
them: the lock and the counter are read only by __init_subclass__, which runs only when a class
is created (at load time), so the program must still load."""

import itertools
import threading

REGISTRY = []
_LOAD_LOG = []
_lock = threading.Lock()
_ids = itertools.count(1)


class Filter:
    priority = 50
    name = "filter"

    def __init_subclass__(cls, priority=50, **kwargs):
        super().__init_subclass__(**kwargs)
        with _lock:
            cls.id = next(_ids)
        cls.priority = priority
        cls.name = cls.__name__.lower()
        REGISTRY.append(cls)
        _LOAD_LOG.append("registered %s (id %d, priority %d)" % (cls.name, cls.id, priority))

    def apply(self, text):
        return text


class Strip(Filter, priority=10):
    def apply(self, text):
        return text.strip()


class Collapse(Filter, priority=20):
    def apply(self, text):
        out = []
        previous_space = False
        for ch in text:
            if ch == " ":
                if not previous_space:
                    out.append(ch)
                previous_space = True
            else:
                out.append(ch)
                previous_space = False
        return "".join(out)


class Capitalize(Filter, priority=90):
    def apply(self, text):
        words = []
        for word in text.split(" "):
            words.append(word[:1].upper() + word[1:])
        return " ".join(words)


class Exclaim(Filter, priority=95):
    def apply(self, text):
        return text + "!"


ORDERED = sorted(REGISTRY, key=lambda cls: cls.priority)
PIPELINE = [cls() for cls in ORDERED]
PIPELINE_NAMES = [cls.name for cls in ORDERED]
pending_ids = (n * n for n in range(3))        # a generator, never read at run time
for _line in _LOAD_LOG:
    print(_line)
print("pipeline: " + " -> ".join(PIPELINE_NAMES))


def run_pipeline(text):
    for f in PIPELINE:
        text = f.apply(text)
    return text


def entry_point(argv):
    inputs = argv[1:] if len(argv) > 1 else ["   hello    kiln   world ", "one", "  "]
    for text in inputs:
        print("[%s] -> [%s]" % (text, run_pipeline(text)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
