# Exceptions: a small JSON-like parser that reports syntax errors with positions through a ParseError exception.


class ParseError(Exception):
    def __init__(self, pos, msg):
        Exception.__init__(self, "at %d: %s" % (pos, msg))
        self.pos = pos


class Value:
    def show(self):
        return "?"


class Num(Value):
    def __init__(self, n):
        self.n = n

    def show(self):
        return str(self.n)


class Str(Value):
    def __init__(self, s):
        self.s = s

    def show(self):
        return '"' + self.s + '"'


class Arr(Value):
    def __init__(self, items):
        self.items = items

    def show(self):
        return "[" + ",".join([v.show() for v in self.items]) + "]"


class Obj(Value):
    def __init__(self, fields):
        self.fields = fields

    def show(self):
        return "{" + ",".join(['"%s":%s' % (k, v.show()) for k, v in self.fields.items()]) + "}"


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def expect(self, c):
        self.skip()
        if self.pos >= len(self.text) or self.text[self.pos] != c:
            raise ParseError(self.pos, "expected '%s'" % c)
        self.pos += 1

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise ParseError(self.pos, "unexpected end")
        c = self.text[self.pos]
        if c == "[":
            self.pos += 1
            items = []
            self.skip()
            if self.pos < len(self.text) and self.text[self.pos] == "]":
                self.pos += 1
                return Arr(items)
            while True:
                items.append(self.value())
                self.skip()
                if self.pos < len(self.text) and self.text[self.pos] == ",":
                    self.pos += 1
                    continue
                self.expect("]")
                return Arr(items)
        if c == "{":
            self.pos += 1
            fields = {}
            while True:
                key = self.value()
                if not isinstance(key, Str):
                    raise ParseError(self.pos, "object key must be a string")
                self.expect(":")
                fields[key.s] = self.value()
                self.skip()
                if self.pos < len(self.text) and self.text[self.pos] == ",":
                    self.pos += 1
                    continue
                self.expect("}")
                return Obj(fields)
        if c == '"':
            end = self.text.find('"', self.pos + 1)
            if end < 0:
                raise ParseError(self.pos, "unterminated string")
            s = self.text[self.pos + 1:end]
            self.pos = end + 1
            return Str(s)
        start = self.pos
        if c == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        try:
            return Num(int(self.text[start:self.pos]))
        except ValueError:
            raise ParseError(start, "bad character %r" % c)

    def parse(self):
        v = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise ParseError(self.pos, "trailing data")
        return v


def entry_point(argv):
    inputs = ['[1, 2, [3, -4], "five"]', '{"a": 1, "b": [true]}', '{"k": {"x": "y"}, "n": -12}',
              '[1, 2', '"open', '[1 2]', '{1: 2}', '42 43', '[]', '{"e": []}', '-', '']
    ok = 0
    for text in inputs:
        try:
            v = Parser(text).parse()
            print("parsed:", v.show())
            ok += 1
        except ParseError as e:
            print("error:", e, "| pos", e.pos, "| input", repr(text))
    print(ok, "of", len(inputs), "parsed")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
