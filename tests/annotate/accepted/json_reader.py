# A JSON-subset reader into W_ values (prebuilt literals too) with positioned errors, and back.


class JSONError(Exception):
    def __init__(self, pos, message):
        self.pos = pos
        self.message = message


class W_Value(object):
    def dump(self):
        raise NotImplementedError


class W_Num(W_Value):
    def __init__(self, value):
        self.value = value

    def dump(self):
        return str(self.value)


class W_Str(W_Value):
    def __init__(self, value, quoted):
        self.value = value
        self.quoted = quoted  # False for the literals true, false and null

    def dump(self):
        return '"' + self.value + '"' if self.quoted else self.value


class W_Array(W_Value):
    def __init__(self, items):
        self.items = items

    def dump(self):
        return "[" + ",".join([w.dump() for w in self.items]) + "]"


class W_Obj(W_Value):
    def __init__(self):
        self.fields = {}

    def dump(self):
        return "{" + ",".join(['"%s":%s' % (k, v.dump()) for k, v in self.fields.items()]) + "}"


LITERALS = {"true": W_Str("true", False), "false": W_Str("false", False), "null": W_Str("null", False)}


class Reader(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def next_char(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1
        if self.pos >= len(self.text):
            raise JSONError(self.pos, "unexpected end")
        return self.text[self.pos]

    def expect(self, c):
        if self.next_char() != c:
            raise JSONError(self.pos, "expected '%s'" % c)
        self.pos += 1

    def sequence(self, close):  # True while items remain before `close`
        if self.next_char() == close:
            self.pos += 1
            return False
        return True

    def value(self):
        c = self.next_char()
        if c == "[":
            self.pos += 1
            items = []
            while self.sequence("]"):
                items.append(self.value())
                if self.next_char() != "]":
                    self.expect(",")
            return W_Array(items)
        if c == "{":
            self.pos += 1
            obj = W_Obj()
            while self.sequence("}"):
                key = self.value()
                if not isinstance(key, W_Str) or not key.quoted:
                    raise JSONError(self.pos, "object keys must be strings")
                self.expect(":")
                obj.fields[key.value] = self.value()
                if self.next_char() != "}":
                    self.expect(",")
            return obj
        if c == '"':
            end = self.text.find('"', self.pos + 1)
            s = self.text[self.pos + 1:end]
            self.pos = end + 1
            return W_Str(s, True)
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalnum() or self.text[self.pos] == "-"):
            self.pos += 1
        word = self.text[start:self.pos]
        if word in LITERALS:
            return LITERALS[word]
        try:
            return W_Num(int(word))
        except ValueError:
            raise JSONError(start, "bad token '%s'" % word)


def entry_point(argv):
    for text in ['{"a": [1, 2, {"b": null}], "c": "hi", "d": true}', "[1, 2", "[1, @]", '{1: 2}', "[]"]:
        try:
            print(Reader(text).value().dump())
        except JSONError as e:
            print("error at %d: %s" % (e.pos, e.message))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
