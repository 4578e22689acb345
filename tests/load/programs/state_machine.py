"""A CSV line splitter driven by a prebuilt state machine, using the target() convention.
The states are instances created at load time whose transition tables point at each other
(cycles everywhere, including self-loops); a character-class table maps characters to
transition columns."""


class State:
    def __init__(self, name, accepting):
        self.name = name
        self.accepting = accepting
        self.on = {}          # character class -> (next state, action)


START = State("start", True)
UNQUOTED = State("unquoted", True)
QUOTED = State("quoted", False)
QUOTE_IN_QUOTED = State("quote-in-quoted", True)
ERROR = State("error", False)
ALL_STATES = [START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, ERROR]
STATE_BY_NAME = {s.name: s for s in ALL_STATES}

C_COMMA, C_QUOTE, C_OTHER = "comma", "quote", "other"
A_NONE, A_APPEND, A_END_FIELD = 0, 1, 2
_TRANSITIONS = [
    (START, C_COMMA, START, A_END_FIELD), (START, C_QUOTE, QUOTED, A_NONE),
    (START, C_OTHER, UNQUOTED, A_APPEND),
    (UNQUOTED, C_COMMA, START, A_END_FIELD), (UNQUOTED, C_QUOTE, ERROR, A_NONE),
    (UNQUOTED, C_OTHER, UNQUOTED, A_APPEND),
    (QUOTED, C_COMMA, QUOTED, A_APPEND), (QUOTED, C_QUOTE, QUOTE_IN_QUOTED, A_NONE),
    (QUOTED, C_OTHER, QUOTED, A_APPEND),
    (QUOTE_IN_QUOTED, C_COMMA, START, A_END_FIELD),
    (QUOTE_IN_QUOTED, C_QUOTE, QUOTED, A_APPEND), (QUOTE_IN_QUOTED, C_OTHER, ERROR, A_NONE),
    (ERROR, C_COMMA, ERROR, A_NONE), (ERROR, C_QUOTE, ERROR, A_NONE),
    (ERROR, C_OTHER, ERROR, A_NONE),
]
for _src, _cls, _dst, _action in _TRANSITIONS:
    _src.on[_cls] = (_dst, _action)
TRANSITION_COUNT = sum(len(s.on) for s in ALL_STATES)

CHAR_CLASS = {}
for _code in range(32, 127):
    CHAR_CLASS[chr(_code)] = C_OTHER
CHAR_CLASS[","] = C_COMMA
CHAR_CLASS['"'] = C_QUOTE

SAMPLES = ['a,b,c', '"quoted, with comma",plain', '"say ""hi""",x', 'bad"quote,y', ',,',
           '"unterminated']


class ParseError(Exception):
    def __init__(self, state_name):
        self.state_name = state_name


def split_line(line):
    fields = []
    current = []
    state = START
    for ch in line:
        cls = CHAR_CLASS[ch] if ch in CHAR_CLASS else C_OTHER
        nxt, action = state.on[cls]
        if action == A_APPEND:
            current.append(ch)
        elif action == A_END_FIELD:
            fields.append("".join(current))
            current = []
        state = nxt
        if state is ERROR:
            raise ParseError(state.name)
    if not state.accepting:
        raise ParseError(state.name)
    fields.append("".join(current))
    return fields


def entry_point(argv):
    lines = argv[1:] if len(argv) > 1 else SAMPLES
    bad = 0
    for line in lines:
        try:
            print("%s -> [%s]" % (line, "|".join(split_line(line))))
        except ParseError as e:
            print("%s -> error in state %s" % (line, e.state_name))
            bad += 1
    print("%d states, %d transitions, %d bad lines" % (len(ALL_STATES), TRANSITION_COUNT, bad))
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
