# exit: 2
"""A lint pass for a toy language that exits with the number of problems it finds (2 for its
built-in sample). The TokenKind class is generated as source text and exec'd at load time, the
keyword table comes from a frozenset (load time only) turned into a dict, and identifier
characters are classified through a bytes.maketrans translation table."""

KEYWORD_LIST = ["if", "else", "while", "return", "fn", "let", "true", "false"]
KEYWORDS_FROZEN = frozenset(KEYWORD_LIST)
KEYWORDS = {kw: i for i, kw in enumerate(sorted(KEYWORDS_FROZEN))}
PUNCTUATION = "(){};,=+-*<>"

_kind_source = ["class TokenKind:", "    '''Generated at load time.'''"]
for _i, _kind in enumerate(["IDENT", "KEYWORD", "NUMBER", "PUNCT", "BAD"]):
    _kind_source.append("    %s = %d" % (_kind, _i))
_kind_source.append("    NAMES = %r" % (["IDENT", "KEYWORD", "NUMBER", "PUNCT", "BAD"],))
exec("\n".join(_kind_source) + "\n")
KIND_SOURCE = "\n".join(_kind_source)

# bytes.maketrans: letters -> 'a', digits -> '0', '_' -> 'a', everything else unchanged
_LETTERS = bytes(range(ord("a"), ord("z") + 1)) + bytes(range(ord("A"), ord("Z") + 1)) + b"_"
_DIGITS = b"0123456789"
CLASSIFY = bytes.maketrans(_LETTERS + _DIGITS, b"a" * len(_LETTERS) + b"0" * len(_DIGITS))
IDENT_START = CLASSIFY[ord("q")]
DIGIT = CLASSIFY[ord("7")]

SAMPLE = """
fn area(w, h) {
    let a = w * h;
    return a;
}
let 9lives = 3;
let x = area(2, 4) $ 1;
"""


def char_class(ch):
    code = ord(ch)
    return CLASSIFY[code] if code < 256 else 0


def lex(source):
    tokens = []
    i = 0
    line = 1
    while i < len(source):
        ch = source[i]
        cls = char_class(ch)
        if ch == "\n":
            line += 1
            i += 1
        elif ch == " ":
            i += 1
        elif cls == IDENT_START or cls == DIGIT:
            start = i
            while i < len(source) and (char_class(source[i]) == IDENT_START
                                       or char_class(source[i]) == DIGIT):
                i += 1
            word = source[start:i]
            if cls == DIGIT:
                kind = TokenKind.NUMBER if word.isdigit() else TokenKind.BAD
            else:
                kind = TokenKind.KEYWORD if word in KEYWORDS else TokenKind.IDENT
            tokens.append((kind, word, line))
        elif ch in PUNCTUATION:
            tokens.append((TokenKind.PUNCT, ch, line))
            i += 1
        else:
            tokens.append((TokenKind.BAD, ch, line))
            i += 1
    return tokens


def entry_point(argv):
    source = argv[1] if len(argv) > 1 else SAMPLE
    problems = 0
    counts = [0] * len(TokenKind.NAMES)
    for kind, text, line in lex(source):
        counts[kind] += 1
        if kind == TokenKind.BAD:
            print("line %d: bad token '%s'" % (line, text))
            problems += 1
    print(" ".join(["%s=%d" % (TokenKind.NAMES[k], counts[k]) for k in range(len(counts))]))
    return problems


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
