// runtime/src/str/str_text.cpp -- UTF-8 walking, making strs, and the Unicode character classes
// and case mappings: str.upper(), lower(), isdigit(), isalpha(), isalnum(), isspace().
//
// The classes and mappings are CPython 3.11's exactly, from tables generated from its own str
// methods (str_unicode_tables.cpp), including the full case mappings that make several code
// points ('\u00df'.upper() == 'SS') and lower()'s final-sigma rule. An ASCII str (length ==
// byte count), which is also what every bytes object looks like, is mapped and classified byte by
// byte: only ASCII bytes are letters, digits or spaces there, which is bytes' rule. (Bytes
// differ from an ASCII str in one place the representation cannot tell apart: '\x1c'..'\x1f'
// are whitespace in a str and not in bytes; both are treated as a str's.)
#include "str_impl.h"

#include "kiln/gc.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace kiln_str {

// -- UTF-8 ----------------------------------------------------------------------------------------

uint32_t decodeUtf8(const char*& p, const char* end) {
  auto b0 = uint8_t(*p);
  if (b0 < 0x80) {
    ++p;
    return b0;
  }
  int need = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
  if (need == 0 || end - p <= need) {
    ++p;
    return b0;
  }
  uint32_t c = b0 & (0x3F >> need);
  for (int k = 1; k <= need; ++k) {
    auto b = uint8_t(p[k]);
    if ((b & 0xC0) != 0x80) {
      ++p;
      return b0;
    }
    c = c << 6 | (b & 0x3F);
  }
  p += need + 1;
  return c;
}

int encodeUtf8(uint32_t c, char* out) {
  if (c < 0x80) {
    out[0] = char(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = char(0xC0 | c >> 6);
    out[1] = char(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = char(0xE0 | c >> 12);
    out[1] = char(0x80 | (c >> 6 & 0x3F));
    out[2] = char(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | c >> 18);
  out[1] = char(0x80 | (c >> 12 & 0x3F));
  out[2] = char(0x80 | (c >> 6 & 0x3F));
  out[3] = char(0x80 | (c & 0x3F));
  return 4;
}

void appendUtf8(std::string& out, uint32_t c) {
  char buf[4];
  out.append(buf, size_t(encodeUtf8(c, buf)));
}

int64_t countCodePoints(const char* p, size_t n) {
  int64_t count = 0;
  for (const char* end = p + n; p < end;) {
    decodeUtf8(p, end);
    ++count;
  }
  return count;
}

// The last code point byteOffset found in a non-ASCII str, so that walking a str forward (a
// lexer's s[i], s[i+1], ...) costs O(1) per step rather than a walk from the start each time.
// strs are immutable and no object is moved or freed between two collections, so the entry
// holds while the collection count it was made at is current.
namespace {
struct OffsetCache {
  const str* s = nullptr;
  int64_t collections = -1;
  int64_t index = 0, offset = 0;
};
OffsetCache gOffsetCache;
} // namespace

int64_t byteOffset(const str* s, int64_t index) {
  if (isAscii(s)) return index;
  const char* p = bytesOf(s);
  const char* end = p + s->chars.length;
  int64_t k = 0;
  int64_t collections = kiln_gc_minor_count() + kiln_gc_major_count();
  OffsetCache& c = gOffsetCache;
  if (c.s == s && c.collections == collections && c.index <= index) {
    k = c.index;
    p += c.offset;
  }
  for (; k < index && p < end; ++k)
    decodeUtf8(p, end);
  c = {s, collections, k, p - bytesOf(s)};
  return c.offset;
}

int64_t codePointIndex(const str* s, int64_t offset) {
  if (isAscii(s)) return offset;
  return countCodePoints(bytesOf(s), size_t(offset));
}

// -- Making strs ----------------------------------------------------------------------------------

str* makeStr(const char* utf8, size_t nbytes, int64_t ncodepoints) {
  str* s = kiln_str_alloc(int64_t(nbytes), ncodepoints);
  if (nbytes) std::memcpy(s->chars.items, utf8, nbytes);
  return s;
}

str* emptyStr() {
  return kiln_str_alloc(0, 0);
}

void adjustBounds(int64_t length, int64_t& start, int64_t& end) {
  if (end > length)
    end = length;
  else if (end < 0)
    end = std::max<int64_t>(end + length, 0);
  if (start < 0) start = std::max<int64_t>(start + length, 0);
}

// -- Character classes ----------------------------------------------------------------------------

bool inRanges(const CodePointRange* ranges, size_t count, uint32_t c) {
  const CodePointRange* end = ranges + count;
  const CodePointRange* it = std::upper_bound(
      ranges, end, c, [](uint32_t v, const CodePointRange& r) { return v < r.first; });
  return it != ranges && c <= it[-1].last;
}

bool isPrintable(uint32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  return inRanges(kPrintableRanges, kPrintableRangesCount, c);
}
bool isSpace(uint32_t c) {
  return inRanges(kSpaceRanges, kSpaceRangesCount, c);
}
bool isAlpha(uint32_t c) {
  return inRanges(kAlphaRanges, kAlphaRangesCount, c);
}
bool isDigit(uint32_t c) {
  return inRanges(kDigitRanges, kDigitRangesCount, c);
}
bool isAlnum(uint32_t c) {
  return inRanges(kAlnumRanges, kAlnumRangesCount, c);
}

int decimalValue(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c < 0x80) return -1;
  const CodePointRange* end = kDecimalRanges + kDecimalRangesCount;
  const CodePointRange* it = std::upper_bound(
      kDecimalRanges, end, c, [](uint32_t v, const CodePointRange& r) { return v < r.first; });
  if (it == kDecimalRanges || c > it[-1].last) return -1;
  return int((c - it[-1].first) % 10);
}

namespace {

// Whether every character of s is in the class (False for an empty s). An ASCII s is read byte
// by byte: a byte >= 0x80 (only bytes have one there) is in no class.
bool allChars(str* s, bool (*inClass)(uint32_t)) {
  if (s->chars.length == 0) return false;
  const char* p = bytesOf(s);
  const char* end = p + s->chars.length;
  if (isAscii(s)) {
    for (; p < end; ++p)
      if (uint8_t(*p) >= 0x80 || !inClass(uint8_t(*p))) return false;
    return true;
  }
  while (p < end)
    if (!inClass(decodeUtf8(p, end))) return false;
  return true;
}

// -- Case mappings --------------------------------------------------------------------------------

// Appends the mapping of c by the runs and specials of one direction.
void appendMapped(std::string& out, uint32_t c, const CaseRun* runs, size_t runCount,
                  const CaseSpecial* specials, size_t specialCount) {
  const CaseSpecial* specialsEnd = specials + specialCount;
  const CaseSpecial* sp = std::lower_bound(
      specials, specialsEnd, c, [](const CaseSpecial& e, uint32_t v) { return e.codePoint < v; });
  if (sp != specialsEnd && sp->codePoint == c) {
    out += sp->utf8;
    return;
  }
  const CaseRun* runsEnd = runs + runCount;
  const CaseRun* it =
      std::upper_bound(runs, runsEnd, c, [](uint32_t v, const CaseRun& r) { return v < r.first; });
  if (it != runs && c <= it[-1].last && (c - it[-1].first) % it[-1].stride == 0)
    c = uint32_t(int64_t(c) + it[-1].delta);
  appendUtf8(out, c);
}

bool isCaseIgnorable(uint32_t c) {
  return inRanges(kCaseIgnorableRanges, kCaseIgnorableRangesCount, c);
}
bool isCased(uint32_t c) {
  return inRanges(kCasedRanges, kCasedRangesCount, c);
}

// CPython's handle_capital_sigma: U+03A3 lowers to final sigma after a cased letter (case-ignorable
// characters between) that no cased letter follows.
uint32_t lowerSigma(const std::vector<uint32_t>& text, size_t i) {
  size_t j = i;
  while (j > 0 && isCaseIgnorable(text[j - 1]))
    --j;
  bool final = j > 0 && isCased(text[j - 1]);
  if (final) {
    size_t k = i + 1;
    while (k < text.size() && isCaseIgnorable(text[k]))
      ++k;
    final = k == text.size() || !isCased(text[k]);
  }
  return final ? 0x3C2 : 0x3C3;
}

str* mapCase(str* s, bool upper) {
  if (isAscii(s)) {
    str* out = kiln_str_alloc(s->chars.length, s->length);
    for (int64_t k = 0; k < s->chars.length; ++k) {
      char c = s->chars.items[k];
      if (upper && c >= 'a' && c <= 'z')
        c = char(c - 32);
      else if (!upper && c >= 'A' && c <= 'Z')
        c = char(c + 32);
      out->chars.items[k] = c;
    }
    return out;
  }
  std::vector<uint32_t> text;
  for (const char *p = bytesOf(s), *end = p + s->chars.length; p < end;)
    text.push_back(decodeUtf8(p, end));
  std::string out;
  out.reserve(size_t(s->chars.length));
  for (size_t i = 0; i < text.size(); ++i) {
    if (upper)
      appendMapped(out, text[i], kUpperRuns, kUpperRunCount, kUpperSpecials, kUpperSpecialCount);
    else if (text[i] == 0x3A3)
      appendUtf8(out, lowerSigma(text, i));
    else
      appendMapped(out, text[i], kLowerRuns, kLowerRunCount, kLowerSpecials, kLowerSpecialCount);
  }
  return makeStr(out);
}

} // namespace
} // namespace kiln_str

using namespace kiln_str;

str* kiln_str_upper(str* s) {
  return mapCase(s, true);
}
str* kiln_str_lower(str* s) {
  return mapCase(s, false);
}
bool kiln_str_isdigit(str* s) {
  return allChars(s, isDigit);
}
bool kiln_str_isalpha(str* s) {
  return allChars(s, isAlpha);
}
bool kiln_str_isalnum(str* s) {
  return allChars(s, isAlnum);
}
bool kiln_str_isspace(str* s) {
  return allChars(s, isSpace);
}
