# Mixed: a table-driven state machine (load-time transition table, handler closures, custom exceptions) parsing a protocol.


class ProtocolError(Exception):
    def __init__(self, state, token):
        Exception.__init__(self, "unexpected %r in state %s" % (token, state))
        self.state = state


class Session:
    def __init__(self):
        self.user = ""
        self.messages = []
        self.log = []


TRANSITIONS = {}


def transition(state, token, next_state):
    def register(fn):
        TRANSITIONS[(state, token)] = (next_state, fn)
        return fn
    return register


@transition("start", "HELO", "greeted")
def on_helo(s, arg):
    s.log.append("hello from " + arg)


@transition("greeted", "USER", "authed")
def on_user(s, arg):
    s.user = arg
    s.log.append("user " + arg)


@transition("authed", "MSG", "authed")
def on_msg(s, arg):
    s.messages.append(arg)


@transition("authed", "QUIT", "done")
def on_quit(s, arg):
    s.log.append("bye %s after %d messages" % (s.user, len(s.messages)))


@transition("greeted", "QUIT", "done")
def on_early_quit(s, arg):
    s.log.append("quit before login")


def run(script):
    s = Session()
    state = "start"
    for line in script:
        sp = line.find(" ")
        token = line if sp < 0 else line[:sp]
        arg = "" if sp < 0 else line[sp + 1:]
        key = (state, token)
        if key not in TRANSITIONS:
            raise ProtocolError(state, token)
        state, handler = TRANSITIONS[key]
        handler(s, arg)
    return state, s


def entry_point(argv):
    scripts = [
        ["HELO host1", "USER ann", "MSG hi", "MSG how are you", "QUIT"],
        ["HELO host2", "QUIT"],
        ["HELO host3", "MSG too early"],
        ["USER bob"],
        ["HELO h", "USER carl", "MSG one", "QUIT", "MSG after quit"],
    ]
    for i, sc in enumerate(scripts):
        try:
            state, s = run(sc)
            print(i, "final", state, "messages", s.messages)
            for line in s.log:
                print("   ", line)
        except ProtocolError as e:
            print(i, "protocol error:", e, "| state", e.state)
    print(len(TRANSITIONS), "transitions")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
