# A table-driven lexer: the DFA transition table is a flat list built at load time from a
# state/character-class description; the run-time loop only indexes lists.

CLASSES = {"digit": "0123456789", "alpha": "abcdefghijklmnopqrstuvwxyz_", "dot": ".",
           "space": " ", "op": "+-*/=()"}
CLASS_NAMES = ["other", "digit", "alpha", "dot", "space", "op"]
NCLASSES = len(CLASS_NAMES)
CHAR_TO_CLASS = [0] * 128
for _index, _name in enumerate(CLASS_NAMES):
    for _c in CLASSES.get(_name, ""):
        CHAR_TO_CLASS[ord(_c)] = _index

START, INT, FRAC_START, FLOAT, IDENT, OP, ERROR = range(7)
ACCEPTING = {INT: "int", FLOAT: "float", IDENT: "ident", OP: "op"}
TABLE = [ERROR] * (7 * NCLASSES)


def _edge(state, cls, target):
    TABLE[state * NCLASSES + CLASS_NAMES.index(cls)] = target


_edge(START, "digit", INT)
_edge(START, "alpha", IDENT)
_edge(START, "op", OP)
_edge(INT, "digit", INT)
_edge(INT, "dot", FRAC_START)
_edge(FRAC_START, "digit", FLOAT)
_edge(FLOAT, "digit", FLOAT)
_edge(IDENT, "alpha", IDENT)
_edge(IDENT, "digit", IDENT)


def char_class(c):
    code = ord(c)
    return CHAR_TO_CLASS[code] if code < 128 else 0


def lex(text):
    tokens = []
    pos = 0
    while pos < len(text):
        if text[pos] == " ":
            pos += 1
            continue
        state = START
        last_accept = -1
        last_kind = ""
        i = pos
        while i < len(text):
            state = TABLE[state * NCLASSES + char_class(text[i])]
            if state == ERROR:
                break
            i += 1
            if state in ACCEPTING:
                last_accept = i
                last_kind = ACCEPTING[state]
            if state == OP:
                break
        if last_accept < 0:
            tokens.append("error(%s)" % text[pos])
            pos += 1
        else:
            tokens.append("%s:%s" % (last_kind, text[pos:last_accept]))
            pos = last_accept
    return tokens


def entry_point(argv):
    for text in ["x1 = 3.25 * (y + 42)", "12. + 7", "a$b"]:
        print(" ".join(lex(text)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
