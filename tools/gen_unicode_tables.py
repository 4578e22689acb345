#!/usr/bin/env python3
"""Generates support/unicode.cpp's tables (unicode_tables.inc) from python3's unicodedata.

Usage: python3 tools/gen_unicode_tables.py OUTPUT.inc

kiln must agree with CPython 3.11 exactly, so every table is derived from the running
interpreter's own answers (str.isidentifier, str.isprintable, unicodedata.name / normalize /
combining) rather than from UCD text files, which are not available offline. The generator
refuses to run on anything but Python 3.11 (Unicode 14.0.0).

Tables emitted (the C++ types they use are declared in support/unicode.cpp):

1. Property ranges. kIdentifierStartRanges (chr(c).isidentifier()), kIdentifierContinueRanges
   (('a' + chr(c)).isidentifier()) and kPrintableRanges (chr(c).isprintable()): sorted, disjoint,
   non-adjacent inclusive ranges for binary search.

2. Character names, for "\\N{...}". Only names stored in CPython's name hash are listed: the
   explicit names (every unicodedata.name() except the algorithmic CJK UNIFIED IDEOGRAPH-XXXX and
   HANGUL SYLLABLE ... names) plus the name aliases of NameAliases.txt; named sequences are left
   out because "\\N{...}" rejects them. Each name is split at ' ' and '-' into words; the
   distinct words form a sorted lexicon (kNameWordChars, kNameWordStart) and a name becomes a
   list of tokens, word index << 2 | separator after the word (0 end, 1 space, 2 hyphen).
   To keep the source small (about 1 MB in all) the name tables are string literals of base-64
   digits taken from DIGITS, whose characters are in ASCII order, so encoded keys compare as
   strings exactly as the token lists compare as numbers. kNameRecords holds each name's tokens
   (3 digits each) followed by its code point (4 digits), sorted by key; kNameBlockStart indexes
   every NAME_BLOCK_SIZE-th record. A lookup is a binary search per word in the lexicon, one over
   the blocks and a short scan of one block. kCjkUnifiedRanges lists the code points that have
   an algorithmic CJK UNIFIED IDEOGRAPH name.

   unicodedata has no API that lists aliases. CPython stores them at private-use code points
   U+F0000.. and its C API capsule unicodedata._ucnhash_CAPI can name those, so the generator
   reads them through ctypes and then checks every one against codecs' "\\N{...}" decoder,
   which is the ground truth; a layout mismatch makes the generator fail, never guess.

3. NFKC. A two-stage table (kNormBlockIndex -> kNormBlocks) maps each code point to a record
   in kNormRecords: canonical combining class, the full compatibility decomposition
   (normalize('NFKD', c), a slice of kNormDecomp) and flags. Hangul syllables are left to the
   algorithm in unicode.cpp. kCompositions lists the canonical pairs (first, second) ->
   primary composite, sorted: every two-character canonical decomposition whose composite
   survives NFC (which leaves out composition exclusions, singletons and non-starter
   decompositions).
"""

import codecs
import ctypes
import re
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
HANGUL_V_FIRST, HANGUL_V_LAST = 0x1161, 0x1175
HANGUL_T_FIRST, HANGUL_T_LAST = 0x11A8, 0x11C2  # TBase + 1 .. TBase + 27

NORM_FLAG_INERT = 1  # ccc 0, NFKC-stable, never composes with what precedes it
NORM_FLAG_SECOND = 2  # second character of some composition pair (incl. Hangul V and T)

SEPARATORS = {"": 0, " ": 1, "-": 2}
DIGITS = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # 64, ASCII order
TOKEN_DIGITS = 3  # 18 bits >= 14-bit word index + 2-bit separator
CODE_POINT_DIGITS = 4  # 24 bits >= 21
WORD_START_DIGITS = 3
NAME_BLOCK_SIZE = 32


# -- Helpers ----------------------------------------------------------------------------------


def ranges_of(predicate):
    """Returns the inclusive ranges of code points for which predicate holds."""
    result = []
    start = None
    for c in range(MAX_CODE_POINT + 2):
        inside = c <= MAX_CODE_POINT and predicate(c)
        if inside and start is None:
            start = c
        elif not inside and start is not None:
            result.append((start, c - 1))
            start = None
    return result


def decode_named_escape(name):
    """What CPython's "\\N{name}" produces, or None if it is rejected."""
    try:
        return codecs.decode(b"\\N{" + name.encode("ascii") + b"}", "unicode_escape")
    except UnicodeDecodeError:
        return None


class ArrayWriter:
    """Formats C++ array initializers, wrapped at 100 columns."""

    def __init__(self):
        self.parts = []

    def raw(self, text):
        self.parts.append(text)

    def array(self, decl, items, comment):
        self.parts.append(f"// {comment}\n{decl} = {{\n")
        line = " "
        for item in items:
            text = f" {item},"
            if len(line) + len(text) > 100:
                self.parts.append(line + "\n")
                line = " "
            line += text
        if line.strip():
            self.parts.append(line + "\n")
        self.parts.append("};\n\n")

    def string(self, decl, text, comment):
        self.parts.append(f"// {comment}\n{decl} =\n")
        for i in range(0, len(text), 94):
            self.parts.append(f'    "{text[i:i + 94]}"\n')
        self.parts.append(";\n\n")


# -- Property ranges --------------------------------------------------------------------------


def emit_properties(out):
    start = ranges_of(lambda c: chr(c).isidentifier())
    cont = ranges_of(lambda c: ("a" + chr(c)).isidentifier())
    printable = ranges_of(lambda c: chr(c).isprintable())
    for name, table, what in [
        ("kIdentifierStartRanges", start, "chr(c).isidentifier()"),
        ("kIdentifierContinueRanges", cont, "('a' + chr(c)).isidentifier()"),
        ("kPrintableRanges", printable, "chr(c).isprintable()"),
    ]:
        out.array(f"constexpr CodePointRange {name}[]",
                  [f"{{{a:#x}, {b:#x}}}" for a, b in table], what)


# -- Names ------------------------------------------------------------------------------------


def name_aliases():
    """Returns [(alias, code point)], read from CPython's private name C API (see header)."""
    api = ctypes.pythonapi
    api.PyCapsule_GetPointer.restype = ctypes.c_void_p
    api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    capi = api.PyCapsule_GetPointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    # struct _PyUnicode_Name_CAPI { int (*getname)(Py_UCS4, char*, int, int with_named_seq); ... }
    getname_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                                    ctypes.c_int)
    getname = getname_type(ctypes.cast(capi, ctypes.POINTER(ctypes.c_void_p))[0])
    buffer = ctypes.create_string_buffer(256)
    if not getname(0x41, buffer, 256, 0) or buffer.value != b"LATIN CAPITAL LETTER A":
        sys.exit("gen_unicode_tables: unexpected layout of unicodedata._ucnhash_CAPI")
    aliases = []
    code = 0xF0000  # CPython's aliases_start
    while getname(code, buffer, 256, 1):
        name = buffer.value.decode("ascii")
        decoded = decode_named_escape(name)
        if decoded is None:
            break  # reached the named sequences, which "\N{...}" rejects
        if len(decoded) != 1 or unicodedata.lookup(name) != decoded:
            sys.exit(f"gen_unicode_tables: alias {name!r} does not decode to one character")
        aliases.append((name, ord(decoded)))
        code += 1
    if len(aliases) < 400 or ("LATIN CAPITAL LETTER GHA", 0x1A2) not in aliases:
        sys.exit(f"gen_unicode_tables: found only {len(aliases)} name aliases")
    return aliases


def collect_names():
    """Returns ([(name, code point)] of the hashed names, CJK unified ranges)."""
    names = []
    cjk = set()
    for c in range(MAX_CODE_POINT + 1):
        name = unicodedata.name(chr(c), None)
        if name is None:
            continue
        if name == f"CJK UNIFIED IDEOGRAPH-{c:X}":
            cjk.add(c)
        elif not (HANGUL_FIRST <= c <= HANGUL_LAST):
            names.append((name, c))
    names += name_aliases()
    return names, ranges_of(lambda c: c in cjk)


def tokenize(name):
    """Splits a name into [(word, separator after it)], exactly as unicode.cpp does."""
    parts = re.split("([ -])", name)
    return [(parts[i], parts[i + 1] if i + 1 < len(parts) else "")
            for i in range(0, len(parts), 2)]


def encode_digits(value, width):
    """value in `width` digits of DIGITS, most significant first."""
    if value >= 1 << (6 * width):
        sys.exit(f"gen_unicode_tables: {value} does not fit in {width} digits")
    return "".join(DIGITS[value >> (6 * i) & 63] for i in reversed(range(width)))


def emit_names(out):
    names, cjk_ranges = collect_names()
    words = sorted({word for name, _ in names for word, _ in tokenize(name)})
    if len(words) >= 1 << 14:
        sys.exit("gen_unicode_tables: too many distinct name words for 14-bit tokens")
    word_index = {word: i for i, word in enumerate(words)}
    records = sorted("".join(encode_digits(word_index[w] << 2 | SEPARATORS[s], TOKEN_DIGITS)
                             for w, s in tokenize(name)) + encode_digits(c, CODE_POINT_DIGITS)
                     for name, c in names)
    keys = [r[:-CODE_POINT_DIGITS] for r in records]
    if len(set(keys)) != len(keys):
        sys.exit("gen_unicode_tables: duplicate character name")

    word_start = [0]
    for word in words:
        word_start.append(word_start[-1] + len(word))
    out.raw(f"constexpr int kNameTokenDigits = {TOKEN_DIGITS};\n"
            f"constexpr int kNameCodePointDigits = {CODE_POINT_DIGITS};\n"
            f"constexpr int kNameWordStartDigits = {WORD_START_DIGITS};\n"
            f"constexpr int kNameBlockSize = {NAME_BLOCK_SIZE};\n"
            f"constexpr size_t kNameMaxLength = {max(len(name) for name, _ in names)};\n\n")
    out.string("constexpr char kNameDigits[]", DIGITS,
               "Digits of the encoded name tables, in ASCII order: encoded keys sort as numbers.")
    out.string("constexpr char kNameWordChars[]", "".join(words),
               f"The {len(words)} distinct words of character names, sorted and concatenated.")
    out.string("constexpr char kNameWordStart[]",
               "".join(encode_digits(x, WORD_START_DIGITS) for x in word_start),
               "Word i is kNameWordChars[start(i) .. start(i + 1)), start encoded in 3 digits.")
    out.string("constexpr char kNameRecords[]", "".join(records),
               f"{len(records)} names, sorted, each its tokens (word index << 2 | separator after "
               "the word:\n// 0 end, 1 ' ', 2 '-') and then its code point.")
    offsets, offset = [], 0
    for i, record in enumerate(records):
        if i % NAME_BLOCK_SIZE == 0:
            offsets.append(offset)
        offset += len(record)
    offsets.append(offset)
    out.array("constexpr uint32_t kNameBlockStart[]", offsets,
              "Offset in kNameRecords of every kNameBlockSize-th record, then the total length.")
    out.array("constexpr CodePointRange kCjkUnifiedRanges[]",
              [f"{{{a:#x}, {b:#x}}}" for a, b in cjk_ranges],
              "Code points named algorithmically 'CJK UNIFIED IDEOGRAPH-<hex>'.")


# -- Normalization ----------------------------------------------------------------------------


def composition_pairs():
    """Returns {(first, second): composite} for all primary composites."""
    pairs = {}
    for c in range(MAX_CODE_POINT + 1):
        decomposition = unicodedata.decomposition(chr(c))
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = [int(x, 16) for x in decomposition.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(c)) == chr(c):
            pairs[(parts[0], parts[1])] = c
    return pairs


def norm_record(c, seconds, decomp_pool, decomp_offsets):
    """Returns (decomposition start, length, ccc, flags) for code point c."""
    ch = chr(c)
    ccc = unicodedata.combining(ch)
    flags = NORM_FLAG_SECOND if c in seconds else 0
    if HANGUL_FIRST <= c <= HANGUL_LAST:
        return (0, 0, ccc, flags)  # decomposed and composed algorithmically
    decomposed = unicodedata.normalize("NFKD", ch)
    if ccc == 0 and not flags and unicodedata.normalize("NFKC", ch) == ch:
        flags |= NORM_FLAG_INERT
    if decomposed == ch:
        return (0, 0, ccc, flags)
    key = tuple(ord(x) for x in decomposed)
    if key not in decomp_offsets:
        decomp_offsets[key] = len(decomp_pool)
        decomp_pool += key
    return (decomp_offsets[key], len(key), ccc, flags)


def two_stage(values, shift):
    """Splits a per-code-point list into (block index, deduplicated blocks)."""
    size = 1 << shift
    blocks, block_ids, index = [], {}, []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        if block not in block_ids:
            block_ids[block] = len(blocks)
            blocks.append(block)
        index.append(block_ids[block])
    return index, blocks


def emit_normalization(out):
    pairs = composition_pairs()
    seconds = {second for _, second in pairs}
    seconds |= set(range(HANGUL_V_FIRST, HANGUL_V_LAST + 1))
    seconds |= set(range(HANGUL_T_FIRST, HANGUL_T_LAST + 1))

    decomp_pool, decomp_offsets = [], {}
    records, record_ids, per_code_point = [], {}, []
    for c in range(MAX_CODE_POINT + 1):
        record = norm_record(c, seconds, decomp_pool, decomp_offsets)
        if record not in record_ids:
            record_ids[record] = len(records)
            records.append(record)
        per_code_point.append(record_ids[record])
    if len(decomp_pool) >= 1 << 16 or len(records) >= 1 << 16:
        sys.exit("gen_unicode_tables: normalization tables overflow 16-bit indices")

    # Pick the block size that minimizes the total number of table entries.
    candidates = [(shift, *two_stage(per_code_point, shift)) for shift in range(5, 9)]
    shift, index, blocks = min(candidates, key=lambda t: len(t[1]) + (len(t[2]) << t[0]))
    out.raw(f"constexpr int kNormBlockShift = {shift};\n\n")
    out.array("constexpr uint16_t kNormBlockIndex[]", index,
              "Record of c: kNormBlocks[kNormBlockIndex[c >> shift] << shift | low bits of c].")
    out.array("constexpr uint16_t kNormBlocks[]", [r for block in blocks for r in block],
              "Index into kNormRecords per code point, in deduplicated blocks.")
    out.array("constexpr NormRecord kNormRecords[]",
              [f"{{{a}, {b}, {c}, {d}}}" for a, b, c, d in records],
              "{decomposition start, decomposition length, ccc, flags}.")
    out.array("constexpr char32_t kNormDecomp[]", [f"{c:#x}" for c in decomp_pool],
              "Full compatibility decompositions (normalize('NFKD', c)), canonically ordered.")
    out.array("constexpr Composition kCompositions[]",
              [f"{{{a:#x}, {b:#x}, {c:#x}}}" for (a, b), c in sorted(pairs.items())],
              "Canonical composition pairs {first, second, composite}, sorted by (first, second).")


# -- Main -------------------------------------------------------------------------------------


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen_unicode_tables.py OUTPUT.inc")
    if sys.version_info[:2] != (3, 11) or unicodedata.unidata_version != "14.0.0":
        sys.exit("gen_unicode_tables: kiln's reference is Python 3.11 (Unicode 14.0.0), found "
                 f"Python {sys.version.split()[0]} (Unicode {unicodedata.unidata_version})")
    out = ArrayWriter()
    out.raw("// Generated by tools/gen_unicode_tables.py from the unicodedata module of Python "
            f"{sys.version.split()[0]}\n// (Unicode {unicodedata.unidata_version}). Do not edit. "
            "Included once, by support/unicode.cpp, which\n// declares the types used here.\n\n")
    out.raw(f'constexpr char kUnicodeVersion[] = "{unicodedata.unidata_version}";\n\n')
    emit_properties(out)
    emit_names(out)
    emit_normalization(out)
    with open(sys.argv[1], "w", encoding="ascii") as f:
        f.write("".join(out.parts))


if __name__ == "__main__":
    main()
