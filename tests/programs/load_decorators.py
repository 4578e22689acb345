# Load time: decorators registering command handlers in a table and wrapping functions with hint-free decorators.

COMMANDS = {}
HELP = []


def command(name, help_text):
    def register(fn):
        COMMANDS[name] = fn
        HELP.append("%-6s %s" % (name, help_text))
        return fn
    return register


def twice(fn):
    def wrapper(x):
        return fn(fn(x))
    return wrapper


class State:
    def __init__(self):
        self.value = 0
        self.history = []


@command("inc", "add one")
def cmd_inc(st, arg):
    st.value += 1
    return "inc -> %d" % st.value


@command("add", "add the argument")
def cmd_add(st, arg):
    st.value += arg
    return "add %d -> %d" % (arg, st.value)


@command("neg", "negate")
def cmd_neg(st, arg):
    st.value = -st.value
    return "neg -> %d" % st.value


@command("save", "remember the value")
def cmd_save(st, arg):
    st.history.append(st.value)
    return "saved %d (%d saved)" % (st.value, len(st.history))


@twice
def add_ten(x):
    return x + 10


@twice
@twice
def double(x):
    return x * 2


def entry_point(argv):
    for line in HELP:
        print(line)
    st = State()
    script = [("inc", 0), ("add", 41), ("save", 0), ("neg", 0), ("add", 2), ("save", 0), ("inc", 0)]
    for name, arg in script:
        print(COMMANDS[name](st, arg))
    print("history", st.history)
    print(add_ten(1), double(3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
