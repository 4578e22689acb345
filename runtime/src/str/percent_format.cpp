// runtime/src/str/percent_format.cpp -- the '%' formatting engine of str_format and bytes_format:
// fmt % items, CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c) and _PyBytes_FormatEx
// (Objects/bytesobject.c), transcribed step for step so that results and errors match.
//
// The items arrive adapted (kiln_fmt_arg, rt_str.h). CPython's argument state is kept as it
// keeps it: a tuple of items (argidx/arglen), or one value (arglen -1, argidx -2 until taken).
// The helper gets no tuple object, so n == 1 is taken as `fmt % item`: the same as
// `fmt % (item,)` except that a lone list or dict is then the mapping of %(key)s (and items
// left over are no error), which is what `fmt % d` means and `fmt % (d,)` does not.
//
// One conversion: '%' [ '(' key ')' ] flags* [ width | '*' ] [ '.' ( precision | '*' ) ]
// [ 'h' | 'l' | 'L' ] type. Its item is taken before the type is checked (an unknown type with
// no item left says "not enough arguments"); the text of the item is made by type (s r a; d i
// u o x X; e E f F g G; c), then padded by unicode_format_arg_output's rules: zero fill only for
// numbers, the sign and the 0x prefix before zero fill and after space fill, precision cutting
// %s/%r/%a to that many code points.
#include "str_impl.h"

#include <cmath>

using namespace kiln_str;

namespace {

// One conversion's flags and sizes (CPython's unicode_format_arg_t).
struct Conversion {
  bool ljust = false, plus = false, blank = false, alt = false, zero = false;
  int64_t width = -1, prec = -1;
  uint32_t type = 0;
  int64_t typeIndex = 0; // where the type character is, for messages
  bool sign = false;     // a number: the sign is laid out apart from the digits
};

// The text a conversion made: UTF-8 (bytes for a bytes format) and its length in code points.
struct Piece {
  std::string text;
  int64_t length = 0;
};

const char* typeName(const kiln_fmt_arg& v, bool bytes) {
  switch (v.kind) {
  case kiln_fmt_kind::Int:
  case kiln_fmt_kind::Uint: return "int";
  case kiln_fmt_kind::Float: return "float";
  case kiln_fmt_kind::Bool: return "bool";
  case kiln_fmt_kind::Str: return bytes ? "bytes" : "str";
  case kiln_fmt_kind::None: return "NoneType";
  case kiln_fmt_kind::Object: return v.type_name;
  }
  return "object";
}

bool isInteger(const kiln_fmt_arg& v) {
  return v.kind == kiln_fmt_kind::Int || v.kind == kiln_fmt_kind::Uint ||
         v.kind == kiln_fmt_kind::Bool;
}

// An int item as sign and magnitude.
void integerParts(const kiln_fmt_arg& v, bool& negative, uint64_t& magnitude) {
  negative = v.kind == kiln_fmt_kind::Int && v.i < 0;
  magnitude = v.kind == kiln_fmt_kind::Uint   ? v.u
              : v.kind == kiln_fmt_kind::Bool ? uint64_t(v.b)
              : negative                      ? 0 - uint64_t(v.i)
                                              : uint64_t(v.i);
}

class PercentFormatter {
public:
  PercentFormatter(str* fmt, const kiln_fmt_arg* args, int64_t n, bool bytes)
      : fmt_(fmt), bytes_(bytes), items_(args) {
    if (n == 1) {
      single_ = args[0];
      arglen_ = -1;
      argidx_ = -2;
      if (args[0].mapping) dict_ = &args[0];
    } else {
      arglen_ = n;
      argidx_ = 0;
    }
  }

  str* run();

private:
  bool fail() { return false; }
  const kiln_fmt_arg* nextArg();
  bool parseKey(const char*& p, const char* end);
  bool parseNumber(const char*& p, const char* end, int64_t& value, const char* tooBig);
  bool parseStar(int64_t& value);
  bool parse(const char*& p, const char* end, Conversion& c);
  bool format(const Conversion& c, const kiln_fmt_arg& v, Piece& out);
  bool formatText(const Conversion& c, const kiln_fmt_arg& v, Piece& out);
  bool formatInteger(const Conversion& c, const kiln_fmt_arg& v, Piece& out);
  bool formatFloat(const Conversion& c, const kiln_fmt_arg& v, Piece& out);
  bool formatChar(const kiln_fmt_arg& v, Piece& out);
  void output(Conversion c, const Piece& piece);
  void appendText(const char* p, size_t nbytes, int64_t length) {
    out_.append(p, nbytes);
    length_ += length;
  }
  void appendFill(char fill, int64_t count) {
    if (count <= 0) return;
    out_.append(size_t(count), fill);
    length_ += count;
  }

  str* fmt_;
  bool bytes_;
  const kiln_fmt_arg* items_;
  kiln_fmt_arg single_{};
  int64_t arglen_, argidx_;
  const kiln_fmt_arg* dict_ = nullptr;
  std::string out_;
  int64_t length_ = 0;
};

// unicode_format_getnextarg.
const kiln_fmt_arg* PercentFormatter::nextArg() {
  if (arglen_ < 0 && argidx_ == -2) {
    argidx_ = -1;
    return &single_;
  }
  if (arglen_ >= 0 && argidx_ < arglen_) return &items_[argidx_++];
  kiln_raise_fmt(KILN_EXC_TypeError, "not enough arguments for format string");
  return nullptr;
}

// %(key): p is at '('; the key's value becomes the one item of this conversion.
bool PercentFormatter::parseKey(const char*& p, const char* end) {
  if (!dict_) {
    kiln_raise_fmt(KILN_EXC_TypeError, "format requires a mapping");
    return fail();
  }
  const char* keyStart = ++p;
  for (int depth = 1; depth > 0; ++p) {
    if (p == end) {
      kiln_raise_fmt(KILN_EXC_ValueError, "incomplete format key");
      return fail();
    }
    depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
  }
  std::string_view key(keyStart, size_t(p - 1 - keyStart));
  if (!dict_->lookup) { // a list
    kiln_raise_fmt(KILN_EXC_TypeError, "list indices must be integers or slices, not %s",
                   bytes_ ? "bytes" : "str");
    return fail();
  }
  str* k = bytes_ ? makeBytes(key) : makeStr(key);
  kiln_fmt_arg value{};
  if (!dict_->lookup(dict_->obj, k, &value)) {
    std::string repr;
    if (bytes_)
      appendBytesRepr(repr, key);
    else
      appendStrRepr(repr, key);
    kiln_raise_builtin(KILN_EXC_KeyError, makeStr(repr));
    return fail();
  }
  single_ = value;
  arglen_ = -1;
  argidx_ = -2;
  return true;
}

bool PercentFormatter::parseNumber(const char*& p, const char* end, int64_t& value,
                                   const char* tooBig) {
  value = 0;
  for (; p < end && *p >= '0' && *p <= '9'; ++p) {
    if (value > (INT64_MAX - (*p - '0')) / 10) {
      kiln_raise_fmt(KILN_EXC_ValueError, "%s", tooBig);
      return fail();
    }
    value = value * 10 + (*p - '0');
  }
  return true;
}

bool PercentFormatter::parseStar(int64_t& value) {
  const kiln_fmt_arg* v = nextArg();
  if (!v) return fail();
  if (!isInteger(*v)) {
    kiln_raise_fmt(KILN_EXC_TypeError, "* wants int");
    return fail();
  }
  bool negative;
  uint64_t magnitude;
  integerParts(*v, negative, magnitude);
  if (magnitude > uint64_t(INT64_MAX)) magnitude = uint64_t(INT64_MAX);
  value = negative ? -int64_t(magnitude) : int64_t(magnitude);
  return true;
}

// unicode_format_arg_parse, from just after the '%'.
bool PercentFormatter::parse(const char*& p, const char* end, Conversion& c) {
  if (p < end && *p == '(' && !parseKey(p, end)) return fail();
  for (; p < end; ++p) {
    if (*p == '-')
      c.ljust = true;
    else if (*p == '+')
      c.plus = true;
    else if (*p == ' ')
      c.blank = true;
    else if (*p == '#')
      c.alt = true;
    else if (*p == '0')
      c.zero = true;
    else
      break;
  }
  if (p < end && *p == '*') {
    ++p;
    if (!parseStar(c.width)) return fail();
    if (c.width < 0) {
      c.ljust = true;
      c.width = -c.width;
    }
  } else if (p < end && *p >= '0' && *p <= '9') {
    if (!parseNumber(p, end, c.width, "width too big")) return fail();
  }
  if (p < end && *p == '.') {
    ++p;
    if (p < end && *p == '*') {
      ++p;
      if (!parseStar(c.prec)) return fail();
      if (c.prec < 0) c.prec = 0;
    } else if (!parseNumber(p, end, c.prec, "precision too big")) {
      return fail();
    }
  }
  if (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) ++p;
  if (p == end) {
    kiln_raise_fmt(KILN_EXC_ValueError, "incomplete format");
    return fail();
  }
  c.typeIndex = codePointIndex(fmt_, p - bytesOf(fmt_));
  c.type = bytes_ ? uint8_t(*p++) : decodeUtf8(p, end);
  return true;
}

// %s %r %a (and %b of a bytes format): str(), repr(), ascii().
bool PercentFormatter::formatText(const Conversion& c, const kiln_fmt_arg& v, Piece& out) {
  bool repr = c.type == 'r' || c.type == 'a';
  if (bytes_ && !repr) {
    if (v.kind != kiln_fmt_kind::Str) {
      kiln_raise_fmt(
          KILN_EXC_TypeError,
          "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
          typeName(v, true));
      return fail();
    }
    out.text = std::string(viewOf(v.s));
    out.length = v.s->chars.length;
    return true;
  }
  std::string text;
  switch (v.kind) {
  case kiln_fmt_kind::Int: text = std::to_string(v.i); break;
  case kiln_fmt_kind::Uint:
    text = repr ? "r_uint(" + std::to_string(v.u) + ")" : std::to_string(v.u);
    break;
  case kiln_fmt_kind::Float:
    text = doubleToString(v.f, 'r', 0, FloatFlags{false, true, false, false});
    break;
  case kiln_fmt_kind::Bool: text = v.b ? "True" : "False"; break;
  case kiln_fmt_kind::None: text = "None"; break;
  case kiln_fmt_kind::Str:
    if (!v.s)
      text = "None";
    else if (!repr)
      text = std::string(viewOf(v.s));
    else if (bytes_)
      appendBytesRepr(text, viewOf(v.s));
    else
      appendStrRepr(text, viewOf(v.s));
    break;
  case kiln_fmt_kind::Object: {
    str* s = v.to_str(v.obj, repr);
    if (!s) return fail(); // its repr raised
    text = std::string(viewOf(s));
    break;
  }
  }
  if (c.type == 'a' || (bytes_ && repr)) {
    std::string escaped;
    appendAscii(escaped, text);
    text.swap(escaped);
  }
  out.length = bytes_ ? int64_t(text.size()) : countCodePoints(text.data(), text.size());
  out.text = std::move(text);
  return true;
}

// %d %i %u %o %x %X: mainformatlong, then _PyUnicode_FormatLong's layout ("-0x00ff").
bool PercentFormatter::formatInteger(const Conversion& c, const kiln_fmt_arg& v, Piece& out) {
  char type = char(c.type);
  bool decimal = type == 'd' || type == 'i' || type == 'u';
  std::string digits;
  bool negative = false;
  if (isInteger(v)) {
    uint64_t magnitude;
    integerParts(v, negative, magnitude);
    digits = magnitudeDigits(magnitude, decimal ? 10 : type == 'o' ? 8 : 16);
  } else if (v.kind == kiln_fmt_kind::Float && decimal) {
    if (std::isnan(v.f)) {
      kiln_raise_fmt(KILN_EXC_ValueError, "cannot convert float NaN to integer");
      return fail();
    }
    if (std::isinf(v.f)) {
      kiln_raise_fmt(KILN_EXC_OverflowError, "cannot convert float infinity to integer");
      return fail();
    }
    digits = truncatedDecimal(v.f);
    negative = digits[0] == '-';
    if (negative) digits.erase(0, 1);
  } else {
    kiln_raise_fmt(KILN_EXC_TypeError, "%%%c format: %s is required, not %s", type,
                   decimal ? "a real number" : "an integer", typeName(v, bytes_));
    return fail();
  }
  std::string text = negative ? "-" : "";
  if (c.alt && !decimal) text += type == 'o' ? "0o" : "0x";
  if (c.prec > int64_t(digits.size())) text.append(size_t(c.prec - int64_t(digits.size())), '0');
  text += digits;
  if (type == 'X')
    for (char& ch : text)
      if (ch >= 'a' && ch <= 'x') ch = char(ch - 32);
  out.length = int64_t(text.size());
  out.text = std::move(text);
  return true;
}

// %e %E %f %F %g %G: formatfloat.
bool PercentFormatter::formatFloat(const Conversion& c, const kiln_fmt_arg& v, Piece& out) {
  double x;
  switch (v.kind) {
  case kiln_fmt_kind::Float: x = v.f; break;
  case kiln_fmt_kind::Int: x = double(v.i); break;
  case kiln_fmt_kind::Uint: x = double(v.u); break;
  case kiln_fmt_kind::Bool: x = v.b; break;
  default:
    kiln_raise_fmt(KILN_EXC_TypeError,
                   bytes_ ? "float argument required, not %s" : "must be real number, not %s",
                   typeName(v, bytes_));
    return fail();
  }
  FloatFlags flags;
  flags.alt = c.alt;
  out.text = doubleToString(x, char(c.type),
                            c.prec < 0 ? 6 : int(std::min<int64_t>(c.prec, 1 << 30)), flags);
  out.length = int64_t(out.text.size());
  return true;
}

// %c: formatchar (byte_converter for bytes).
bool PercentFormatter::formatChar(const kiln_fmt_arg& v, Piece& out) {
  if (v.kind == kiln_fmt_kind::Str && v.s && v.s->length == 1) {
    out.text = std::string(viewOf(v.s));
    out.length = 1;
    return true;
  }
  if (!isInteger(v)) {
    kiln_raise_fmt(KILN_EXC_TypeError,
                   bytes_ ? "%%c requires an integer in range(256) or a single byte"
                          : "%%c requires int or char");
    return fail();
  }
  bool negative;
  uint64_t magnitude;
  integerParts(v, negative, magnitude);
  uint64_t limit = bytes_ ? 256 : 0x110000;
  if (negative || magnitude >= limit) {
    kiln_raise_fmt(KILN_EXC_OverflowError,
                   bytes_ ? "%%c arg not in range(256)" : "%%c arg not in range(0x110000)");
    return fail();
  }
  if (bytes_)
    out.text = std::string(1, char(magnitude));
  else
    appendUtf8(out.text, uint32_t(magnitude));
  out.length = 1;
  return true;
}

bool PercentFormatter::format(const Conversion& c, const kiln_fmt_arg& v, Piece& out) {
  switch (c.type) {
  case 's':
  case 'r':
  case 'a': return formatText(c, v, out);
  case 'b':
    if (bytes_) return formatText(c, v, out);
    break;
  case 'd':
  case 'i':
  case 'u':
  case 'o':
  case 'x':
  case 'X': return formatInteger(c, v, out);
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': return formatFloat(c, v, out);
  case 'c': return formatChar(v, out);
  default: break;
  }
  char shown = c.type >= 31 && c.type <= 126 ? char(c.type) : '?';
  kiln_raise_fmt(KILN_EXC_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                 shown, unsigned(c.type), (long long)c.typeIndex);
  return fail();
}

// unicode_format_arg_output: the piece with its sign, prefix and padding.
void PercentFormatter::output(Conversion c, const Piece& piece) {
  char fill = c.sign && c.zero ? '0' : ' ';
  int64_t len = piece.length;
  const char* buf = piece.text.data();
  size_t nbytes = piece.text.size();
  bool textual = c.type == 's' || c.type == 'r' || c.type == 'a' || c.type == 'b';
  if (textual && c.prec >= 0 && len > c.prec) {
    len = c.prec;
    const char* p = buf;
    for (int64_t k = 0; k < len; ++k)
      bytes_ ? (void)++p : (void)decodeUtf8(p, buf + nbytes);
    nbytes = size_t(p - buf);
  }
  size_t at = 0; // bytes of buf already written
  char signChar = 0;
  if (c.sign) {
    if (buf[0] == '-' || buf[0] == '+') {
      signChar = buf[0];
      --len;
      ++at;
    } else if (c.plus) {
      signChar = '+';
    } else if (c.blank) {
      signChar = ' ';
    } else {
      c.sign = false;
    }
  }
  if (c.width < len) c.width = len;
  if (signChar) {
    if (fill != ' ') appendText(&signChar, 1, 1);
    if (c.width > len) --c.width;
  }
  bool prefixed = c.alt && (c.type == 'x' || c.type == 'X' || c.type == 'o');
  if (prefixed) {
    if (fill != ' ') {
      appendText(buf + at, 2, 2);
      at += 2;
    }
    c.width = std::max<int64_t>(c.width - 2, 0);
    len -= 2;
  }
  if (c.width > len && !c.ljust) {
    appendFill(fill, c.width - len);
    c.width = len;
  }
  if (fill == ' ') {
    if (c.sign) appendText(&signChar, 1, 1);
    if (prefixed) {
      appendText(buf + at, 2, 2);
      at += 2;
    }
  }
  appendText(buf + at, nbytes - at, len);
  appendFill(' ', c.width - len);
}

str* PercentFormatter::run() {
  const char* p = bytesOf(fmt_);
  const char* end = p + fmt_->chars.length;
  out_.reserve(size_t(fmt_->chars.length) + 16);
  while (p < end) {
    const char* literal = p;
    while (p < end && *p != '%')
      ++p;
    if (p > literal) {
      int64_t n = p - literal;
      appendText(literal, size_t(n),
                 bytes_ || isAscii(fmt_) ? n : countCodePoints(literal, size_t(n)));
    }
    if (p == end) break;
    ++p; // the '%'
    if (p < end && *p == '%') {
      appendText(p++, 1, 1);
      continue;
    }
    Conversion c;
    if (!parse(p, end, c)) return nullptr;
    const kiln_fmt_arg* v = nextArg();
    Piece piece;
    if (!v || !format(c, *v, piece)) return nullptr;
    c.sign = !(c.type == 's' || c.type == 'r' || c.type == 'a' || c.type == 'b' || c.type == 'c');
    output(c, piece);
  }
  if (argidx_ < arglen_ && !dict_) {
    kiln_raise_fmt(KILN_EXC_TypeError, "not all arguments converted during %s formatting",
                   bytes_ ? "bytes" : "string");
    return nullptr;
  }
  return bytes_ ? makeBytes(out_) : makeStr(out_.data(), out_.size(), length_);
}

} // namespace

str* kiln_percent_format(str* fmt, const kiln_fmt_arg* args, int64_t n, bool bytes) {
  return PercentFormatter(fmt, args, n, bytes).run();
}
