# Mixed: a backtracking regex matcher (literals, '.', '*', '+', '?', '^', '$', classes [a-z]) compiled to node objects.


class RegexError(Exception):
    pass


class Node:
    def __init__(self, kind, chars, negate):
        self.kind = kind        # 'lit', 'any', 'class'
        self.chars = chars
        self.negate = negate
        self.repeat = ""        # '', '*', '+', '?'

    def matches(self, c):
        if self.kind == "any":
            return True
        if self.kind == "lit":
            return c == self.chars
        inside = False
        i = 0
        while i < len(self.chars):
            if i + 2 < len(self.chars) and self.chars[i + 1] == "-":
                if self.chars[i] <= c <= self.chars[i + 2]:
                    inside = True
                i += 3
            else:
                if self.chars[i] == c:
                    inside = True
                i += 1
        return inside != self.negate


def compile_pattern(p):
    nodes = []
    i = 0
    while i < len(p):
        c = p[i]
        if c in "*+?":
            if not nodes or nodes[-1].repeat != "":
                raise RegexError("nothing to repeat at %d" % i)
            nodes[-1].repeat = c
            i += 1
            continue
        if c == ".":
            nodes.append(Node("any", "", False))
        elif c == "[":
            end = p.find("]", i)
            if end < 0:
                raise RegexError("unterminated class at %d" % i)
            body = p[i + 1:end]
            neg = body.startswith("^")
            if neg:
                body = body[1:]
            nodes.append(Node("class", body, neg))
            i = end
        elif c == "\\" and i + 1 < len(p):
            i += 1
            nodes.append(Node("lit", p[i], False))
        else:
            nodes.append(Node("lit", c, False))
        i += 1
    return nodes


def match_here(nodes, k, text, i, anchored_end):
    if k == len(nodes):
        return (not anchored_end) or i == len(text)
    n = nodes[k]
    if n.repeat == "":
        return i < len(text) and n.matches(text[i]) and match_here(nodes, k + 1, text, i + 1, anchored_end)
    lo = 1 if n.repeat == "+" else 0
    hi = 1 if n.repeat == "?" else len(text) - i
    count = 0
    while count < hi and i + count < len(text) and n.matches(text[i + count]):
        count += 1
    while count >= lo:
        if match_here(nodes, k + 1, text, i + count, anchored_end):
            return True
        count -= 1
    return False


def search(pattern, text):
    start_anchor = pattern.startswith("^")
    end_anchor = pattern.endswith("$") and not pattern.endswith("\\$")
    body = pattern[1 if start_anchor else 0:len(pattern) - 1 if end_anchor else len(pattern)]
    nodes = compile_pattern(body)
    last = 0 if start_anchor else len(text)
    for start in range(last + 1):
        if match_here(nodes, 0, text, start, end_anchor):
            return start
    return -1


def entry_point(argv):
    cases = [("abc", "xxabcxx"), ("^abc", "xxabc"), ("abc$", "xxabc"), ("a.c", "abc"), ("a*b", "aaab"),
             ("colou?r", "color colour"), ("^[a-z]+$", "hello"), ("^[a-z]+$", "Hello"), ("[^0-9]+", "123abc"),
             ("x+y", "xy"), ("x+y", "y"), ("^.*end$", "the very end"), ("a\\.b", "a.b axb"), ("[0-9][0-9]*", "no digits"),
             ("*a", "aaa"), ("[abc", "abc"), ("", "anything"), ("^$", "")]
    for pattern, text in cases:
        try:
            print("%-12s %-14s -> %d" % (pattern, repr(text), search(pattern, text)))
        except RegexError as e:
            print("%-12s error: %s" % (pattern, e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
