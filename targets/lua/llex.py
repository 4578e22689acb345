# targets/lua: the lexer. Tokens are identified by a string: the keyword or symbol itself, or
# "<name>", "<string>", "<integer>", "<number>", "<eof>". Error messages follow llex.c
# ("chunk:line: malformed number near '3x'").
from lobject import isdigit, isalpha, isalnum, isxdigit, isspace, hexvalue
from lnumber import parse_number

KEYWORDS = ["and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto",
            "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true",
            "until", "while"]
KEYWORD_SET = {}
for _k in KEYWORDS:
    KEYWORD_SET[_k] = True


class LuaSyntaxError(Exception):
    def __init__(self, msg):
        self.msg = msg


def chunkid(source):
    """The name of a chunk in messages (luaO_chunkid)."""
    LUA_IDSIZE = 60
    if source.startswith("="):
        return source[1:LUA_IDSIZE]
    if source.startswith("@"):
        name = source[1:]
        if len(name) <= LUA_IDSIZE - 1:
            return name
        return "..." + name[len(name) - (LUA_IDSIZE - 4):]
    nl = source.find("\n")
    maxlen = LUA_IDSIZE - 15
    if nl < 0 and len(source) <= maxlen:
        return '[string "' + source + '"]'
    s = source
    if nl >= 0:
        s = s[:nl]
    if len(s) > maxlen:
        s = s[:maxlen]
    return '[string "' + s + '..."]'


class Token(object):
    def __init__(self, kind, line, sval, ival, fval):
        self.raw = sval       # the token's source text, for messages
        self.kind = kind
        self.line = line
        self.sval = sval      # names and strings; the raw text for numbers
        self.ival = ival
        self.fval = fval


class Lexer(object):
    def __init__(self, source, chunkname):
        self.src = source
        self.pos = 0
        self.line = 1
        self.chunkname = chunkname
        self.chunk = chunkid(chunkname)
        self.lastline = 1

    def error(self, msg, near):
        """A syntax error at the current line; near is the offending text ('' for none,
        "<eof>" unquoted, as PUC Lua writes it)."""
        if near == "<eof>":
            msg = "%s near <eof>" % msg
        elif near != "":
            msg = "%s near '%s'" % (msg, near)
        raise LuaSyntaxError("%s:%d: %s" % (self.chunk, self.line, msg))

    def peekc(self, off):
        """The character at pos+off, NUL past the end (kept a one-character value)."""
        p = self.pos + off
        if p < len(self.src):
            return self.src[p]
        return "\0"

    def newline(self):
        """Skip one newline sequence (\\n, \\r, \\r\\n or \\n\\r) at pos."""
        c = self.src[self.pos]
        self.pos += 1
        if self.pos < len(self.src):
            d = self.src[self.pos]
            if (d == "\n" or d == "\r") and d != c:
                self.pos += 1
        self.line += 1
        if self.line >= 2147483647:
            self.error("chunk has too many lines", "")

    def next_token(self):
        src = self.src
        n = len(src)
        while True:
            if self.pos >= n:
                return Token("<eof>", self.line, "", 0, 0.0)
            c = src[self.pos]
            if c == "\n" or c == "\r":
                self.newline()
                continue
            if c == " " or c == "\t" or c == "\f" or c == "\v":
                self.pos += 1
                continue
            if c == "-":
                if self.peekc(1) != "-":
                    self.pos += 1
                    return self.tok("-")
                self.pos += 2
                if self.peekc(0) == "[":
                    level = self.long_bracket_level()
                    if level >= 0:
                        self.read_long_string(level, False)
                        continue
                while self.pos < n and src[self.pos] != "\n" and src[self.pos] != "\r":
                    self.pos += 1
                continue
            if c == "[":
                level = self.long_bracket_level()
                if level >= 0:
                    line = self.line
                    start = self.pos
                    s = self.read_long_string(level, True)
                    t = Token("<string>", line, s, 0, 0.0)
                    t.raw = self.src[start:self.pos]
                    return t
                if level != -1:
                    self.error("invalid long string delimiter", "[=")
                self.pos += 1
                return self.tok("[")
            if c == "=":
                return self.op2("=", "=", "==")
            if c == "<":
                if self.peekc(1) == "<":
                    self.pos += 2
                    return self.tok("<<")
                return self.op2("<", "=", "<=")
            if c == ">":
                if self.peekc(1) == ">":
                    self.pos += 2
                    return self.tok(">>")
                return self.op2(">", "=", ">=")
            if c == "/":
                return self.op2("/", "/", "//")
            if c == "~":
                return self.op2("~", "=", "~=")
            if c == ":":
                return self.op2(":", ":", "::")
            if c == '"' or c == "'":
                return self.read_string(c)
            if c == ".":
                if self.peekc(1) == ".":
                    if self.peekc(2) == ".":
                        self.pos += 3
                        return self.tok("...")
                    self.pos += 2
                    return self.tok("..")
                if isdigit(self.peekc(1)):
                    return self.read_numeral()
                self.pos += 1
                return self.tok(".")
            if isdigit(c):
                return self.read_numeral()
            if isalpha(c) or c == "_":
                start = self.pos
                while self.pos < n and (isalnum(src[self.pos]) or src[self.pos] == "_"):
                    self.pos += 1
                word = src[start:self.pos]
                if word in KEYWORD_SET:
                    return self.tok(word)
                return Token("<name>", self.line, word, 0, 0.0)
            if c in "+*%^#&|(){}];,":
                self.pos += 1
                return self.tok(c)
            self.pos += 1
            self.error("unexpected symbol", c if ord(c) >= 32 and ord(c) < 127 else "<\\%d>" % ord(c))

    def tok(self, kind):
        return Token(kind, self.line, "", 0, 0.0)

    def op2(self, single, second, double):
        if self.peekc(1) == second:
            self.pos += 2
            return self.tok(double)
        self.pos += 1
        return self.tok(single)

    def long_bracket_level(self):
        """At '[': the level of a long bracket '[==[' (0 for '[['); -1 if this is no long
        bracket; -2 for '[=' not followed by '['."""
        p = self.pos + 1
        level = 0
        while p < len(self.src) and self.src[p] == "=":
            level += 1
            p += 1
        if p < len(self.src) and self.src[p] == "[":
            return level
        if level == 0:
            return -1
        return -2

    def read_long_string(self, level, is_string):
        startline = self.line
        self.pos += level + 2
        src = self.src
        n = len(src)
        if self.pos < n and (src[self.pos] == "\n" or src[self.pos] == "\r"):
            self.newline()
        parts = []
        start = self.pos
        while True:
            if self.pos >= n:
                what = "string" if is_string else "comment"
                self.error("unfinished long %s (starting at line %d)" % (what, startline), "<eof>")
            c = src[self.pos]
            if c == "]":
                p = self.pos + 1
                lv = 0
                while p < n and src[p] == "=":
                    lv += 1
                    p += 1
                if lv == level and p < n and src[p] == "]":
                    parts.append(src[start:self.pos])
                    self.pos = p + 1
                    return "".join(parts)
                self.pos += 1
            elif c == "\n" or c == "\r":
                parts.append(src[start:self.pos])
                parts.append("\n")
                self.newline()
                start = self.pos
            else:
                self.pos += 1

    def read_string(self, quote):
        src = self.src
        n = len(src)
        start = self.pos
        self.pos += 1
        parts = []
        line = self.line
        while True:
            if self.pos >= n:
                self.error("unfinished string", "<eof>")
            c = src[self.pos]
            if c == quote:
                self.pos += 1
                break
            if c == "\n" or c == "\r":
                self.error("unfinished string", src[start:self.pos])
            if c == "\\":
                self.pos += 1
                if self.pos >= n:
                    self.error("unfinished string", src[start:self.pos])
                e = src[self.pos]
                if e == "n":
                    parts.append("\n")
                    self.pos += 1
                elif e == "t":
                    parts.append("\t")
                    self.pos += 1
                elif e == "a":
                    parts.append("\a")
                    self.pos += 1
                elif e == "b":
                    parts.append("\b")
                    self.pos += 1
                elif e == "f":
                    parts.append("\f")
                    self.pos += 1
                elif e == "r":
                    parts.append("\r")
                    self.pos += 1
                elif e == "v":
                    parts.append("\v")
                    self.pos += 1
                elif e == "\\" or e == '"' or e == "'":
                    parts.append(e)
                    self.pos += 1
                elif e == "\n" or e == "\r":
                    parts.append("\n")
                    self.newline()
                elif e == "x":
                    self.pos += 1
                    v = 0
                    for k in range(2):
                        h = self.peekc(0)
                        if not isxdigit(h):
                            self.pos += 1 if self.pos < len(src) else 0
                            self.error("hexadecimal digit expected", src[start:self.pos])
                        v = v * 16 + hexvalue(h)
                        self.pos += 1
                    parts.append(chr(v))
                elif e == "z":
                    self.pos += 1
                    while self.pos < n and isspace(src[self.pos]):
                        if src[self.pos] == "\n" or src[self.pos] == "\r":
                            self.newline()
                        else:
                            self.pos += 1
                elif e == "u":
                    parts.append(self.read_utf8_escape(start))
                elif isdigit(e):
                    v = 0
                    k = 0
                    while k < 3 and self.pos < n and isdigit(src[self.pos]):
                        v = v * 10 + ord(src[self.pos]) - 48
                        self.pos += 1
                        k += 1
                    if v > 255:
                        self.pos += 1 if self.pos < n else 0
                        self.error("decimal escape too large", src[start:self.pos])
                    parts.append(chr(v))
                else:
                    self.pos += 1
                    self.error("invalid escape sequence", src[start:self.pos])
            else:
                p = self.pos
                while p < n and src[p] != quote and src[p] != "\\" and src[p] != "\n" and src[p] != "\r":
                    p += 1
                parts.append(src[self.pos:p])
                self.pos = p
        t = Token("<string>", line, "".join(parts), 0, 0.0)
        t.raw = src[start:self.pos]
        return t

    def read_utf8_escape(self, start):
        src = self.src
        self.pos += 1
        if self.peekc(0) != "{":
            self.pos += 1 if self.pos < len(src) else 0
            self.error("missing '{' in \\u{xxxx}", src[start:self.pos])
        self.pos += 1
        if not isxdigit(self.peekc(0)):
            self.pos += 1 if self.pos < len(src) else 0
            self.error("hexadecimal digit expected", src[start:self.pos])
        v = 0
        while isxdigit(self.peekc(0)):
            v = v * 16 + hexvalue(self.peekc(0))
            if v > 0x7FFFFFFF:
                self.pos += 1
                self.error("UTF-8 value too large", src[start:self.pos])
            self.pos += 1
        if self.peekc(0) != "}":
            self.pos += 1 if self.pos < len(src) else 0
            self.error("missing '}' in \\u{xxxx}", src[start:self.pos])
        self.pos += 1
        return utf8_encode(v)

    def read_numeral(self):
        src = self.src
        n = len(src)
        start = self.pos
        expchars = "Ee"
        if src[self.pos] == "0" and (self.peekc(1) == "x" or self.peekc(1) == "X"):
            expchars = "Pp"
            self.pos += 2
        while self.pos < n:
            c = src[self.pos]
            if c in expchars and c != "":
                self.pos += 1
                if self.pos < n and (src[self.pos] == "+" or src[self.pos] == "-"):
                    self.pos += 1
            elif isxdigit(c) or c == ".":
                self.pos += 1
            else:
                break
        if self.pos < n and (isalpha(src[self.pos]) or src[self.pos] == "_"):
            self.pos += 1  # a numeral touching a letter: force an error
        text = src[start:self.pos]
        p = parse_number(text)
        if not p.ok:
            self.error("malformed number", text)
        if p.is_int:
            return Token("<integer>", self.line, text, p.ival, 0.0)
        return Token("<number>", self.line, text, 0, p.fval)


def utf8_encode(v):
    """The UTF-8 bytes of v (up to 2^31, as Lua's extended encoding), as a Lua string."""
    if v < 0x80:
        return chr(v)
    out = []
    mfb = 0x3F
    while True:
        out.append(chr(0x80 | (v & 0x3F)))
        v >>= 6
        mfb >>= 1
        if v <= mfb:
            break
    out.append(chr(((~mfb << 1) & 0xFF) | v))
    out.reverse()
    return "".join(out)


def token_text(tok):
    """How a token is named in 'near' parts of messages (txtToken)."""
    if tok.kind == "<name>" or tok.kind == "<integer>" or tok.kind == "<number>":
        return tok.sval
    if tok.kind == "<string>":
        return tok.raw
    return tok.kind
