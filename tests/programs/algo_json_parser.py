# a small JSON parser into a tagged node class, a pretty-printer, path queries, and parse errors with positions.


class Node:
    def __init__(self, kind):
        self.kind = kind
        self.num = 0.0
        self.text = ""
        self.items = []
        self.keys = []

    def get(self, key):
        for i in range(len(self.keys)):
            if self.keys[i] == key:
                return self.items[i]
        return None


class JsonError(Exception):
    def __init__(self, msg, pos):
        self.msg = msg
        self.pos = pos


class Reader:
    def __init__(self, src):
        self.src = src
        self.i = 0

    def ws(self):
        while self.i < len(self.src) and self.src[self.i] in " \t\n\r":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.src):
            raise JsonError("unexpected end", self.i)
        c = self.src[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            n = Node("str")
            n.text = self.string()
            return n
        if c == "-" or c.isdigit():
            j = self.i
            while j < len(self.src) and self.src[j] in "+-0123456789.eE":
                j += 1
            n = Node("num")
            n.num = float(self.src[self.i:j])
            self.i = j
            return n
        for word in ["true", "false", "null"]:
            if self.src[self.i:self.i + len(word)] == word:
                self.i += len(word)
                n = Node(word)
                return n
        raise JsonError("unexpected %r" % c, self.i)

    def string(self):
        self.i += 1
        out = []
        while self.src[self.i] != '"':
            c = self.src[self.i]
            if c == "\\":
                self.i += 1
                e = self.src[self.i]
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}.get(e, e))
            else:
                out.append(c)
            self.i += 1
        self.i += 1
        return "".join(out)

    def expect(self, ch):
        self.ws()
        if self.i >= len(self.src) or self.src[self.i] != ch:
            raise JsonError("expected %r" % ch, self.i)
        self.i += 1

    def arr(self):
        n = Node("arr")
        self.i += 1
        self.ws()
        if self.src[self.i] == "]":
            self.i += 1
            return n
        while True:
            n.items.append(self.value())
            self.ws()
            if self.src[self.i] == ",":
                self.i += 1
                continue
            self.expect("]")
            return n

    def obj(self):
        n = Node("obj")
        self.i += 1
        self.ws()
        if self.src[self.i] == "}":
            self.i += 1
            return n
        while True:
            self.ws()
            n.keys.append(self.string())
            self.expect(":")
            n.items.append(self.value())
            self.ws()
            if self.src[self.i] == ",":
                self.i += 1
                continue
            self.expect("}")
            return n


def dump(n, indent):
    pad = "  " * indent
    if n.kind == "obj":
        print(pad + "{")
        for i in range(len(n.keys)):
            print(pad + "  " + repr(n.keys[i]) + ":")
            dump(n.items[i], indent + 2)
        print(pad + "}")
    elif n.kind == "arr":
        print(pad + "[%d items]" % len(n.items))
        for item in n.items:
            dump(item, indent + 1)
    elif n.kind == "num":
        print(pad + repr(n.num))
    elif n.kind == "str":
        print(pad + repr(n.text))
    else:
        print(pad + n.kind)


def entry_point(argv):
    doc = '{"name": "kiln", "version": 1.5, "tags": ["compiler", "python", "c++"], "nested": {"ok": true, ' \
          '"none": null, "n": -12.5e2, "esc": "a\\"b\\n"}, "empty": [], "obj": {}}'
    root = Reader(doc).value()
    dump(root, 0)
    tags = root.get("tags")
    if tags is not None:
        print([t.text for t in tags.items])
    nested = root.get("nested")
    if nested is not None:
        n = nested.get("n")
        if n is not None:
            print(n.num * 2)
    print(root.get("missing") is None)
    for bad in ['{"a": }', '[1, 2', '{"a" 1}', 'tru', '']:
        try:
            Reader(bad).value()
            print("parsed?", bad)
        except JsonError as e:
            print("error in %r at %d: %s" % (bad, e.pos, e.msg))
        except IndexError:
            print("error in %r: ran off the end" % bad)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
