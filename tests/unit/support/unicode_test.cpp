// Tests for support/unicode.h: hand-picked cases plus differential tests against python3.
//
// The differential tests run the reference interpreter (python3, which must be 3.11 with
// Unicode 14.0.0, or they skip) through popen and compare kiln's answers with CPython's for:
// the identifier and printable classes of every code point; every character name, every name
// alias and thousands of deterministic mutations of names (judged by CPython's own "\N{...}"
// decoder); NFKC of every single code point and of thousands of generated strings rich in
// combining marks, decomposable characters and Hangul jamo. Inputs come from fixed seeds, so
// every run checks the same cases.
#include "support/unicode.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace kiln::unicode {
namespace {

// -- Helpers ---------------------------------------------------------------------------------

// Prepended to every script: prints SKIP unless python3 is kiln's reference version.
constexpr const char* kPythonPrelude = R"PY(
import sys, unicodedata
if sys.version_info[:2] != (3, 11) or unicodedata.unidata_version != "14.0.0":
    print("SKIP python3 is not 3.11 / Unicode 14.0.0")
    sys.exit(0)
)PY";

// Runs `script` under python3 and returns its stdout, or nullopt if python3 failed.
std::optional<std::string> runPython(const std::string& script) {
  std::string command = "python3 - <<'KILN_PYTHON_EOF'\n" + std::string(kPythonPrelude) + script +
                        "\nKILN_PYTHON_EOF\n";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string output;
  char buffer[1 << 16];
  size_t count;
  while ((count = fread(buffer, 1, sizeof(buffer), pipe)) > 0)
    output.append(buffer, count);
  if (pclose(pipe) != 0) return std::nullopt;
  return output;
}

std::vector<std::string> splitString(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream stream(text);
  while (std::getline(stream, part, separator))
    parts.push_back(part);
  return parts;
}

std::vector<char32_t> parseHexList(const std::string& text) {
  std::vector<char32_t> values;
  for (const std::string& field : splitString(text, ' ')) {
    if (!field.empty()) values.push_back(char32_t(std::stoul(field, nullptr, 16)));
  }
  return values;
}

std::string toUtf8(const std::vector<char32_t>& codePoints) {
  std::string out;
  for (char32_t c : codePoints)
    appendUtf8(out, c);
  return out;
}

std::vector<char32_t> fromUtf8(std::string_view text) {
  std::vector<char32_t> out;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end)
    out.push_back(decodeUtf8(p, end, /*allowSurrogates=*/true));
  return out;
}

std::string hexList(const std::vector<char32_t>& codePoints) {
  std::string out;
  char buffer[16];
  for (char32_t c : codePoints) {
    snprintf(buffer, sizeof(buffer), "%s%x", out.empty() ? "" : " ", unsigned(c));
    out += buffer;
  }
  return out;
}

// Runs the script and returns its output lines; skips the test if python3 is not the
// reference version, fails it if python3 cannot run.
#define KILN_RUN_PYTHON(lines, script)                                                             \
  std::vector<std::string> lines;                                                                  \
  {                                                                                                \
    std::optional<std::string> output = runPython(script);                                         \
    ASSERT_TRUE(output.has_value()) << "python3 failed";                                           \
    if (output->starts_with("SKIP")) GTEST_SKIP() << *output;                                      \
    lines = splitString(*output, '\n');                                                            \
  }

// -- UTF-8 -----------------------------------------------------------------------------------

struct DecodeResult {
  char32_t value;
  size_t consumed;
};

DecodeResult decodeOne(std::string_view bytes, bool allowSurrogates = false) {
  const char* p = bytes.data();
  char32_t value = decodeUtf8(p, bytes.data() + bytes.size(), allowSurrogates);
  return {value, size_t(p - bytes.data())};
}

TEST(Utf8Test, DecodesValidSequences) {
  EXPECT_EQ(decodeOne("A").value, U'A');
  EXPECT_EQ(decodeOne("\xC3\xA9").value, U'\u00E9');
  EXPECT_EQ(decodeOne("\xC3\xA9").consumed, 2u);
  EXPECT_EQ(decodeOne("\xE2\x82\xAC").value, U'\u20AC');
  EXPECT_EQ(decodeOne("\xF0\x9F\x98\x80").value, U'\U0001F600');
  EXPECT_EQ(decodeOne("\xF4\x8F\xBF\xBF").value, kMaxCodePoint);
  EXPECT_EQ(decodeOne("\xF4\x8F\xBF\xBF").consumed, 4u);
}

TEST(Utf8Test, RejectsMalformedSequencesOneByteAtATime) {
  for (std::string_view bad : {
           std::string_view("\x80"),             // stray continuation byte
           std::string_view("\xC0\x80"),         // overlong U+0000
           std::string_view("\xC1\xBF"),         // overlong U+007F
           std::string_view("\xE0\x9F\xBF"),     // overlong U+07FF
           std::string_view("\xF0\x8F\xBF\xBF"), // overlong U+FFFF
           std::string_view("\xF4\x90\x80\x80"), // U+110000
           std::string_view("\xF8\x88\x80\x80"), // 5-byte form
           std::string_view("\xFF"),             // never a lead byte
           std::string_view("\xE2\x82"),         // truncated
           std::string_view("\xF0\x9F\x98"),     // truncated
           std::string_view("\xC3("),            // bad continuation
           std::string_view("\xED\xA0\x80"),     // surrogate U+D800
           std::string_view("\xED\xBF\xBF"),     // surrogate U+DFFF
       }) {
    DecodeResult result = decodeOne(bad);
    EXPECT_EQ(result.value, kInvalid) << testing::PrintToString(bad);
    EXPECT_EQ(result.consumed, 1u) << testing::PrintToString(bad);
  }
}

TEST(Utf8Test, AcceptsSurrogatesOnlyWhenAsked) {
  EXPECT_EQ(decodeOne("\xED\xA0\x80", true).value, char32_t(0xD800));
  EXPECT_EQ(decodeOne("\xED\xBF\xBF", true).value, char32_t(0xDFFF));
  EXPECT_EQ(decodeOne("\xED\xBF\xBF", true).consumed, 3u);
  EXPECT_EQ(decodeOne("\xC0\x80", true).value, kInvalid); // overlongs stay invalid
}

TEST(Utf8Test, RoundTripsEveryCodePoint) {
  for (char32_t c = 0; c <= kMaxCodePoint; ++c) {
    std::string text;
    appendUtf8(text, c);
    bool isSurrogate = c >= 0xD800 && c <= 0xDFFF;
    size_t expectedLength = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    ASSERT_EQ(text.size(), expectedLength) << std::hex << unsigned(c);
    DecodeResult strict = decodeOne(text);
    ASSERT_EQ(strict.value, isSurrogate ? kInvalid : c) << std::hex << unsigned(c);
    DecodeResult lenient = decodeOne(text, true);
    ASSERT_EQ(lenient.value, c) << std::hex << unsigned(c);
    ASSERT_EQ(lenient.consumed, expectedLength);
  }
}

// -- Properties ------------------------------------------------------------------------------

TEST(UnicodePropertiesTest, HandPicked) {
  EXPECT_TRUE(isIdentifierStart('a'));
  EXPECT_TRUE(isIdentifierStart('_'));
  EXPECT_FALSE(isIdentifierStart('1'));
  EXPECT_TRUE(isIdentifierContinue('1'));
  EXPECT_FALSE(isIdentifierContinue('$'));
  EXPECT_TRUE(isIdentifierStart(U'\u00E9'));  // é
  EXPECT_TRUE(isIdentifierStart(U'\u2118'));  // ℘, Other_ID_Start
  EXPECT_FALSE(isIdentifierStart(U'\u00B7')); // MIDDLE DOT continues only
  EXPECT_TRUE(isIdentifierContinue(U'\u00B7'));
  EXPECT_TRUE(isIdentifierContinue(U'\u0663')); // ARABIC-INDIC DIGIT THREE
  EXPECT_FALSE(isIdentifierStart(U'\u0663'));
  EXPECT_FALSE(isIdentifierStart(U'\u037A'));    // GREEK YPOGEGRAMMENI: NFKC breaks XID
  EXPECT_TRUE(isIdentifierStart(U'\U00020000')); // CJK extension B
  EXPECT_FALSE(isIdentifierContinue(0xD800));
  EXPECT_TRUE(isPrintable(' '));
  EXPECT_FALSE(isPrintable('\n'));
  EXPECT_FALSE(isPrintable(0x7F));
  EXPECT_FALSE(isPrintable(0xA0)); // NO-BREAK SPACE (Zs, not ' ')
  EXPECT_TRUE(isPrintable(U'\u00E9'));
  EXPECT_FALSE(isPrintable(0xAD)); // SOFT HYPHEN (Cf)
  EXPECT_FALSE(isPrintable(0xD800));
  EXPECT_FALSE(isPrintable(0x0378)); // unassigned
  EXPECT_TRUE(isPrintable(U'\U0001F600'));
  EXPECT_FALSE(isPrintable(0x10FFFF));
}

TEST(UnicodePropertiesTest, MatchesCPythonForEveryCodePoint) {
  KILN_RUN_PYTHON(lines, R"PY(
def ranges(pred):
    out, start = [], None
    for c in range(0x110001):
        inside = c < 0x110000 and pred(c)
        if inside and start is None:
            start = c
        elif not inside and start is not None:
            out.append("%x-%x" % (start, c - 1))
            start = None
    print(" ".join(out))
ranges(lambda c: chr(c).isidentifier())
ranges(lambda c: ("a" + chr(c)).isidentifier())
ranges(lambda c: chr(c).isprintable())
)PY");
  ASSERT_EQ(lines.size(), 3u);
  bool (*const predicates[])(char32_t) = {isIdentifierStart, isIdentifierContinue, isPrintable};
  const char* const names[] = {"isIdentifierStart", "isIdentifierContinue", "isPrintable"};
  for (int k = 0; k < 3; ++k) {
    std::vector<bool> expected(kMaxCodePoint + 1, false);
    for (const std::string& range : splitString(lines[k], ' ')) {
      size_t dash = range.find('-');
      char32_t first = char32_t(std::stoul(range.substr(0, dash), nullptr, 16));
      char32_t last = char32_t(std::stoul(range.substr(dash + 1), nullptr, 16));
      for (char32_t c = first; c <= last; ++c)
        expected[c] = true;
    }
    int mismatches = 0;
    for (char32_t c = 0; c <= kMaxCodePoint && mismatches < 10; ++c) {
      if (predicates[k](c) != expected[c]) {
        ++mismatches;
        ADD_FAILURE() << names[k] << "(U+" << std::hex << unsigned(c) << ") != CPython's "
                      << expected[c];
      }
    }
  }
}

// -- Names -----------------------------------------------------------------------------------

std::optional<char32_t> lookup(std::string_view name) {
  return lookupName(name);
}

TEST(UnicodeNamesTest, HandPicked) {
  EXPECT_EQ(lookup("LATIN SMALL LETTER A"), U'a');
  EXPECT_EQ(lookup("latin small letter a"), U'a'); // case-insensitive
  EXPECT_EQ(lookup("Snowman"), U'\u2603');
  EXPECT_EQ(lookup("HYPHEN-MINUS"), U'-');
  EXPECT_EQ(lookup("TIBETAN MARK BKA- SHOG YIG MGO"), U'\u0F0A');
  EXPECT_EQ(lookup("HANGUL JUNGSEONG O-E"), U'\u1180');
  EXPECT_EQ(lookup("HANGUL JUNGSEONG OE"), U'\u116C');
  EXPECT_EQ(lookup("CJK COMPATIBILITY IDEOGRAPH-F900"), U'\uF900');
  EXPECT_EQ(lookup("cjk compatibility ideograph-f900"), U'\uF900');
  EXPECT_EQ(lookup("GRINNING FACE"), U'\U0001F600');
  EXPECT_EQ(lookup(""), std::nullopt);
  EXPECT_EQ(lookup("LATIN SMALL LETTER"), std::nullopt);
  EXPECT_EQ(lookup("LATIN SMALL  LETTER A"), std::nullopt);
  EXPECT_EQ(lookup(" LATIN SMALL LETTER A"), std::nullopt);
  EXPECT_EQ(lookup("LATIN SMALL LETTER A "), std::nullopt);
  EXPECT_EQ(lookup("NO SUCH CHARACTER"), std::nullopt);
}

TEST(UnicodeNamesTest, AliasesAndNamedSequences) {
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER GHA"), U'\u01A2'); // correction alias
  EXPECT_EQ(lookup("NULL"), U'\0');                         // control alias
  EXPECT_EQ(lookup("LINE FEED"), U'\n');
  EXPECT_EQ(lookup("lf"), U'\n'); // abbreviation
  EXPECT_EQ(lookup("BYTE ORDER MARK"), U'\uFEFF');
  EXPECT_EQ(lookup("VS256"), U'\U000E01EF');
  EXPECT_EQ(lookup("KEYCAP NUMBER SIGN"), std::nullopt); // named sequences are rejected
  EXPECT_EQ(lookup("TAMIL SYLLABLE KAA"), std::nullopt);
}

TEST(UnicodeNamesTest, AlgorithmicNames) {
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4E00"), U'\u4E00');
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-04E00"), U'\u4E00'); // 5 digits are accepted
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-20000"), U'\U00020000');
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-3134A"), U'\U0003134A');
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4e00"), std::nullopt); // hex must be uppercase
  EXPECT_EQ(lookup("cjk unified ideograph-4E00"), std::nullopt); // prefix is case-sensitive
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-004E00"), std::nullopt);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-A000"), std::nullopt); // not an ideograph
  EXPECT_EQ(lookup("HANGUL SYLLABLE GA"), U'\uAC00');
  EXPECT_EQ(lookup("HANGUL SYLLABLE GAG"), U'\uAC01');
  EXPECT_EQ(lookup("HANGUL SYLLABLE A"), U'\uC544'); // empty initial (IEUNG)
  EXPECT_EQ(lookup("HANGUL SYLLABLE HIH"), U'\uD7A3');
  EXPECT_EQ(lookup("hangul syllable ga"), std::nullopt);
  EXPECT_EQ(lookup("HANGUL SYLLABLE ga"), std::nullopt);
  EXPECT_EQ(lookup("HANGUL SYLLABLE "), std::nullopt);
  EXPECT_EQ(lookup("TANGUT IDEOGRAPH-17000"), std::nullopt); // CPython 3.11 has no such names
}

// Every name CPython knows (explicit, algorithmic and aliases) maps to its code point, and
// lowercasing or mutating names gives exactly what CPython's "\N{...}" decoder gives.
TEST(UnicodeNamesTest, MatchesCPython) {
  KILN_RUN_PYTHON(lines, R"PY(
import codecs, ctypes, random
def escape(name):
    try:
        return "%x" % ord(codecs.decode(b"\\N{" + name.encode() + b"}", "unicode_escape"))
    except UnicodeDecodeError:
        return "-"
names = []
for c in range(0x110000):
    name = unicodedata.name(chr(c), None)
    if name:
        names.append(name)
        print("%s\t%x" % (name, c))
# Aliases and named sequences, via CPython's private name C API (U+F0000.. hold them).
api = ctypes.pythonapi
api.PyCapsule_GetPointer.restype = ctypes.c_void_p
api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
capi = api.PyCapsule_GetPointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
getname = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                           ctypes.c_int)(ctypes.cast(capi, ctypes.POINTER(ctypes.c_void_p))[0])
buffer = ctypes.create_string_buffer(256)
extra = 0
for code in range(0xF0000, 0xF1000):
    if getname(code, buffer, 256, 1):
        name = buffer.value.decode()
        names.append(name)
        print("%s\t%s" % (name, escape(name)))
        extra += 1
assert extra > 900, extra
rng = random.Random(3131)
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -_"
for i in range(6000):
    name = list(rng.choice(names))
    kind = rng.randrange(6)
    if kind == 0:
        name = list("".join(name).lower())
    elif kind == 1:
        j = rng.randrange(len(name))
        name[j] = name[j].swapcase()
    elif kind == 2:
        del name[rng.randrange(len(name))]
    elif kind == 3:
        name.insert(rng.randrange(len(name) + 1), rng.choice(alphabet))
    elif kind == 4:
        j = rng.randrange(len(name))
        name[j] = rng.choice(alphabet)
    else:
        name += list(rng.choice(names))[rng.randrange(3):]
    name = "".join(name)
    print("%s\t%s" % (name, escape(name)))
)PY");
  size_t checked = 0;
  int failures = 0;
  for (const std::string& line : lines) {
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string name = line.substr(0, tab);
    std::string expected = line.substr(tab + 1);
    std::optional<char32_t> actual = lookupName(name);
    std::string actualText = "-";
    if (actual) {
      char buffer[16];
      snprintf(buffer, sizeof(buffer), "%x", unsigned(*actual));
      actualText = buffer;
    }
    ++checked;
    if (actualText != expected && ++failures <= 20)
      ADD_FAILURE() << "lookupName(\"" << name << "\") = " << actualText
                    << ", CPython: " << expected;
  }
  EXPECT_GT(checked, 140000u);
  EXPECT_EQ(failures, 0);
}

// -- NFKC ------------------------------------------------------------------------------------

std::string nfkcHex(const std::vector<char32_t>& codePoints) {
  return hexList(fromUtf8(normalizeNfkc(toUtf8(codePoints))));
}

TEST(UnicodeNfkcTest, HandPicked) {
  EXPECT_EQ(normalizeNfkc("plain_ascii123"), "plain_ascii123");
  EXPECT_EQ(normalizeNfkc(""), "");
  EXPECT_EQ(normalizeNfkc("\xEF\xAC\x81"
                          "le"),
            "file");                                    // U+FB01 LIGATURE FI
  EXPECT_EQ(normalizeNfkc("\xE2\x84\x8C"), "H");        // U+210C BLACK-LETTER H
  EXPECT_EQ(normalizeNfkc("\xE2\x91\xA0"), "1");        // U+2460 CIRCLED ONE
  EXPECT_EQ(normalizeNfkc("e\xCC\x81"), "\xC3\xA9");    // e + acute -> é
  EXPECT_EQ(normalizeNfkc("\xE2\x84\xAB"), "\xC3\x85"); // ANGSTROM SIGN -> Å
  EXPECT_EQ(normalizeNfkc("\xC3\xA9"), "\xC3\xA9");     // stays composed
  EXPECT_EQ(normalizeNfkc("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8"), "\xEA\xB0\x81"); // jamo -> 각
  EXPECT_EQ(normalizeNfkc("\xEA\xB0\x81"), "\xEA\xB0\x81");
  // a + dot below (220) + circumflex (230), in either order: ấ-like composition ậ -> ậ
  EXPECT_EQ(nfkcHex({U'a', 0x302, 0x323}), "1ead");
  EXPECT_EQ(nfkcHex({U'a', 0x323, 0x302}), "1ead");
  // Composition exclusion: U+0958 DEVANAGARI LETTER QA stays decomposed.
  EXPECT_EQ(nfkcHex({0x958}), "915 93c");
  // Blocked: two marks of the same class; the second cannot compose with the base.
  EXPECT_EQ(nfkcHex({U'a', 0x301, 0x301}), "e1 301");
  // U+1E9B U+0323 is the UAX #15 example: NFKC gives U+1E69.
  EXPECT_EQ(nfkcHex({0x1E9B, 0x323}), "1e69");
}

// NFKC of every single code point (those CPython changes are listed; all others must stay).
TEST(UnicodeNfkcTest, MatchesCPythonForEveryCodePoint) {
  KILN_RUN_PYTHON(lines, R"PY(
for c in range(0x110000):
    s = chr(c)
    n = unicodedata.normalize("NFKC", s)
    if n != s:
        print("%x\t%s" % (c, " ".join("%x" % ord(x) for x in n)))
)PY");
  std::vector<std::string> expected(kMaxCodePoint + 1);
  for (const std::string& line : lines) {
    size_t tab = line.find('\t');
    expected[std::stoul(line.substr(0, tab), nullptr, 16)] = line.substr(tab + 1);
  }
  int failures = 0;
  for (char32_t c = 0; c <= kMaxCodePoint; ++c) {
    std::string want = expected[c].empty() ? hexList({c}) : expected[c];
    std::string got = nfkcHex({c});
    if (got != want && ++failures <= 20)
      ADD_FAILURE() << "NFKC(U+" << std::hex << unsigned(c) << ") = " << got
                    << ", CPython: " << want;
  }
  EXPECT_GT(lines.size(), 4500u);
  EXPECT_EQ(failures, 0);
}

// NFKC of generated strings that exercise reordering, blocking and (Hangul) composition.
TEST(UnicodeNfkcTest, MatchesCPythonOnGeneratedStrings) {
  KILN_RUN_PYTHON(lines, R"PY(
import random
rng = random.Random(15)
marks, decomposable, seconds = [], [], set()
for c in range(0x110000):
    if unicodedata.combining(chr(c)):
        marks.append(c)
    d = unicodedata.decomposition(chr(c))
    if d:
        decomposable.append(c)
        parts = d.split()
        if not d.startswith("<") and len(parts) == 2:
            seconds.add(int(parts[1], 16))
seconds = sorted(seconds)
firsts = sorted({int(unicodedata.decomposition(chr(c)).split()[0], 16)
                 for c in decomposable if not unicodedata.decomposition(chr(c)).startswith("<")})
pools = [
    marks, decomposable, seconds, firsts,
    range(0x1100, 0x1113), range(0x1113, 0x115A), range(0x1161, 0x1176), range(0x11A7, 0x11C3),
    range(0xAC00, 0xD7A4), range(0x41, 0x7B), range(0x80, 0x3000), range(0x10000, 0x30000),
]
for i in range(4000):
    cps = []
    for _ in range(rng.randint(1, 10)):
        c = rng.choice(rng.choice(pools))
        if not 0xD800 <= c <= 0xDFFF:
            cps.append(c)
    if not cps:
        continue
    s = "".join(map(chr, cps))
    n = unicodedata.normalize("NFKC", s)
    print("%s\t%s" % (" ".join("%x" % c for c in cps), " ".join("%x" % ord(x) for x in n)))
)PY");
  int failures = 0;
  for (const std::string& line : lines) {
    size_t tab = line.find('\t');
    std::vector<char32_t> input = parseHexList(line.substr(0, tab));
    std::string want = line.substr(tab + 1);
    std::string got = nfkcHex(input);
    if (got != want && ++failures <= 20)
      ADD_FAILURE() << "NFKC(" << line.substr(0, tab) << ") = " << got << ", CPython: " << want;
  }
  EXPECT_GT(lines.size(), 3900u);
  EXPECT_EQ(failures, 0);
}

} // namespace
} // namespace kiln::unicode
