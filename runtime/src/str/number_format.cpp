// runtime/src/str/number_format.cpp -- numbers as CPython 3.11 writes them: str(int), repr(float),
// and PyOS_double_to_string, which '%' formatting and format specs lay their floats out with.
//
// doubleToString transcribes Python/pystrtod.c's format_float_short. Where CPython asks David
// Gay's _Py_dg_dtoa for digits, this asks std::to_chars, which gives the same digit strings:
//   mode 0 (repr): the shortest digits that round-trip, the nearest of them when several are as
//     short (to_chars without a precision);
//   mode 2 (e, g: ndigits significant digits) and mode 3 (f: ndigits after the point): the
//     correctly rounded digits of the exact binary value, ties to even (to_chars with a
//     precision, scientific or fixed);
// then trailing zeros are dropped, as dtoa drops them, and the digits are laid out: an exponent
// when 'e', or 'g' with decpt <= -4 or decpt > precision, or 'r' with decpt <= -4 or decpt > 16
// (decpt: the position of the decimal point relative to the digits, value = 0.DIGITS * 10^decpt);
// padding zeros to the precision; the trailing point removed unless '#'; an exponent written
// with a sign and at least two digits. inf and nan are 'inf'/'nan' ('INF'/'NAN' for E F G), and
// a nan never shows a minus sign.
#include "str_impl.h"

#include <charconv>
#include <cmath>

using namespace kiln_str;

namespace {

// What _Py_dg_dtoa gives: digits without leading or trailing zeros (at least "0" for a zero)
// and the decimal point's position.
struct Digits {
  std::string digits;
  int decpt = 0;
};

// The mantissa digits and exponent of to_chars' scientific output "d[.ddd]e(+|-)xx".
Digits fromScientific(const char* text, const char* end) {
  Digits out;
  const char* p = text;
  for (; p < end && *p != 'e'; ++p)
    if (*p != '.') out.digits += *p;
  int exponent = 0;
  std::from_chars(p + 2, end, exponent);
  out.decpt = (p[1] == '-' ? -exponent : exponent) + 1;
  return out;
}

// _Py_dg_dtoa(x, mode, ndigits) of a finite x >= 0.
Digits dtoa(double x, int mode, int ndigits) {
  if (x == 0) return {"0", 1};
  std::string buf(size_t(400 + (ndigits > 0 ? ndigits : 0)), '\0');
  char* first = buf.data();
  char* last = first + buf.size();
  Digits out;
  if (mode == 0) {
    out = fromScientific(first, std::to_chars(first, last, x, std::chars_format::scientific).ptr);
  } else if (mode == 2) {
    out = fromScientific(
        first, std::to_chars(first, last, x, std::chars_format::scientific, ndigits - 1).ptr);
  } else { // mode 3: "iii[.fff]"
    char* end = std::to_chars(first, last, x, std::chars_format::fixed, ndigits).ptr;
    int intDigits = 0;
    for (char* p = first; p < end && *p != '.'; ++p)
      ++intDigits;
    for (char* p = first; p < end; ++p)
      if (*p != '.') out.digits += *p;
    size_t lead = out.digits.find_first_not_of('0');
    if (lead == std::string::npos) return {"", -ndigits}; // rounds to zero: dtoa's empty result
    out.digits.erase(0, lead);
    out.decpt = intDigits - int(lead);
  }
  size_t keep = out.digits.find_last_not_of('0');
  out.digits.resize(keep == std::string::npos ? 1 : keep + 1);
  return out;
}

// format_float_short's layout of finite digits (see the file header); code is e, f, g or r.
void layOut(std::string& out, Digits d, char code, int precision, FloatFlags flags, char expChar) {
  const std::string& digits = d.digits;
  int digitsLen = int(digits.size());
  int decpt = d.decpt;
  int vdigitsEnd = digitsLen;
  bool useExp = false;
  switch (code) {
  case 'e':
    useExp = true;
    vdigitsEnd = precision;
    break;
  case 'f': vdigitsEnd = decpt + precision; break;
  case 'g':
    if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
    if (flags.alt) vdigitsEnd = precision;
    break;
  default: // 'r'
    if (decpt <= -4 || decpt > 16) useExp = true;
    break;
  }
  int exponent = 0;
  if (useExp) {
    exponent = decpt - 1;
    decpt = 1;
  }
  int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0)
    vdigitsEnd = std::max(vdigitsEnd, decpt + 1);
  else
    vdigitsEnd = std::max(vdigitsEnd, decpt);
  if (decpt <= 0) {
    out.append(size_t(decpt - vdigitsStart), '0');
    out += '.';
    out.append(size_t(-decpt), '0');
  } else {
    out.append(size_t(-vdigitsStart), '0');
  }
  if (0 < decpt && decpt <= digitsLen) {
    out.append(digits, 0, size_t(decpt));
    out += '.';
    out.append(digits, size_t(decpt));
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out.append(size_t(decpt - digitsLen), '0');
    out += '.';
    out.append(size_t(vdigitsEnd - decpt), '0');
  } else {
    out.append(size_t(vdigitsEnd - digitsLen), '0');
  }
  if (out.back() == '.' && !flags.alt) out.pop_back();
  if (useExp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%+.02d", expChar, exponent);
    out += buf;
  }
}

} // namespace

namespace kiln_str {

std::string doubleToString(double x, char code, int precision, FloatFlags flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  int mode = 0;
  switch (code) {
  case 'E':
  case 'e':
    code = 'e';
    mode = 2;
    ++precision;
    break;
  case 'F':
  case 'f':
    code = 'f';
    mode = 3;
    break;
  case 'G':
  case 'g':
    code = 'g';
    mode = 2;
    if (precision == 0) precision = 1;
    break;
  default: // 'r'
    precision = 0;
    break;
  }
  std::string out;
  bool negative = std::signbit(x);
  if (std::isnan(x)) {
    if (flags.alwaysSign) out += '+';
    return out + (upper ? "NAN" : "nan");
  }
  if (std::isinf(x)) {
    if (negative)
      out += '-';
    else if (flags.alwaysSign)
      out += '+';
    return out + (upper ? "INF" : "inf");
  }
  Digits d = dtoa(std::fabs(x), mode, precision);
  if (flags.noNeg0 && negative && d.digits.find_first_not_of('0') == std::string::npos)
    negative = false;
  if (negative)
    out += '-';
  else if (flags.alwaysSign)
    out += '+';
  layOut(out, std::move(d), code, precision, flags, upper ? 'E' : 'e');
  return out;
}

std::string magnitudeDigits(uint64_t magnitude, int base) {
  char buf[72];
  char* end = std::to_chars(buf, buf + sizeof buf, magnitude, base).ptr;
  return std::string(buf, size_t(end - buf));
}

std::string truncatedDecimal(double x) {
  double t = std::trunc(x);
  if (t == 0) return "0";
  char buf[400];
  char* end = std::to_chars(buf, buf + sizeof buf, t, std::chars_format::fixed, 0).ptr;
  return std::string(buf, size_t(end - buf));
}

} // namespace kiln_str

str* kiln_str_from_int(int64_t i) {
  char buf[24];
  char* end = std::to_chars(buf, buf + sizeof buf, i).ptr;
  return makeStr(buf, size_t(end - buf), end - buf);
}

str* kiln_str_from_uint(uint64_t u) {
  char buf[24];
  char* end = std::to_chars(buf, buf + sizeof buf, u).ptr;
  return makeStr(buf, size_t(end - buf), end - buf);
}

str* kiln_str_from_float(double f) {
  FloatFlags flags;
  flags.addDot0 = true;
  std::string text = doubleToString(f, 'r', 0, flags);
  return makeStr(text.data(), text.size(), int64_t(text.size()));
}
