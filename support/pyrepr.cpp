// Python's repr() of str, bytes, float and imaginary constants, byte-identical to CPython 3.11,
// plus the two literal conversions a parser needs (integer digits to decimal, float text to
// double).
//
// Each function transcribes the CPython routine named beside it:
//   * reprStr (Objects/unicodeobject.c, unicode_repr): quote ' unless the text contains ' and
//     no "; escape the quote, \\, \t, \n, \r; \xNN for other controls and DEL; non-ASCII stays
//     as is when printable (unicode::isPrintable) and is otherwise \xNN, \uNNNN or \UNNNNNNNN.
//     Hex digits are lowercase.
//   * reprBytes (Objects/bytesobject.c, PyBytes_Repr with smartquotes): the same quote rule,
//     \xNN for bytes outside 0x20..0x7E.
//   * reprFloat / reprImaginary (Python/pystrtod.c, format_float_short with mode 'r'): the
//     shortest round-trip digits (std::to_chars, which like _Py_dg_dtoa mode 0 picks the
//     shortest, then nearest, digit string) laid out with an exponent iff the decimal point
//     position decpt satisfies decpt <= -4 or decpt > 16; the exponent has a sign and at least
//     two digits. float adds ".0" to integral values (Py_DTSF_ADD_DOT_0); complex_repr does not.
//   * integerToDecimal: base 10 only loses leading zeros; bases 2, 8 and 16 are bit-packed
//     into 32-bit limbs and converted by repeated division by 10^9, O(n^2) in the number of
//     limbs: 0.3 ms for 3,000 hex digits, 3 ms for 10,000.
//   * parseFloat: std::from_chars (correctly rounded, locale independent, like _Py_dg_strtod);
//     on a range error the decimal exponent decides between inf (overflow) and 0.0.
#include "support/pyrepr.h"

#include "support/assert.h"
#include "support/unicode.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace kiln::pyrepr {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void appendHexEscape(std::string& out, char prefix, uint32_t value, int digits) {
  out += '\\';
  out += prefix;
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
    out += kHexDigits[(value >> shift) & 0xF];
}

// CPython's quote choice for str and bytes: ' unless the text has ' and no ".
char chooseQuote(std::string_view text) {
  bool hasSingle = text.find('\'') != std::string_view::npos;
  bool hasDouble = text.find('"') != std::string_view::npos;
  return hasSingle && !hasDouble ? '"' : '\'';
}

// Appends the escape for an ASCII character, shared by str and bytes.
void appendAsciiRepr(std::string& out, char ch, char quote) {
  if (ch == quote || ch == '\\') {
    out += '\\';
    out += ch;
  } else if (ch == '\t') {
    out += "\\t";
  } else if (ch == '\n') {
    out += "\\n";
  } else if (ch == '\r') {
    out += "\\r";
  } else if (uint8_t(ch) < 0x20 || ch == 0x7F) {
    appendHexEscape(out, 'x', uint8_t(ch), 2);
  } else {
    out += ch;
  }
}

// -- Floats ----------------------------------------------------------------------------------

// The shortest round-trip decimal digits of a finite, non-negative value, and the position of
// the decimal point relative to them (value = 0.DIGITS * 10^decpt), as _Py_dg_dtoa mode 0.
struct ShortestDigits {
  std::string digits;
  int decpt = 0;
};

ShortestDigits shortestDigits(double value) {
  char buffer[64];
  auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::scientific);
  KILN_ASSERT(ec == std::errc(), "to_chars failed");
  // buffer holds d[.ddd]e(+|-)XX
  std::string_view text(buffer, size_t(end - buffer));
  size_t e = text.find('e');
  ShortestDigits result;
  for (char ch : text.substr(0, e)) {
    if (ch != '.') result.digits += ch;
  }
  int exponent = 0;
  std::string_view exponentText = text.substr(e + 2);
  std::from_chars(exponentText.data(), exponentText.data() + exponentText.size(), exponent);
  result.decpt = (text[e + 1] == '-' ? -exponent : exponent) + 1;
  return result;
}

// format_float_short(value, 'r', 0, flags, ...), minus the sign handling of nan.
std::string formatShortest(double value, bool addDotZero) {
  if (std::isnan(value)) return "nan";
  std::string out = std::signbit(value) ? "-" : "";
  if (std::isinf(value)) return out + "inf";
  ShortestDigits shortest = shortestDigits(std::fabs(value));
  const std::string& digits = shortest.digits;
  int decpt = shortest.decpt;
  int numDigits = int(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (numDigits > 1) {
      out += '.';
      out.append(digits, 1);
    }
    int exponent = decpt - 1;
    out += exponent < 0 ? "e-" : "e+";
    std::string exponentDigits = std::to_string(std::abs(exponent));
    if (exponentDigits.size() < 2) out += '0';
    return out + exponentDigits;
  }
  if (decpt <= 0) {
    out += "0.";
    out.append(size_t(-decpt), '0');
    return out + digits;
  }
  if (decpt >= numDigits) {
    out += digits;
    out.append(size_t(decpt - numDigits), '0');
    return addDotZero ? out + ".0" : out;
  }
  out.append(digits, 0, size_t(decpt));
  out += '.';
  out.append(digits, size_t(decpt));
  return out;
}

// For a decimal literal that from_chars reported out of range: does it overflow (rather than
// underflow)? True iff its leading nonzero digit stands at 10^k with k >= 0.
bool isDecimalOverflow(std::string_view text) {
  size_t e = text.find_first_of("eE");
  std::string_view mantissa = text.substr(0, e);
  int64_t exponent = 0;
  if (e != std::string_view::npos) {
    std::string_view exponentText = text.substr(e + 1);
    bool negative = !exponentText.empty() && exponentText[0] == '-';
    if (!exponentText.empty() && (exponentText[0] == '-' || exponentText[0] == '+'))
      exponentText.remove_prefix(1);
    for (char ch : exponentText)
      exponent = std::min<int64_t>(exponent * 10 + (ch - '0'), int64_t(1) << 40);
    if (negative) exponent = -exponent;
  }
  size_t point = std::min(mantissa.find('.'), mantissa.size());
  size_t firstNonzero = mantissa.find_first_of("123456789");
  KILN_ASSERT(firstNonzero != std::string_view::npos, "zero float literal out of range");
  int64_t position =
      firstNonzero < point ? int64_t(point - firstNonzero - 1) : -int64_t(firstNonzero - point);
  return position + exponent >= 0;
}

// -- Integers --------------------------------------------------------------------------------

int digitValue(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return 99;
}

// The little-endian 32-bit limbs of a base 2, 8 or 16 digit string, without high zero limbs.
std::vector<uint32_t> packBits(std::string_view digits, int bitsPerDigit) {
  std::vector<uint32_t> limbs((digits.size() * size_t(bitsPerDigit) + 31) / 32 + 1, 0);
  size_t bit = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it, bit += size_t(bitsPerDigit)) {
    auto value = uint64_t(digitValue(*it)) << (bit % 32);
    limbs[bit / 32] |= uint32_t(value);
    limbs[bit / 32 + 1] |= uint32_t(value >> 32);
  }
  while (!limbs.empty() && limbs.back() == 0)
    limbs.pop_back();
  return limbs;
}

std::string limbsToDecimal(std::vector<uint32_t> limbs) {
  constexpr uint32_t kChunk = 1000000000; // 10^9, nine decimal digits per remainder
  std::vector<uint32_t> chunks;           // least significant first
  while (!limbs.empty()) {
    uint64_t remainder = 0;
    for (size_t i = limbs.size(); i-- > 0;) {
      uint64_t current = remainder << 32 | limbs[i];
      limbs[i] = uint32_t(current / kChunk);
      remainder = current % kChunk;
    }
    chunks.push_back(uint32_t(remainder));
    while (!limbs.empty() && limbs.back() == 0)
      limbs.pop_back();
  }
  if (chunks.empty()) return "0";
  std::string out = std::to_string(chunks.back());
  for (size_t i = chunks.size() - 1; i-- > 0;) {
    std::string chunk = std::to_string(chunks[i]);
    out.append(9 - chunk.size(), '0');
    out += chunk;
  }
  return out;
}

} // namespace

// -- Public API ------------------------------------------------------------------------------

std::string reprStr(std::string_view wtf8) {
  char quote = chooseQuote(wtf8);
  std::string out(1, quote);
  out.reserve(wtf8.size() + 2);
  const char* p = wtf8.data();
  const char* end = p + wtf8.size();
  while (p < end) {
    const char* start = p;
    char32_t c = unicode::decodeUtf8(p, end, /*allowSurrogates=*/true);
    KILN_ASSERT(c != unicode::kInvalid, "reprStr given malformed WTF-8");
    if (c < 0x80)
      appendAsciiRepr(out, char(c), quote);
    else if (unicode::isPrintable(c))
      out.append(start, p);
    else if (c <= 0xFF)
      appendHexEscape(out, 'x', c, 2);
    else if (c <= 0xFFFF)
      appendHexEscape(out, 'u', c, 4);
    else
      appendHexEscape(out, 'U', c, 8);
  }
  out += quote;
  return out;
}

std::string reprBytes(std::string_view bytes) {
  char quote = chooseQuote(bytes);
  std::string out = "b";
  out += quote;
  for (char ch : bytes) {
    if (uint8_t(ch) >= 0x80)
      appendHexEscape(out, 'x', uint8_t(ch), 2);
    else
      appendAsciiRepr(out, ch, quote);
  }
  out += quote;
  return out;
}

std::string reprFloat(double value) {
  return formatShortest(value, /*addDotZero=*/true);
}

std::string reprImaginary(double imag) {
  return formatShortest(imag, /*addDotZero=*/false) + "j";
}

std::string integerToDecimal(std::string_view digits, int base) {
  KILN_ASSERT(base == 2 || base == 8 || base == 10 || base == 16, "bad base %d", base);
  KILN_ASSERT(!digits.empty(), "no digits");
  for (char ch : digits)
    KILN_ASSERT(digitValue(ch) < base, "bad digit '%c' in base %d", ch, base);
  if (base == 10) {
    size_t firstNonzero = digits.find_first_not_of('0');
    if (firstNonzero == std::string_view::npos) return "0";
    return std::string(digits.substr(firstNonzero));
  }
  int bitsPerDigit = base == 2 ? 1 : base == 8 ? 3 : 4;
  return limbsToDecimal(packBits(digits, bitsPerDigit));
}

double parseFloat(std::string_view text) {
  double value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::general);
  KILN_ASSERT(ptr == end && ec != std::errc::invalid_argument, "bad float literal '%.*s'",
              int(text.size()), text.data());
  if (ec == std::errc::result_out_of_range)
    return isDecimalOverflow(text) ? std::numeric_limits<double>::infinity() : 0.0;
  return value;
}

} // namespace kiln::pyrepr
