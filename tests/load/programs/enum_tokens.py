"""Token and colour enumerations built at load time in three styles: class attributes set
with setattr in a loop, a metaclass that numbers the upper-case names of its classes and adds
NAMES/BY_VALUE tables, and the standard library's enum.IntEnum / enum.Enum (whose members are
instances, not plain ints). Run-time code only uses the plain int constants."""

import enum


class Tok:
    pass


_TOKEN_NAMES = ["EOF", "NAME", "NUMBER", "STRING", "LPAREN", "RPAREN", "PLUS", "MINUS",
                "STAR", "SLASH", "COMMA"]
for _value, _name in enumerate(_TOKEN_NAMES):
    setattr(Tok, _name, _value)
Tok.NAMES = list(_TOKEN_NAMES)
Tok.COUNT = len(_TOKEN_NAMES)


class AutoNumber(type):
    def __new__(meta, name, bases, namespace):
        counter = 0
        names = []
        for key in list(namespace):
            if key.isupper() and namespace[key] is None:
                namespace[key] = counter
                names.append(key)
                counter += 1
        namespace["NAMES"] = names
        namespace["BY_VALUE"] = {namespace[n]: n for n in names}
        namespace["describe"] = classmethod(lambda cls, v: "%s.%s" % (name, cls.BY_VALUE[v]))
        return super().__new__(meta, name, bases, namespace)


class Precedence(metaclass=AutoNumber):
    LOWEST = None
    SUM = None
    PRODUCT = None
    PREFIX = None
    CALL = None


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 4


class Mode(enum.Enum):
    READ = "r"
    WRITE = "w"


FAVOURITE = Color.GREEN
DEFAULT_MODE = Mode.READ
COLOR_VALUES = [int(_c) for _c in Color]
COLOR_NAMES = {int(_c): _c.name.lower() for _c in Color}
OPERATOR_TOKENS = {"+": Tok.PLUS, "-": Tok.MINUS, "*": Tok.STAR, "/": Tok.SLASH,
                   "(": Tok.LPAREN, ")": Tok.RPAREN, ",": Tok.COMMA}
BINARY_PRECEDENCE = {Tok.PLUS: Precedence.SUM, Tok.MINUS: Precedence.SUM,
                     Tok.STAR: Precedence.PRODUCT, Tok.SLASH: Precedence.PRODUCT}


def tokenize(text):
    kinds = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch in OPERATOR_TOKENS:
            kinds.append(OPERATOR_TOKENS[ch])
            i += 1
        elif ch.isdigit():
            while i < len(text) and text[i].isdigit():
                i += 1
            kinds.append(Tok.NUMBER)
        else:
            while i < len(text) and text[i].isalnum():
                i += 1
            kinds.append(Tok.NAME)
    kinds.append(Tok.EOF)
    return kinds


def entry_point(argv):
    text = argv[1] if len(argv) > 1 else "f(x, 2) * 3 + y / 4 - 5"
    kinds = tokenize(text)
    print(" ".join([Tok.NAMES[k] for k in kinds]))
    strongest = Precedence.LOWEST
    for k in kinds:
        if k in BINARY_PRECEDENCE and BINARY_PRECEDENCE[k] > strongest:
            strongest = BINARY_PRECEDENCE[k]
    print("strongest operator: %s (%d)" % (Precedence.NAMES[strongest], strongest))
    print("%d token kinds; colours %s" % (Tok.COUNT, ",".join([COLOR_NAMES[v]
                                                                 for v in COLOR_VALUES])))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
