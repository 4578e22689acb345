# targets/lua: Lua patterns -- the backtracking matcher of lstrlib.c (classes %a %d ..., sets
# [...], quantifiers * + - ?, anchors, captures with positions, %b, %f and back references),
# over Lua strings (str of byte-valued characters), with the "C" locale's character classes.
from lops import caller_error

MAXCAPTURES = 32
MAXCCALLS = 200
CAP_UNFINISHED = -1
CAP_POSITION = -2
SPECIALS = "^$*+?.([%-"


def class_matches(c, cl):
    """Does the character c belong to the class letter cl (%a, %D, ...)?"""
    o = ord(c)
    lower = cl.lower()
    if lower == "a":
        res = (65 <= o <= 90) or (97 <= o <= 122)
    elif lower == "c":
        res = o < 32 or o == 127
    elif lower == "d":
        res = 48 <= o <= 57
    elif lower == "g":
        res = 33 <= o <= 126
    elif lower == "l":
        res = 97 <= o <= 122
    elif lower == "p":
        res = (33 <= o <= 47) or (58 <= o <= 64) or (91 <= o <= 96) or (123 <= o <= 126)
    elif lower == "s":
        res = o == 32 or (9 <= o <= 13)
    elif lower == "u":
        res = 65 <= o <= 90
    elif lower == "w":
        res = (48 <= o <= 57) or (65 <= o <= 90) or (97 <= o <= 122)
    elif lower == "x":
        res = (48 <= o <= 57) or (65 <= o <= 70) or (97 <= o <= 102)
    elif lower == "z":
        res = o == 0
    else:
        return cl == c
    if "A" <= cl <= "Z":
        return not res
    return res


class MatchState(object):
    def __init__(self, src, pat):
        self.src = src
        self.pat = pat
        self.level = 0
        self.matchdepth = MAXCCALLS
        self.capture_start = [0] * MAXCAPTURES
        self.capture_len = [0] * MAXCAPTURES

    def reset(self):
        self.level = 0
        self.matchdepth = MAXCCALLS

    def class_end(self, p):
        pat = self.pat
        plen = len(pat)
        c = pat[p]
        p += 1
        if c == "%":
            if p >= plen:
                raise caller_error("malformed pattern (ends with '%')")
            return p + 1
        if c == "[":
            if p < plen and pat[p] == "^":
                p += 1
            while True:
                if p >= plen:
                    raise caller_error("malformed pattern (missing ']')")
                cc = pat[p]
                p += 1
                if cc == "%":
                    if p >= plen:
                        raise caller_error("malformed pattern (missing ']')")
                    p += 1
                if p < plen and pat[p] == "]":
                    return p + 1
                if p >= plen:
                    raise caller_error("malformed pattern (missing ']')")
        return p

    def match_bracket_class(self, c, p, ec):
        """c against the set pat[p..ec] ([ at p, ] at ec)."""
        pat = self.pat
        sig = True
        p += 1
        if pat[p] == "^":
            sig = False
            p += 1
        while p < ec:
            if pat[p] == "%":
                p += 1
                if class_matches(c, pat[p]):
                    return sig
                p += 1
            elif p + 2 < ec and pat[p + 1] == "-":
                if pat[p] <= c <= pat[p + 2]:
                    return sig
                p += 3
            else:
                if pat[p] == c:
                    return sig
                p += 1
        return not sig

    def single_match(self, s, p, ep):
        if s >= len(self.src):
            return False
        c = self.src[s]
        pc = self.pat[p]
        if pc == ".":
            return True
        if pc == "%":
            return class_matches(c, self.pat[p + 1])
        if pc == "[":
            return self.match_bracket_class(c, p, ep - 1)
        return pc == c

    def do_match(self, s, p):
        self.matchdepth -= 1
        if self.matchdepth == 0:
            raise caller_error("pattern too complex")
        try:
            return self.match_loop(s, p)
        finally:
            self.matchdepth += 1

    def match_loop(self, s, p):
        pat = self.pat
        plen = len(pat)
        src = self.src
        while True:
            if p >= plen:
                return s
            c = pat[p]
            if c == "(":
                if p + 1 < plen and pat[p + 1] == ")":
                    return self.start_capture(s, p + 2, CAP_POSITION)
                return self.start_capture(s, p + 1, CAP_UNFINISHED)
            if c == ")":
                return self.end_capture(s, p + 1)
            if c == "$" and p + 1 == plen:
                if s == len(src):
                    return s
                return -1
            if c == "%" and p + 1 < plen:
                d = pat[p + 1]
                if d == "b":
                    s = self.match_balance(s, p + 2)
                    if s != -1:
                        p += 4
                        continue
                    return -1
                if d == "f":
                    p += 2
                    if p >= plen or pat[p] != "[":
                        raise caller_error("missing '[' after '%f' in pattern")
                    ep = self.class_end(p)
                    prev = src[s - 1] if s > 0 else "\0"
                    cur = src[s] if s < len(src) else "\0"
                    if (not self.match_bracket_class(prev, p, ep - 1)
                            and self.match_bracket_class(cur, p, ep - 1)):
                        p = ep
                        continue
                    return -1
                if "0" <= d <= "9":
                    s = self.match_capture(s, d)
                    if s != -1:
                        p += 2
                        continue
                    return -1
            ep = self.class_end(p)
            epc = pat[ep] if ep < plen else ""
            if not self.single_match(s, p, ep):
                if epc == "*" or epc == "?" or epc == "-":
                    p = ep + 1
                    continue
                return -1
            if epc == "?":
                res = self.do_match(s + 1, ep + 1)
                if res != -1:
                    return res
                p = ep + 1
                continue
            if epc == "+":
                return self.max_expand(s + 1, p, ep)
            if epc == "*":
                return self.max_expand(s, p, ep)
            if epc == "-":
                return self.min_expand(s, p, ep)
            s += 1
            p = ep

    def max_expand(self, s, p, ep):
        i = 0
        while self.single_match(s + i, p, ep):
            i += 1
        while i >= 0:
            res = self.do_match(s + i, ep + 1)
            if res != -1:
                return res
            i -= 1
        return -1

    def min_expand(self, s, p, ep):
        while True:
            res = self.do_match(s, ep + 1)
            if res != -1:
                return res
            if self.single_match(s, p, ep):
                s += 1
            else:
                return -1

    def start_capture(self, s, p, what):
        level = self.level
        if level >= MAXCAPTURES:
            raise caller_error("too many captures")
        self.capture_start[level] = s
        self.capture_len[level] = what
        self.level = level + 1
        res = self.do_match(s, p)
        if res == -1:
            self.level -= 1
        return res

    def end_capture(self, s, p):
        l = self.capture_to_close()
        self.capture_len[l] = s - self.capture_start[l]
        res = self.do_match(s, p)
        if res == -1:
            self.capture_len[l] = CAP_UNFINISHED
        return res

    def capture_to_close(self):
        level = self.level - 1
        while level >= 0:
            if self.capture_len[level] == CAP_UNFINISHED:
                return level
            level -= 1
        raise caller_error("invalid pattern capture")

    def match_balance(self, s, p):
        pat = self.pat
        if p + 1 >= len(pat):
            raise caller_error("malformed pattern (missing arguments to '%b')")
        src = self.src
        if s >= len(src) or src[s] != pat[p]:
            return -1
        b = pat[p]
        e = pat[p + 1]
        cont = 1
        s += 1
        while s < len(src):
            c = src[s]
            if c == e:
                cont -= 1
                if cont == 0:
                    return s + 1
            elif c == b:
                cont += 1
            s += 1
        return -1

    def check_capture(self, d):
        l = ord(d) - ord("1")
        if l < 0 or l >= self.level or self.capture_len[l] == CAP_UNFINISHED:
            raise caller_error("invalid capture index %%%d" % (l + 1))
        return l

    def match_capture(self, s, d):
        l = self.check_capture(d)
        start = self.capture_start[l]
        length = self.capture_len[l]
        cap = self.src[start:start + length]
        if len(self.src) - s >= length and self.src[s:s + length] == cap:
            return s + length
        return -1

    def capture_is_position(self, i):
        return self.capture_len[i] == CAP_POSITION

    def capture_text(self, i, s, e):
        """Capture i as a string (i == 0 with no captures: the whole match s..e)."""
        if i >= self.level:
            if i != 0:
                raise caller_error("invalid capture index %%%d" % (i + 1))
            return self.src[s:e]
        length = self.capture_len[i]
        if length == CAP_UNFINISHED:
            raise caller_error("unfinished capture")
        start = self.capture_start[i]
        return self.src[start:start + length]

    def capture_position(self, i):
        return self.capture_start[i] + 1


def has_specials(p):
    for c in p:
        if c in SPECIALS:
            return True
    return False
