// runtime/src/str/str_impl.h -- what the str helpers' source files share: UTF-8 walking, the
// Unicode tables (str_unicode_tables.cpp), output buffers, and the number formatting that '%'
// and format specs both use. Internal to runtime/src/str.
//
// Terms: a str's `length` counts code points and its chars hold UTF-8 (WTF-8: lone surrogates
// are their 3-byte forms); "ASCII" below means length == chars.length, which is also every bytes
// object, so a helper that indexes by byte for an ASCII str serves bytes unchanged. Decoding is
// lenient: a malformed byte decodes as itself (a str never holds one; bytes reach the UTF-8
// path only through helpers that know they have a str).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "kiln/runtime.h"

namespace kiln_str {

// -- Unicode tables (generated: gen_str_unicode_tables.py) ----------------------------------------
struct CodePointRange {
  uint32_t first, last;
};
struct CaseRun { // first..last map by delta, every code point (stride 1) or every other (2)
  uint32_t first, last;
  int32_t delta;
  uint32_t stride;
};
struct CaseSpecial { // a code point whose mapping is several code points
  uint32_t codePoint;
  const char* utf8;
};
extern const CodePointRange kPrintableRanges[], kAlphaRanges[], kDigitRanges[], kDecimalRanges[],
    kAlnumRanges[], kSpaceRanges[], kCaseIgnorableRanges[], kCasedRanges[];
extern const size_t kPrintableRangesCount, kAlphaRangesCount, kDigitRangesCount,
    kDecimalRangesCount, kAlnumRangesCount, kSpaceRangesCount, kCaseIgnorableRangesCount,
    kCasedRangesCount;
extern const CaseRun kUpperRuns[], kLowerRuns[];
extern const size_t kUpperRunCount, kLowerRunCount;
extern const CaseSpecial kUpperSpecials[], kLowerSpecials[];
extern const size_t kUpperSpecialCount, kLowerSpecialCount;

bool inRanges(const CodePointRange* ranges, size_t count, uint32_t c);
bool isPrintable(uint32_t c); // str.isprintable() of one code point
bool isSpace(uint32_t c);     // str.isspace()
bool isAlpha(uint32_t c);
bool isDigit(uint32_t c);
bool isAlnum(uint32_t c);
int decimalValue(uint32_t c); // 0..9 for a Unicode decimal digit (str.isdecimal()), else -1

// -- UTF-8 ----------------------------------------------------------------------------------------
inline bool isAscii(const str* s) {
  return s->length == s->chars.length;
}
inline const char* bytesOf(const str* s) {
  return s->chars.items;
}
inline std::string_view viewOf(const str* s) {
  return {s->chars.items, size_t(s->chars.length)};
}

// The code point at p, advancing p past it (a malformed byte decodes as itself).
uint32_t decodeUtf8(const char*& p, const char* end);
// Writes c's UTF-8 (WTF-8 for a surrogate) to out; returns its byte count (1..4).
int encodeUtf8(uint32_t c, char* out);
void appendUtf8(std::string& out, uint32_t c);
int64_t countCodePoints(const char* p, size_t n);
// The byte offset of code point `index` (0 <= index <= s->length).
int64_t byteOffset(const str* s, int64_t index);
// The code point index of byte offset `offset` (at a code point boundary).
int64_t codePointIndex(const str* s, int64_t offset);

// -- Making strs ----------------------------------------------------------------------------------
str* makeStr(const char* utf8, size_t nbytes, int64_t ncodepoints);
inline str* makeStr(std::string_view utf8) {
  return kiln_str_from_utf8(utf8.data(), utf8.size());
}
inline str* makeBytes(std::string_view bytes) {
  return kiln_bytes_from(bytes.data(), bytes.size());
}
str* emptyStr();

// Python's slice-index adjustment for find() and friends: negative counts from the end, then
// clamped to [0, length].
void adjustBounds(int64_t length, int64_t& start, int64_t& end);

// -- reprs ----------------------------------------------------------------------------------------
void appendStrRepr(std::string& out, std::string_view utf8);    // repr(str)
void appendBytesRepr(std::string& out, std::string_view bytes); // repr(bytes)
void appendAscii(std::string& out, std::string_view utf8);      // ascii()'s backslashreplace
// %.200R: repr(s) cut to its first 200 code points, as CPython's messages quote values.
std::string quoteForMessage(std::string_view utf8, int64_t maxCodePoints);

// -- Numbers (number_format.cpp) ------------------------------------------------------------------
// PyOS_double_to_string's flags.
struct FloatFlags {
  bool alwaysSign = false; // Py_DTSF_SIGN
  bool addDot0 = false;    // Py_DTSF_ADD_DOT_0
  bool alt = false;        // Py_DTSF_ALT
  bool noNeg0 = false;     // Py_DTSF_NO_NEG_0
};
// PyOS_double_to_string(x, code, precision, flags): code one of e E f F g G r.
std::string doubleToString(double x, char code, int precision, FloatFlags flags);
// The digits of a magnitude in base 2, 8, 10 or 16 (lowercase), no sign or prefix.
std::string magnitudeDigits(uint64_t magnitude, int base);
// The decimal digits of trunc(x) for a finite x, with '-' when negative (CPython's int(x)).
std::string truncatedDecimal(double x);

} // namespace kiln_str
