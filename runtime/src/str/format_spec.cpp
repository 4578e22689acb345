// runtime/src/str/format_spec.cpp -- format(x, spec) of ints, r_uints, bools, floats and strs: the
// format-spec mini-language of CPython 3.11 (Python/formatter_unicode.c), transcribed.
//
//   spec ::= [[fill] align] [sign] ['z'] ['#'] ['0'] [width] [',' | '_'] ['.' precision] [type]
//
// parseSpec is parse_internal_render_format_spec (with its checks of separators against the
// type); formatInteger, formatFloat and formatString are format_long_internal,
// format_float_internal and format_string_internal; layOutNumber is calc_number_widths plus
// fill_number, and groupDigits _PyUnicode_InsertThousandsGrouping, which also zero-pads the
// digits to the width when the fill is '0' with '=' alignment (format(1234, '012,') ==
// '0,000,001,234'). Type 'n' uses the C locale, as the translated program runs in one: no
// grouping and a '.' point. An empty spec is str(x) (format(True, '') == 'True').
#include "str_impl.h"

#include <algorithm>
#include <vector>

using namespace kiln_str;

namespace {

struct Spec {
  uint32_t fill = ' ';
  uint32_t align = 0;
  uint32_t sign = 0;
  bool noNeg0 = false, alt = false;
  int64_t width = -1, precision = -1;
  char separator = 0; // ',' or '_'
  int group = 0;      // digits per group: 3, or 4 for '_' with b o x X
  uint32_t type = 0;
};

bool isAlign(uint32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

void raiseUnknownType(uint32_t type, const char* typeName) {
  if (type > 32 && type < 128)
    kiln_raise_fmt(KILN_EXC_ValueError, "Unknown format code '%c' for object of type '%s'",
                   char(type), typeName);
  else
    kiln_raise_fmt(KILN_EXC_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                   unsigned(type), typeName);
}

// get_integer: decimal digits at pos; false on overflow (raised).
bool readInteger(const std::vector<uint32_t>& s, size_t& pos, int64_t& value, bool& any) {
  value = 0;
  any = false;
  for (int digit; pos < s.size() && (digit = decimalValue(s[pos])) >= 0; ++pos) {
    if (value > (INT64_MAX - digit) / 10) {
      kiln_raise_fmt(KILN_EXC_ValueError, "Too many decimal digits in format string");
      return false;
    }
    value = value * 10 + digit;
    any = true;
  }
  return true;
}

bool checkSeparatorType(Spec& f) {
  if (!f.separator) return true;
  switch (f.type) {
  case 'd':
  case 'e':
  case 'f':
  case 'g':
  case 'E':
  case 'G':
  case '%':
  case 'F':
  case 0: f.group = 3; return true;
  case 'b':
  case 'o':
  case 'x':
  case 'X':
    if (f.separator == '_') {
      f.group = 4;
      return true;
    }
    break;
  default: break;
  }
  if (f.type > 32 && f.type < 128)
    kiln_raise_fmt(KILN_EXC_ValueError, "Cannot specify '%c' with '%c'.", f.separator,
                   char(f.type));
  else
    kiln_raise_fmt(KILN_EXC_ValueError, "Cannot specify '%c' with '\\x%x'.", f.separator,
                   unsigned(f.type));
  return false;
}

// parse_internal_render_format_spec.
bool parseSpec(str* specText, uint32_t defaultType, uint32_t defaultAlign, const char* typeName,
               Spec& f) {
  std::vector<uint32_t> s;
  for (const char *p = bytesOf(specText), *end = p + specText->chars.length; p < end;)
    s.push_back(decodeUtf8(p, end));
  size_t pos = 0, n = s.size();
  f.align = defaultAlign;
  f.type = defaultType;
  bool fillGiven = false, alignGiven = false;
  if (n - pos >= 2 && isAlign(s[pos + 1])) {
    f.fill = s[pos];
    f.align = s[pos + 1];
    fillGiven = alignGiven = true;
    pos += 2;
  } else if (n - pos >= 1 && isAlign(s[pos])) {
    f.align = s[pos++];
    alignGiven = true;
  }
  if (pos < n && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-')) f.sign = s[pos++];
  if (pos < n && s[pos] == 'z') f.noNeg0 = true, ++pos;
  if (pos < n && s[pos] == '#') f.alt = true, ++pos;
  if (!fillGiven && pos < n && s[pos] == '0') {
    f.fill = '0';
    if (!alignGiven && defaultAlign == '>') f.align = '=';
    ++pos;
  }
  bool any;
  if (!readInteger(s, pos, f.width, any)) return false;
  if (!any) f.width = -1;
  if (pos < n && s[pos] == ',') f.separator = ',', ++pos;
  if (pos < n && s[pos] == '_') {
    if (f.separator) {
      kiln_raise_fmt(KILN_EXC_ValueError, "Cannot specify both ',' and '_'.");
      return false;
    }
    f.separator = '_';
    ++pos;
  }
  if (pos < n && s[pos] == ',' && f.separator == '_') {
    kiln_raise_fmt(KILN_EXC_ValueError, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < n && s[pos] == '.') {
    ++pos;
    if (!readInteger(s, pos, f.precision, any)) return false;
    if (!any) {
      kiln_raise_fmt(KILN_EXC_ValueError, "Format specifier missing precision");
      return false;
    }
  }
  if (n - pos > 1) {
    kiln_raise_fmt(KILN_EXC_ValueError, "Invalid format specifier '%.*s' for object of type '%s'",
                   int(specText->chars.length), bytesOf(specText), typeName);
    return false;
  }
  if (n - pos == 1) f.type = s[pos];
  return checkSeparatorType(f);
}

// -- Numbers --------------------------------------------------------------------------------------

// _PyUnicode_InsertThousandsGrouping: the digits in groups (group 0: none) joined by sep, padded
// with zeros on the left (inside the groups) to at least minWidth characters.
std::string groupDigits(std::string_view digits, int64_t minWidth, int group, char sep) {
  std::string reversed;
  minWidth = std::max<int64_t>(minWidth, 0);
  auto remaining = int64_t(digits.size());
  size_t next = digits.size(); // digits[0, next) are left to place
  bool useSep = false;
  auto place = [&](int64_t len) { // one group: its digits, then zeros up to len
    int64_t zeros = std::max<int64_t>(0, len - remaining);
    int64_t chars = std::max<int64_t>(0, std::min(remaining, len));
    if (useSep) reversed += sep;
    for (int64_t k = 0; k < chars; ++k)
      reversed += digits[--next];
    reversed.append(size_t(zeros), '0');
    useSep = true;
    remaining -= chars;
  };
  bool done = false;
  while (group > 0) { // the grouping repeats its last size forever
    int64_t len = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, minWidth), 1));
    place(len);
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) {
      done = true;
      break;
    }
    minWidth -= 1; // the separator's width
  }
  if (!done) place(std::max<int64_t>(std::max(remaining, minWidth), 1));
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

// The parts of a formatted number: [sign] [prefix] digits ['.' remainder] or digits remainder
// ('1.5e+10': digits "1", a decimal point, remainder "5e+10"; 'inf': remainder only).
struct NumberParts {
  bool negative = false;
  std::string prefix; // "0x" (already in the type's case)
  std::string digits;
  bool hasDecimal = false;
  std::string remainder; // UTF-8 (a 'c' character may be any code point)
  int64_t remainderLength = 0;
};

void appendFill(std::string& out, uint32_t fill, int64_t count) {
  for (int64_t k = 0; k < count; ++k)
    appendUtf8(out, fill);
}

// calc_number_widths + fill_number.
str* layOutNumber(const NumberParts& parts, const Spec& f, bool upper) {
  char sign = 0;
  if (f.sign == '+')
    sign = parts.negative ? '-' : '+';
  else if (f.sign == ' ')
    sign = parts.negative ? '-' : ' ';
  else if (parts.negative)
    sign = '-';
  int64_t nonDigits = (sign ? 1 : 0) + int64_t(parts.prefix.size()) + (parts.hasDecimal ? 1 : 0) +
                      parts.remainderLength;
  int64_t minWidth = f.fill == '0' && f.align == '=' ? f.width - nonDigits : 0;
  std::string grouped =
      parts.digits.empty() ? "" : groupDigits(parts.digits, minWidth, f.group, f.separator);
  if (upper)
    for (char& c : grouped)
      c = char(c >= 'a' && c <= 'z' ? c - 32 : c);
  int64_t padding = f.width - (nonDigits + int64_t(grouped.size()));
  int64_t left = 0, inner = 0, right = 0;
  if (padding > 0) {
    if (f.align == '<')
      right = padding;
    else if (f.align == '^')
      left = padding / 2, right = padding - left;
    else if (f.align == '=')
      inner = padding;
    else
      left = padding;
  }
  std::string out;
  appendFill(out, f.fill, left);
  if (sign) out += sign;
  out += parts.prefix;
  appendFill(out, f.fill, inner);
  out += grouped;
  if (parts.hasDecimal) out += '.';
  out += parts.remainder;
  appendFill(out, f.fill, right);
  int64_t length = left + (sign ? 1 : 0) + int64_t(parts.prefix.size()) + inner +
                   int64_t(grouped.size()) + (parts.hasDecimal ? 1 : 0) + parts.remainderLength +
                   right;
  return makeStr(out.data(), out.size(), length);
}

// format_float_internal.
str* formatFloat(double x, Spec f) {
  if (f.precision > INT32_MAX) {
    kiln_raise_fmt(KILN_EXC_ValueError, "precision too big");
    return nullptr;
  }
  FloatFlags flags;
  flags.alt = f.alt;
  flags.noNeg0 = f.noNeg0;
  char type = char(f.type);
  int defaultPrecision = 6;
  if (type == 0) {
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = type == '%';
  if (percent) {
    type = 'f';
    x *= 100;
  }
  int precision = f.precision < 0 ? defaultPrecision : int(f.precision);
  if (f.precision >= 0 && type == 'r') type = 'g';
  std::string text = doubleToString(x, type, precision, flags);
  if (percent) text += '%';
  NumberParts parts;
  size_t at = 0;
  if (text[0] == '-') parts.negative = true, at = 1;
  size_t digitsEnd = at;
  while (digitsEnd < text.size() && text[digitsEnd] >= '0' && text[digitsEnd] <= '9')
    ++digitsEnd;
  parts.digits = text.substr(at, digitsEnd - at);
  parts.hasDecimal = digitsEnd < text.size() && text[digitsEnd] == '.';
  parts.remainder = text.substr(digitsEnd + (parts.hasDecimal ? 1 : 0));
  parts.remainderLength = int64_t(parts.remainder.size());
  if (f.type == 'n') f.group = 0; // the C locale: no grouping
  return layOutNumber(parts, f, false);
}

// format_long_internal (the integer presentation types).
str* formatInteger(bool negative, uint64_t magnitude, const Spec& f) {
  if (f.precision != -1) {
    kiln_raise_fmt(KILN_EXC_ValueError, "Precision not allowed in integer format specifier");
    return nullptr;
  }
  if (f.noNeg0) {
    kiln_raise_fmt(KILN_EXC_ValueError,
                   "Negative zero coercion (z) not allowed in integer format specifier");
    return nullptr;
  }
  NumberParts parts;
  if (f.type == 'c') {
    if (f.sign) {
      kiln_raise_fmt(KILN_EXC_ValueError, "Sign not allowed with integer format specifier 'c'");
      return nullptr;
    }
    if (f.alt) {
      kiln_raise_fmt(KILN_EXC_ValueError,
                     "Alternate form (#) not allowed with integer format specifier 'c'");
      return nullptr;
    }
    if (negative || magnitude > 0x10FFFF) {
      kiln_raise_fmt(KILN_EXC_OverflowError, "%%c arg not in range(0x110000)");
      return nullptr;
    }
    appendUtf8(parts.remainder, uint32_t(magnitude));
    parts.remainderLength = 1;
    return layOutNumber(parts, f, false);
  }
  int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : f.type == 'x' || f.type == 'X' ? 16 : 10;
  parts.negative = negative;
  if (f.alt && base != 10)
    parts.prefix = {'0', base == 2 ? 'b' : base == 8 ? 'o' : char(f.type)};
  parts.digits = magnitudeDigits(magnitude, base);
  return layOutNumber(parts, f, f.type == 'X');
}

// int.__format__ (also bool's and r_uint's).
str* formatIntValue(bool negative, uint64_t magnitude, str* specText, const char* typeName) {
  Spec f;
  if (!parseSpec(specText, 'd', '>', typeName, f)) return nullptr;
  switch (f.type) {
  case 'b':
  case 'c':
  case 'd':
  case 'o':
  case 'x':
  case 'X':
  case 'n':
    if (f.type == 'n') f.group = 0;
    return formatInteger(negative, magnitude, f);
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%': return formatFloat(negative ? -double(magnitude) : double(magnitude), f);
  default: raiseUnknownType(f.type, typeName); return nullptr;
  }
}

// float.__format__.
str* formatFloatValue(double x, str* specText) {
  Spec f;
  if (!parseSpec(specText, 0, '>', "float", f)) return nullptr;
  switch (f.type) {
  case 0:
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case 'n':
  case '%': return formatFloat(x, f);
  default: raiseUnknownType(f.type, "float"); return nullptr;
  }
}

// -- Strings --------------------------------------------------------------------------------------

// str.__format__: format_string_internal.
str* formatStringValue(str* s, str* specText) {
  Spec f;
  if (!parseSpec(specText, 's', '<', "str", f)) return nullptr;
  if (f.type != 's') {
    raiseUnknownType(f.type, "str");
    return nullptr;
  }
  const char* problem = f.sign ? "Sign not allowed in string format specifier"
                        : f.noNeg0
                            ? "Negative zero coercion (z) not allowed in string format specifier"
                        : f.alt ? "Alternate form (#) not allowed in string format specifier"
                        : f.align == '=' ? "'=' alignment not allowed in string format specifier"
                                         : nullptr;
  if (problem) {
    kiln_raise_fmt(KILN_EXC_ValueError, "%s", problem);
    return nullptr;
  }
  int64_t len = s->length;
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) return s;
  if (f.precision >= 0 && len >= f.precision) len = f.precision;
  int64_t padding = std::max<int64_t>(f.width - len, 0);
  int64_t left = f.align == '>' ? padding : f.align == '^' ? padding / 2 : 0;
  std::string out;
  appendFill(out, f.fill, left);
  out.append(bytesOf(s), size_t(byteOffset(s, len)));
  appendFill(out, f.fill, padding - left);
  return makeStr(out.data(), out.size(), len + padding);
}

} // namespace

str* kiln_format_with_spec(const kiln_fmt_arg* x, str* spec) {
  bool empty = spec->chars.length == 0;
  switch (x->kind) {
  case kiln_fmt_kind::Int:
    if (empty) return kiln_str_from_int(x->i);
    return formatIntValue(x->i < 0, x->i < 0 ? 0 - uint64_t(x->i) : uint64_t(x->i), spec, "int");
  case kiln_fmt_kind::Uint:
    if (empty) return kiln_str_from_uint(x->u);
    return formatIntValue(false, x->u, spec, "int");
  case kiln_fmt_kind::Bool:
    if (empty) return kiln_str_from_cstr(x->b ? "True" : "False");
    return formatIntValue(false, x->b, spec, "bool");
  case kiln_fmt_kind::Float:
    if (empty) return kiln_str_from_float(x->f);
    return formatFloatValue(x->f, spec);
  case kiln_fmt_kind::Str:
    if (!x->s) break;
    return empty ? x->s : formatStringValue(x->s, spec);
  case kiln_fmt_kind::None: break;
  case kiln_fmt_kind::Object:
    if (!empty) {
      kiln_raise_fmt(KILN_EXC_TypeError, "unsupported format string passed to %s.__format__",
                     x->type_name);
      return nullptr;
    }
    return x->to_str(x->obj, false);
  }
  if (!empty) { // None: object.__format__
    kiln_raise_fmt(KILN_EXC_TypeError, "unsupported format string passed to NoneType.__format__");
    return nullptr;
  }
  return kiln_str_from_cstr("None");
}
