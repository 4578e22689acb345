# A hand-written tokenizer for a small expression language: character classes come from a
# table built at load time, tokens are instances, errors carry the offending position.

DIGIT, ALPHA, SPACE, PUNCT, OTHER = 0, 1, 2, 3, 4

CHAR_CLASS = {}
for _c in "0123456789":
    CHAR_CLASS[_c] = DIGIT
for _c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_":
    CHAR_CLASS[_c] = ALPHA
for _c in " \t\n":
    CHAR_CLASS[_c] = SPACE
for _c in "+-*/()=<>,;":
    CHAR_CLASS[_c] = PUNCT

KEYWORDS = ["if", "then", "else", "let", "in"]
TWO_CHAR = {"<=": "LE", ">=": "GE", "==": "EQ"}


class Token(object):
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def show(self):
        return "%s(%s)@%d" % (self.kind, self.text, self.pos)


class LexError(Exception):
    def __init__(self, pos, char):
        self.pos = pos
        self.char = char


def classify(c):
    return CHAR_CLASS.get(c, OTHER)


def tokenize(source):
    tokens = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        cls = classify(c)
        if cls == SPACE:
            i += 1
        elif cls == DIGIT:
            start = i
            while i < n and classify(source[i]) == DIGIT:
                i += 1
            tokens.append(Token("NUM", source[start:i], start))
        elif cls == ALPHA:
            start = i
            while i < n and classify(source[i]) in (ALPHA, DIGIT):
                i += 1
            word = source[start:i]
            kind = "KW" if word in KEYWORDS else "NAME"
            tokens.append(Token(kind, word, start))
        elif cls == PUNCT:
            pair = source[i:i + 2]
            if pair in TWO_CHAR:
                tokens.append(Token(TWO_CHAR[pair], pair, i))
                i += 2
            else:
                tokens.append(Token("OP", c, i))
                i += 1
        else:
            raise LexError(i, c)
    tokens.append(Token("EOF", "", n))
    return tokens


def entry_point(argv):
    sources = ["let x1 = 42 in x1 * (y + 7)", "if a <= b then a else b", "1 + $"]
    for src in sources:
        try:
            toks = tokenize(src)
        except LexError as e:
            print("lex error at %d: unexpected %s" % (e.pos, e.char))
            continue
        print(" ".join([t.show() for t in toks]))
        kinds = {}
        for t in toks:
            kinds[t.kind] = kinds.get(t.kind, 0) + 1
        print(", ".join(["%s=%d" % (k, v) for k, v in kinds.items()]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
