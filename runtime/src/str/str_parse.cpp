// runtime/src/str/str_parse.cpp -- int(s, base) and float(s) with CPython 3.11's syntax and
// messages.
//
// Both first do what _PyUnicode_TransformDecimalAndSpaceToASCII does to a non-ASCII str: Unicode
// whitespace becomes ' ', a Unicode decimal digit its ASCII digit, anything else non-ASCII ends
// the text with '?' (so int('\u0661\u0662') == 12 and the rest is invalid). Then:
//   int: PyLong_FromString: whitespace, a sign, a base prefix (0x/0o/0b; base 0 takes the base
//     from it, and a nonzero number with a leading 0 is invalid), one underscore between digits
//     or after the prefix, whitespace. A value outside 64 bits, where CPython makes a long int,
//     is OverflowError.
//   float: PyFloat_FromString: whitespace stripped, underscores only between digits, then
//     _Py_dg_strtod's decimal syntax or inf/infinity/nan (any case, signed); out-of-range
//     values are inf or 0.0, as CPython.
// Errors quote the original text: "invalid literal for int() with base 10: 'x'" (its repr cut to
// 200 code points, %.200R) and "could not convert string to float: 'x'" (the whole repr).
#include "str_impl.h"

#include <charconv>
#include <cmath>
#include <limits>

using namespace kiln_str;

namespace {

bool isAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string asciiForm(str* s) {
  if (isAscii(s)) return std::string(viewOf(s));
  std::string out;
  const char* p = bytesOf(s);
  const char* end = p + s->chars.length;
  while (p < end) {
    uint32_t c = decodeUtf8(p, end);
    int digit = decimalValue(c);
    if (c < 127)
      out += char(c);
    else if (isSpace(c))
      out += ' ';
    else if (digit >= 0)
      out += char('0' + digit);
    else
      return out + '?';
  }
  return out;
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

void raiseInvalidInt(str* s, int64_t base) {
  std::string quoted = quoteForMessage(viewOf(s), 200);
  kiln_raise_fmt(KILN_EXC_ValueError, "invalid literal for int() with base %lld: %s",
                 (long long)base, quoted.c_str());
}

void raiseInvalidFloat(str* s) {
  std::string quoted = quoteForMessage(viewOf(s), INT64_MAX);
  kiln_raise_fmt(KILN_EXC_ValueError, "could not convert string to float: %s", quoted.c_str());
}

// The digits of an int literal (underscores allowed between them) from p, accumulated into
// `value` (overflow flagged); false for a syntax error.
bool scanDigits(const char*& p, const char* end, int base, unsigned __int128& value,
                bool& overflow) {
  char prev = 0;
  int digits = 0;
  for (; p < end && (digitValue(*p) < base || *p == '_'); prev = *p++) {
    if (*p == '_') {
      if (prev == '_') return false;
      continue;
    }
    ++digits;
    value = value * unsigned(base) + unsigned(digitValue(*p));
    if (value > (unsigned __int128)1 << 64) {
      overflow = true;
      value = (unsigned __int128)1 << 64;
    }
  }
  return prev != '_' && digits > 0;
}

} // namespace

int64_t kiln_str_to_int(str* s, int64_t base) {
  if ((base != 0 && base < 2) || base > 36) {
    kiln_raise_fmt(KILN_EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return 0;
  }
  std::string text = asciiForm(s);
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end && isAsciiSpace(*p))
    ++p;
  bool negative = p < end && *p == '-';
  if (p < end && (*p == '-' || *p == '+')) ++p;
  int b = int(base);
  bool errorIfNonzero = false;
  char marker = p + 1 < end && p[0] == '0' ? char(p[1] | 0x20) : 0; // the letter after a leading 0
  if (b == 0) {
    b = marker == 'x' ? 16 : marker == 'o' ? 8 : marker == 'b' ? 2 : 10;
    errorIfNonzero = b == 10 && p < end && *p == '0';
  }
  if ((b == 16 && marker == 'x') || (b == 8 && marker == 'o') || (b == 2 && marker == 'b')) {
    p += 2;
    if (p < end && *p == '_') ++p; // one underscore may follow the prefix
  }
  unsigned __int128 value = 0;
  bool overflow = false;
  bool ok = p < end && *p != '_' && scanDigits(p, end, b, value, overflow);
  while (p < end && isAsciiSpace(*p))
    ++p;
  if (!ok || p != end || (errorIfNonzero && value != 0)) {
    raiseInvalidInt(s, base);
    return 0;
  }
  if (overflow || value > (unsigned __int128)INT64_MAX + (negative ? 1 : 0)) {
    kiln_raise_fmt(KILN_EXC_OverflowError, "Python int too large to convert to C long");
    return 0;
  }
  return negative ? int64_t(0 - uint64_t(value)) : int64_t(value);
}

namespace {

// _Py_string_to_number_with_underscores' check: an underscore only between two digits. Returns
// the text without them, or false.
bool dropUnderscores(std::string_view text, std::string& out) {
  char prev = 0;
  for (size_t k = 0; k < text.size(); prev = text[k++]) {
    char c = text[k];
    bool prevDigit = prev >= '0' && prev <= '9';
    if (c == '_') {
      if (!prevDigit) return false;
      continue;
    }
    if (prev == '_' && !(c >= '0' && c <= '9')) return false;
    out += c;
  }
  return prev != '_';
}

bool equalsIgnoringCase(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t k = 0; k < text.size(); ++k)
    if (char(text[k] | 0x20) != lower[k]) return false;
  return true;
}

// _Py_dg_strtod's decimal syntax without the sign: digits [. digits] [e [sign] digits], at
// least one mantissa digit.
bool isDecimalSyntax(std::string_view t) {
  size_t k = 0, mantissa = 0;
  while (k < t.size() && t[k] >= '0' && t[k] <= '9')
    ++k, ++mantissa;
  if (k < t.size() && t[k] == '.') {
    ++k;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9')
      ++k, ++mantissa;
  }
  if (mantissa == 0) return false;
  if (k < t.size() && (t[k] == 'e' || t[k] == 'E')) {
    ++k;
    if (k < t.size() && (t[k] == '+' || t[k] == '-')) ++k;
    size_t start = k;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9')
      ++k;
    if (k == start) return false;
  }
  return k == t.size();
}

// For a decimal that from_chars found out of range: does it overflow (rather than underflow)?
// True iff its leading nonzero digit stands at 10^k with k >= 0.
bool overflows(std::string_view t) {
  size_t e = t.find_first_of("eE");
  std::string_view mantissa = t.substr(0, e);
  int64_t exponent = 0;
  if (e != std::string_view::npos) {
    size_t k = e + 1;
    bool negative = k < t.size() && t[k] == '-';
    if (k < t.size() && (t[k] == '-' || t[k] == '+')) ++k;
    for (; k < t.size(); ++k)
      exponent = std::min<int64_t>(exponent * 10 + (t[k] - '0'), int64_t(1) << 40);
    if (negative) exponent = -exponent;
  }
  size_t point = std::min(mantissa.find('.'), mantissa.size());
  size_t firstNonzero = mantissa.find_first_of("123456789");
  int64_t position =
      firstNonzero < point ? int64_t(point - firstNonzero - 1) : -int64_t(firstNonzero - point);
  return position + exponent >= 0;
}

} // namespace

double kiln_str_to_float(str* s) {
  std::string text = asciiForm(s);
  size_t from = 0, to = text.size();
  while (from < to && isAsciiSpace(text[from]))
    ++from;
  while (to > from && isAsciiSpace(text[to - 1]))
    --to;
  std::string t;
  if (!dropUnderscores(std::string_view(text).substr(from, to - from), t)) {
    raiseInvalidFloat(s);
    return 0;
  }
  bool negative = !t.empty() && t[0] == '-';
  std::string_view body = t;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) body.remove_prefix(1);
  double sign = negative ? -1.0 : 1.0;
  if (equalsIgnoringCase(body, "inf") || equalsIgnoringCase(body, "infinity"))
    return sign * std::numeric_limits<double>::infinity();
  if (equalsIgnoringCase(body, "nan")) return sign * std::numeric_limits<double>::quiet_NaN();
  if (!isDecimalSyntax(body)) {
    raiseInvalidFloat(s);
    return 0;
  }
  double value = 0;
  auto [ptr, ec] =
      std::from_chars(body.data(), body.data() + body.size(), value, std::chars_format::general);
  if (ec == std::errc::result_out_of_range)
    value = body.find_first_of("123456789") != std::string_view::npos && overflows(body)
                ? std::numeric_limits<double>::infinity()
                : 0.0;
  return sign * value;
}
