// Unicode facts the frontend needs, with CPython's exact answers.
//
// The tables are generated at build time by tools/gen_unicode_tables.py from the unicodedata
// module of the python3 that kiln uses as its reference (3.11: Unicode 14.0), so kiln and CPython
// agree on which characters may start an identifier, which are printable in a repr, what
// \N{...} names mean, and how identifiers are NFKC-normalized.
//
// Text inside kiln is UTF-8. Python strings may contain lone surrogates ("\ud800"); those are
// stored as their 3-byte generalized UTF-8 form (WTF-8), which appendUtf8 produces and
// decodeUtf8 accepts when `allowSurrogates` is set.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiln::unicode {

constexpr char32_t kMaxCodePoint = 0x10FFFF;
constexpr char32_t kInvalid = 0xFFFFFFFF; // decodeUtf8's error result

// PEP 3131: may the code point start / continue an identifier (XID_Start plus '_' /
// XID_Continue), as str.isidentifier() decides.
bool isIdentifierStart(char32_t c);
bool isIdentifierContinue(char32_t c);

// Python's str.isprintable() for one code point (what repr() leaves unescaped).
bool isPrintable(char32_t c);

// unicodedata.lookup(name) restricted to what "\N{name}" accepts: character names (case
// insensitive), name aliases, and the algorithmic names (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL
// SYLLABLE ...); not named sequences. Returns nullopt for an unknown name.
std::optional<char32_t> lookupName(std::string_view name);

// unicodedata.normalize('NFKC', s), for identifiers. Input and output are UTF-8.
std::string normalizeNfkc(std::string_view utf8);

// Decodes one code point at `p` (advancing it). Returns kInvalid for a malformed sequence, an
// overlong form, or a surrogate (unless allowSurrogates), and then advances by one byte.
char32_t decodeUtf8(const char*& p, const char* end, bool allowSurrogates = false);

// Appends the UTF-8 (WTF-8 for surrogates) encoding of c.
void appendUtf8(std::string& out, char32_t c);

} // namespace kiln::unicode
