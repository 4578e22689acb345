// Unicode facts with CPython 3.11's exact answers: identifier and printable classes, "\N{...}"
// names, NFKC normalization, and UTF-8 (WTF-8) coding.
//
// All data comes from unicode_tables.inc, generated at build time by tools/gen_unicode_tables.py
// from python3's own unicodedata (see that script's docstring for the table layouts). This file
// holds the algorithms, each a transcription of what CPython does:
//
//   * Properties: binary search over sorted code point ranges, after an ASCII fast path.
//   * Names (Modules/unicodedata.c, _getcode): "HANGUL SYLLABLE " and "CJK UNIFIED IDEOGRAPH-"
//     are matched case-sensitively and decoded algorithmically (the syllable by longest-match
//     of jamo short names, the ideograph by 4 or 5 uppercase hex digits); every other name or
//     alias is matched case-insensitively against the table. A lookup splits the name into
//     words, finds each word's index in the sorted lexicon, encodes the word list as a key,
//     binary-searches the blocks of sorted name records and scans one block (32 records).
//   * NFKC (UAX #15): full compatibility decomposition (pre-expanded per code point in the
//     tables, Hangul algorithmic), stable canonical reordering of non-starter runs, then
//     canonical composition with the standard "blocked" rule. Pure ASCII input, and input made
//     only of "inert" code points (ccc 0, NFKC-stable, never the second of a composition), is
//     returned unchanged without decoding into a buffer.
//
// Invariants the tables guarantee (checked by the generator, relied on here):
//   1. Range tables are sorted, disjoint and inclusive.
//   2. Encoded name keys compare as strings exactly as their token lists compare as numbers,
//      and no key is a prefix of another (only a name's last token has separator 0).
//   3. kNormDecomp slices are already canonically ordered; Hangul syllables have no slice.
#include "support/unicode.h"

#include "support/assert.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::unicode {
namespace {

// -- Generated tables ------------------------------------------------------------------------

struct CodePointRange {
  char32_t first;
  char32_t last;
};

struct NormRecord {
  uint16_t decompStart; // slice of kNormDecomp, or length 0: the code point maps to itself
  uint8_t decompLength;
  uint8_t ccc;   // canonical combining class
  uint8_t flags; // kNormInert | kNormSecond
};

struct Composition {
  char32_t first;
  char32_t second;
  char32_t composite;
};

// ORDER: NORM_FLAG_* in tools/gen_unicode_tables.py
constexpr uint8_t kNormInert = 1;  // ccc 0, NFKC-stable, never composes with its predecessor
constexpr uint8_t kNormSecond = 2; // the second character of some composition pair

#include "unicode_tables.inc"

// -- Properties ------------------------------------------------------------------------------

bool isInRanges(std::span<const CodePointRange> ranges, char32_t c) {
  auto after = std::upper_bound(
      ranges.begin(), ranges.end(), c,
      [](char32_t value, const CodePointRange& range) { return value < range.first; });
  return after != ranges.begin() && c <= std::prev(after)->last;
}

bool isAsciiLetter(char32_t c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

bool isAsciiDigit(char32_t c) {
  return c >= '0' && c <= '9';
}

// -- Hangul ----------------------------------------------------------------------------------

constexpr char32_t kHangulSBase = 0xAC00;
constexpr char32_t kHangulLBase = 0x1100;
constexpr char32_t kHangulVBase = 0x1161;
constexpr char32_t kHangulTBase = 0x11A7;
constexpr char32_t kHangulLCount = 19;
constexpr char32_t kHangulVCount = 21;
constexpr char32_t kHangulTCount = 28;
constexpr char32_t kHangulSCount = kHangulLCount * kHangulVCount * kHangulTCount;

// Jamo short names (Jamo.txt), the pieces of "HANGUL SYLLABLE <L><V><T>" names.
constexpr std::string_view kJamoL[kHangulLCount] = {"G", "GG", "N", "D",  "DD", "R", "M",
                                                    "B", "BB", "S", "SS", "",   "J", "JJ",
                                                    "C", "K",  "T", "P",  "H"};
constexpr std::string_view kJamoV[kHangulVCount] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                                    "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                                    "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
constexpr std::string_view kJamoT[kHangulTCount] = {
    "",   "G",  "GG", "GS", "N",  "NJ", "NH", "D",  "L", "LG", "LM", "LB", "LS", "LT",
    "LP", "LH", "M",  "B",  "BS", "S",  "SS", "NG", "J", "C",  "K",  "T",  "P",  "H"};

bool isHangulSyllable(char32_t c) {
  return c >= kHangulSBase && c < kHangulSBase + kHangulSCount;
}

// CPython's find_syllable: the longest jamo name that prefixes `text`; consumes it.
std::optional<char32_t> takeJamo(std::string_view& text, std::span<const std::string_view> jamo) {
  std::optional<char32_t> best;
  size_t bestLength = 0;
  for (size_t i = 0; i < jamo.size(); ++i) {
    if ((best && jamo[i].size() <= bestLength) || !text.starts_with(jamo[i])) continue;
    best = char32_t(i);
    bestLength = jamo[i].size();
  }
  text.remove_prefix(bestLength);
  return best;
}

std::optional<char32_t> lookupHangulSyllable(std::string_view text) {
  std::optional<char32_t> l = takeJamo(text, kJamoL);
  std::optional<char32_t> v = takeJamo(text, kJamoV);
  std::optional<char32_t> t = takeJamo(text, kJamoT);
  if (!l || !v || !t || !text.empty()) return std::nullopt;
  return kHangulSBase + (*l * kHangulVCount + *v) * kHangulTCount + *t;
}

// -- Names -----------------------------------------------------------------------------------

constexpr std::string_view kHangulSyllablePrefix = "HANGUL SYLLABLE ";
constexpr std::string_view kCjkUnifiedPrefix = "CJK UNIFIED IDEOGRAPH-";

constexpr std::array<int8_t, 128> kNameDigitValue = [] {
  std::array<int8_t, 128> values{};
  values.fill(-1);
  for (int i = 0; i < 64; ++i)
    values[size_t(kNameDigits[i])] = int8_t(i);
  return values;
}();

uint32_t decodeNameDigits(const char* digits, int count) {
  uint32_t value = 0;
  for (int i = 0; i < count; ++i)
    value = value << 6 | uint32_t(kNameDigitValue[size_t(digits[i])]);
  return value;
}

void appendNameDigits(std::string& out, uint32_t value, int count) {
  for (int i = count - 1; i >= 0; --i)
    out += kNameDigits[(value >> (6 * i)) & 63];
}

constexpr size_t kNumNameWords = (sizeof(kNameWordStart) - 1) / kNameWordStartDigits - 1;

std::string_view nameWord(size_t index) {
  uint32_t start =
      decodeNameDigits(kNameWordStart + index * kNameWordStartDigits, kNameWordStartDigits);
  uint32_t end =
      decodeNameDigits(kNameWordStart + (index + 1) * kNameWordStartDigits, kNameWordStartDigits);
  return std::string_view(kNameWordChars + start, end - start);
}

std::optional<uint32_t> findNameWord(std::string_view word) {
  size_t low = 0;
  size_t high = kNumNameWords;
  while (low < high) {
    size_t mid = low + (high - low) / 2;
    if (nameWord(mid) < word)
      low = mid + 1;
    else
      high = mid;
  }
  if (low == kNumNameWords || nameWord(low) != word) return std::nullopt;
  return uint32_t(low);
}

// Encodes an (uppercased) name as a record key; nullopt if some word is in no name.
std::optional<std::string> encodeNameKey(std::string_view name) {
  std::string key;
  size_t begin = 0;
  while (true) {
    size_t end = name.find_first_of(" -", begin);
    std::optional<uint32_t> word = findNameWord(name.substr(begin, end - begin));
    if (!word) return std::nullopt;
    uint32_t separator = end == std::string_view::npos ? 0 : name[end] == ' ' ? 1 : 2;
    appendNameDigits(key, *word << 2 | separator, kNameTokenDigits);
    if (separator == 0) return key;
    begin = end + 1;
  }
}

// The key of the name record at `offset` in kNameRecords (its code point follows it).
std::string_view nameRecordKey(size_t offset) {
  size_t end = offset;
  while (true) {
    end += kNameTokenDigits;
    if ((kNameDigitValue[size_t(kNameRecords[end - 1])] & 3) == 0)
      return std::string_view(kNameRecords + offset, end - offset);
  }
}

std::optional<char32_t> lookupNameRecord(std::string_view key) {
  // The last block whose first key is <= key, then a linear scan of its records.
  constexpr size_t kNumBlocks = std::size(kNameBlockStart) - 1;
  auto after = std::upper_bound(
      kNameBlockStart, kNameBlockStart + kNumBlocks, key,
      [](std::string_view k, uint32_t offset) { return k < nameRecordKey(offset); });
  if (after == kNameBlockStart) return std::nullopt;
  size_t offset = *std::prev(after);
  size_t blockEnd = *after;
  while (offset < blockEnd) {
    std::string_view recordKey = nameRecordKey(offset);
    offset += recordKey.size() + kNameCodePointDigits;
    if (recordKey == key)
      return decodeNameDigits(kNameRecords + offset - kNameCodePointDigits, kNameCodePointDigits);
    if (key < recordKey) return std::nullopt;
  }
  return std::nullopt;
}

std::optional<char32_t> lookupCjkUnified(std::string_view hex) {
  if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
  char32_t value = 0;
  for (char digit : hex) {
    if (isAsciiDigit(char32_t(digit)))
      value = value * 16 + char32_t(digit - '0');
    else if (digit >= 'A' && digit <= 'F')
      value = value * 16 + char32_t(digit - 'A' + 10);
    else
      return std::nullopt;
  }
  if (!isInRanges(kCjkUnifiedRanges, value)) return std::nullopt;
  return value;
}

// -- NFKC ------------------------------------------------------------------------------------

const NormRecord& normRecord(char32_t c) {
  constexpr char32_t kLowMask = (char32_t(1) << kNormBlockShift) - 1;
  uint32_t block = kNormBlockIndex[c >> kNormBlockShift];
  return kNormRecords[kNormBlocks[(block << kNormBlockShift) | (c & kLowMask)]];
}

void decomposeCompatibly(char32_t c, std::vector<char32_t>& out) {
  if (isHangulSyllable(c)) {
    char32_t index = c - kHangulSBase;
    out.push_back(kHangulLBase + index / (kHangulVCount * kHangulTCount));
    out.push_back(kHangulVBase + index % (kHangulVCount * kHangulTCount) / kHangulTCount);
    if (index % kHangulTCount != 0) out.push_back(kHangulTBase + index % kHangulTCount);
    return;
  }
  const NormRecord& record = normRecord(c);
  if (record.decompLength == 0) {
    out.push_back(c);
    return;
  }
  const char32_t* begin = kNormDecomp + record.decompStart;
  out.insert(out.end(), begin, begin + record.decompLength);
}

// Stable insertion sort of each run of non-starters by combining class.
void reorderCanonically(std::vector<char32_t>& text) {
  for (size_t i = 1; i < text.size(); ++i) {
    char32_t c = text[i];
    uint8_t ccc = normRecord(c).ccc;
    if (ccc == 0) continue;
    size_t j = i;
    for (; j > 0; --j) {
      uint8_t previous = normRecord(text[j - 1]).ccc;
      if (previous == 0 || previous <= ccc) break;
      text[j] = text[j - 1];
    }
    text[j] = c;
  }
}

// The primary composite of the pair, if any.
std::optional<char32_t> composePair(char32_t first, char32_t second) {
  if (first >= kHangulLBase && first < kHangulLBase + kHangulLCount && second >= kHangulVBase &&
      second < kHangulVBase + kHangulVCount) {
    return kHangulSBase +
           ((first - kHangulLBase) * kHangulVCount + (second - kHangulVBase)) * kHangulTCount;
  }
  if (isHangulSyllable(first) && (first - kHangulSBase) % kHangulTCount == 0 &&
      second > kHangulTBase && second < kHangulTBase + kHangulTCount)
    return first + (second - kHangulTBase);
  if (!(normRecord(second).flags & kNormSecond)) return std::nullopt;
  auto it = std::lower_bound(std::begin(kCompositions), std::end(kCompositions), first,
                             [&](const Composition& pair, char32_t f) {
                               return pair.first < f || (pair.first == f && pair.second < second);
                             });
  if (it == std::end(kCompositions) || it->first != first || it->second != second)
    return std::nullopt;
  return it->composite;
}

// UAX #15 canonical composition, in place.
void composeCanonically(std::vector<char32_t>& text) {
  if (text.empty()) return;
  size_t starter = 0;
  int lastCcc = normRecord(text[0]).ccc == 0 ? 0 : 256; // 256: no starter seen yet
  size_t out = 1;
  for (size_t i = 1; i < text.size(); ++i) {
    char32_t c = text[i];
    int ccc = normRecord(c).ccc;
    if (lastCcc != 256 && (lastCcc < ccc || lastCcc == 0)) {
      if (std::optional<char32_t> composite = composePair(text[starter], c)) {
        text[starter] = *composite;
        continue;
      }
    }
    if (ccc == 0) starter = out;
    lastCcc = ccc;
    text[out++] = c;
  }
  text.resize(out);
}

bool isInertUtf8(std::string_view utf8) {
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    char32_t c = decodeUtf8(p, end, /*allowSurrogates=*/true);
    KILN_ASSERT(c != kInvalid, "normalizeNfkc given malformed UTF-8");
    if (!(normRecord(c).flags & kNormInert)) return false;
  }
  return true;
}

} // namespace

// -- Public API ------------------------------------------------------------------------------

bool isIdentifierStart(char32_t c) {
  if (c < 0x80) return isAsciiLetter(c) || c == '_';
  return isInRanges(kIdentifierStartRanges, c);
}

bool isIdentifierContinue(char32_t c) {
  if (c < 0x80) return isAsciiLetter(c) || isAsciiDigit(c) || c == '_';
  return isInRanges(kIdentifierContinueRanges, c);
}

bool isPrintable(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  return isInRanges(kPrintableRanges, c);
}

std::optional<char32_t> lookupName(std::string_view name) {
  if (name.starts_with(kHangulSyllablePrefix))
    return lookupHangulSyllable(name.substr(kHangulSyllablePrefix.size()));
  if (name.starts_with(kCjkUnifiedPrefix))
    return lookupCjkUnified(name.substr(kCjkUnifiedPrefix.size()));
  if (name.empty() || name.size() > kNameMaxLength) return std::nullopt;
  std::string upper(name);
  for (char& ch : upper) {
    if (ch >= 'a' && ch <= 'z') ch = char(ch - 'a' + 'A');
  }
  std::optional<std::string> key = encodeNameKey(upper);
  if (!key) return std::nullopt;
  return lookupNameRecord(*key);
}

std::string normalizeNfkc(std::string_view utf8) {
  if (std::all_of(utf8.begin(), utf8.end(), [](char ch) { return uint8_t(ch) < 0x80; }))
    return std::string(utf8);
  if (isInertUtf8(utf8)) return std::string(utf8);
  std::vector<char32_t> text;
  text.reserve(utf8.size() + 8);
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    char32_t c = decodeUtf8(p, end, /*allowSurrogates=*/true);
    KILN_ASSERT(c != kInvalid, "normalizeNfkc given malformed UTF-8");
    decomposeCompatibly(c, text);
  }
  reorderCanonically(text);
  composeCanonically(text);
  std::string out;
  out.reserve(utf8.size());
  for (char32_t c : text)
    appendUtf8(out, c);
  return out;
}

// -- UTF-8 -----------------------------------------------------------------------------------

char32_t decodeUtf8(const char*& p, const char* end, bool allowSurrogates) {
  KILN_ASSERT(p < end, "decodeUtf8 called at the end of its input");
  auto lead = uint8_t(*p);
  if (lead < 0x80) {
    ++p;
    return lead;
  }
  int length = 0;
  char32_t c = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, c = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, c = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, c = lead & 0x07, minimum = 0x10000;
  } else {
    ++p; // a continuation byte or 0xF8..0xFF
    return kInvalid;
  }
  if (end - p < length) {
    ++p;
    return kInvalid;
  }
  for (int i = 1; i < length; ++i) {
    auto byte = uint8_t(p[i]);
    if ((byte & 0xC0) != 0x80) {
      ++p;
      return kInvalid;
    }
    c = c << 6 | (byte & 0x3F);
  }
  bool isSurrogate = c >= 0xD800 && c <= 0xDFFF;
  if (c < minimum || c > kMaxCodePoint || (isSurrogate && !allowSurrogates)) {
    ++p;
    return kInvalid;
  }
  p += length;
  return c;
}

void appendUtf8(std::string& out, char32_t c) {
  KILN_ASSERT(c <= kMaxCodePoint, "appendUtf8 given U+%X", unsigned(c));
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | c >> 6);
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | c >> 12);
    out += char(0x80 | (c >> 6 & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | c >> 18);
    out += char(0x80 | (c >> 12 & 0x3F));
    out += char(0x80 | (c >> 6 & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

} // namespace kiln::unicode
