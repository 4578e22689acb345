# -*- coding: utf-8 -*-
"""A greeting and text-statistics tool with Unicode everywhere: non-ASCII strings (CJK,
Cyrillic, Arabic, emoji with ZWJ sequences, combining accents), strings whose repr escapes
characters (NBSP, soft hyphen, line separator, BOM, a lone surrogate), quote choices, and
global names that are not ASCII, including ones that NFKC normalisation rewrites
(ﬁrst -> first, ｆｕｌｌ -> full)."""

GREETINGS = {"en": "hello", "fr": "bonjour", "de": "grüß dich", "ja": "こんにちは",
             "ru": "привет", "ar": "مرحبا", "el": "γειά σου", "emoji": "👋🌍"}
COMBINING = "e\u0301te\u0301"
PRECOMPOSED = "été"
FAMILY = "👨\u200d👩\u200d👧"
CONTROLS = "tab\there\nnew\rline\x00nul\x1besc\x7fdel"
SINGLE_QUOTE = "it's"
DOUBLE_QUOTE = 'say "hi"'
BOTH_QUOTES = "it's \"both\""
BACKSLASH = "C:\\temp\\new"
INVISIBLE = "a\xa0b\xadc\u2028d\ufeffe\u200bf"
PRIVATE_USE = "\ue000"
ASTRAL = "\U0001d11e clef"
TAG_CHAR = "\U000e0041"
LONE_SURROGATE = "\ud800"
UPPERCASED = {_c: _c.upper() for _c in "äöüßﬁ"}
LENGTHS = [len(_s) for _s in (COMBINING, PRECOMPOSED, FAMILY, ASTRAL)]

π = 3.14159
naïve = True
日本 = "Japan"
Ωmega = "last"
ﬁrst = "NFKC turns the ligature into 'fi'"
ｆｕｌｌ = "fullwidth letters"
_ß = "sharp s"


def reverse(s):
    out = []
    i = len(s) - 1
    while i >= 0:
        out.append(s[i])
        i -= 1
    return "".join(out)


def count_non_ascii(s):
    n = 0
    for ch in s:
        if ord(ch) > 127:
            n += 1
    return n


def entry_point(argv):
    for lang, text in GREETINGS.items():
        print("%-5s %s (%d chars, %d non-ASCII) reversed: %s"
              % (lang, text, len(text), count_non_ascii(text), reverse(text)))
    print("combining %d vs precomposed %d, equal: %s"
          % (len(COMBINING), len(PRECOMPOSED), COMBINING == PRECOMPOSED))
    print("upper: " + " ".join([k + "=" + v for k, v in UPPERCASED.items()]))
    print("%s %s %s %s" % (SINGLE_QUOTE, DOUBLE_QUOTE, BOTH_QUOTES, BACKSLASH))
    print("first: " + first + "; full: " + full + "; π=%.2f; %s %s" % (π, 日本, Ωmega))
    print("invisible characters: %d" % count_non_ascii(INVISIBLE))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
