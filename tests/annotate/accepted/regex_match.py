# A backtracking regular expression matcher (after Pike and Kernighan) extended with
# character classes and '+', compiled to a list of node objects first.


class Node(object):
    def matches(self, c):
        return False


class Literal(Node):
    def __init__(self, char):
        self.char = char

    def matches(self, c):
        return c == self.char


class AnyChar(Node):
    def matches(self, c):
        return True


class CharClass(Node):
    def __init__(self, chars, negated):
        self.chars = chars
        self.negated = negated

    def matches(self, c):
        return (c in self.chars) != self.negated


class Item(object):
    def __init__(self, node, repeat):
        self.node = node
        self.repeat = repeat  # "", "*", "+" or "?"


def compile_pattern(pattern):
    items = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == ".":
            node = AnyChar()
            i += 1
        elif c == "[":
            end = pattern.find("]", i)
            negated = pattern[i + 1] == "^"
            start = i + 2 if negated else i + 1
            node = CharClass(pattern[start:end], negated)
            i = end + 1
        else:
            node = Literal(c)
            i += 1
        repeat = ""
        if i < len(pattern) and pattern[i] in "*+?":
            repeat = pattern[i]
            i += 1
        items.append(Item(node, repeat))
    return items


def match_here(items, k, text, pos):
    if k == len(items):
        return True
    item = items[k]
    if item.repeat == "":
        if pos < len(text) and item.node.matches(text[pos]):
            return match_here(items, k + 1, text, pos + 1)
        return False
    if item.repeat == "?":
        if pos < len(text) and item.node.matches(text[pos]) and match_here(items, k + 1, text, pos + 1):
            return True
        return match_here(items, k + 1, text, pos)
    least = 1 if item.repeat == "+" else 0
    end = pos
    while end < len(text) and item.node.matches(text[end]):
        end += 1
    while end >= pos + least:
        if match_here(items, k + 1, text, end):
            return True
        end -= 1
    return False


def search(pattern, text):
    items = compile_pattern(pattern)
    for start in range(len(text) + 1):
        if match_here(items, 0, text, start):
            return start
    return -1


def entry_point(argv):
    cases = [("ab*c", "xxabbbc"), ("[0-9]+", "abc"), ("[0123456789]+x", "a12x"),
             ("h.llo", "say hello"), ("colou?r", "color"), ("[^a]+b", "aaab"), ("zz", "abc")]
    for pattern, text in cases:
        print("%s in %s: %d" % (pattern, text, search(pattern, text)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
