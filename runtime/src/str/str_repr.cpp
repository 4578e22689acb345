// runtime/src/str/str_repr.cpp -- repr() and ascii() of strs and bytes, and the bytes helpers:
// indexing, `in`, bytes(n), bytes(ints), encode(), and decode() with CPython's UTF-8 decoder errors
// and error handlers.
//
// repr(str) is CPython's unicode_repr: quote ' unless the text has ' and no "; escape the quote,
// \\, \t, \n, \r; \xhh for the other controls and DEL; a non-ASCII code point stays as it is when
// printable (str.isprintable(), from CPython's own table) and is otherwise \xhh, \uhhhh or
// \Uhhhhhhhh. repr(bytes) uses the same quote rule and \xhh outside 0x20..0x7e.
//
// decode() follows CPython's UTF-8 decoder (Objects/stringlib/codecs.h): the same classification
// of a bad sequence ("invalid start byte", "invalid continuation byte", "unexpected end of data")
// and the same byte range reported and handed to the error handler.
#include "str_impl.h"

#include <cstdio>
#include <cstring>

using namespace kiln_str;

namespace kiln_str {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendHex(std::string& out, char prefix, uint32_t value, int digits) {
  out += '\\';
  out += prefix;
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
    out += kHex[(value >> shift) & 0xF];
}

char chooseQuote(std::string_view text) {
  bool single = text.find('\'') != std::string_view::npos;
  bool dbl = text.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}

void appendAsciiChar(std::string& out, char c, char quote) {
  switch (c) {
  case '\t': out += "\\t"; return;
  case '\n': out += "\\n"; return;
  case '\r': out += "\\r"; return;
  case '\\': out += "\\\\"; return;
  default: break;
  }
  if (c == quote) {
    out += '\\';
    out += c;
  } else if (uint8_t(c) < 0x20 || c == 0x7F) {
    appendHex(out, 'x', uint8_t(c), 2);
  } else {
    out += c;
  }
}

void appendEscaped(std::string& out, uint32_t c) {
  if (c <= 0xFF)
    appendHex(out, 'x', c, 2);
  else if (c <= 0xFFFF)
    appendHex(out, 'u', c, 4);
  else
    appendHex(out, 'U', c, 8);
}

} // namespace

void appendStrRepr(std::string& out, std::string_view utf8) {
  char quote = chooseQuote(utf8);
  out += quote;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    const char* start = p;
    uint32_t c = decodeUtf8(p, end);
    if (c < 0x80)
      appendAsciiChar(out, char(c), quote);
    else if (isPrintable(c))
      out.append(start, size_t(p - start));
    else
      appendEscaped(out, c);
  }
  out += quote;
}

void appendBytesRepr(std::string& out, std::string_view bytes) {
  char quote = chooseQuote(bytes);
  out += 'b';
  out += quote;
  for (char c : bytes) {
    if (uint8_t(c) >= 0x80)
      appendHex(out, 'x', uint8_t(c), 2);
    else
      appendAsciiChar(out, c, quote);
  }
  out += quote;
}

void appendAscii(std::string& out, std::string_view utf8) {
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    uint32_t c = decodeUtf8(p, end);
    if (c < 0x80)
      out += char(c);
    else
      appendEscaped(out, c);
  }
}

std::string quoteForMessage(std::string_view utf8, int64_t maxCodePoints) {
  std::string repr;
  appendStrRepr(repr, utf8);
  const char* p = repr.data();
  const char* end = p + repr.size();
  for (int64_t k = 0; k < maxCodePoints && p < end; ++k)
    decodeUtf8(p, end);
  repr.resize(size_t(p - repr.data()));
  return repr;
}

} // namespace kiln_str

// -- repr() and ascii() ---------------------------------------------------------------------------

str* kiln_str_repr(str* s) {
  if (!s) return kiln_str_from_cstr("None");
  std::string out;
  out.reserve(size_t(s->chars.length) + 2);
  appendStrRepr(out, viewOf(s));
  return makeStr(out);
}

str* kiln_bytes_repr(str* b) {
  if (!b) return kiln_str_from_cstr("None");
  std::string out;
  appendBytesRepr(out, viewOf(b));
  return makeStr(out.data(), out.size(), int64_t(out.size()));
}

str* kiln_str_ascii(str* s) {
  if (isAscii(s)) return s;
  std::string out;
  appendAscii(out, viewOf(s));
  return makeStr(out.data(), out.size(), int64_t(out.size()));
}

// -- bytes ----------------------------------------------------------------------------------------

int64_t kiln_bytes_getitem(str* b, int64_t i) {
  if (i < 0) i += b->chars.length;
  if (i < 0 || i >= b->chars.length) {
    kiln_raise_fmt(KILN_EXC_IndexError, "index out of range");
    return 0;
  }
  return uint8_t(b->chars.items[i]);
}

bool kiln_bytes_contains_int(str* b, int64_t i) {
  if (i < 0 || i > 255) {
    kiln_raise_fmt(KILN_EXC_ValueError, "byte must be in range(0, 256)");
    return false;
  }
  return std::memchr(b->chars.items, int(i), size_t(b->chars.length)) != nullptr;
}

str* kiln_bytes_zeros(int64_t n) {
  if (n < 0) {
    kiln_raise_fmt(KILN_EXC_ValueError, "negative count");
    return nullptr;
  }
  return kiln_str_alloc(n, n); // zero-filled
}

str* kiln_bytes_from_ints(const int64_t* items, int64_t n) {
  str* out = kiln_str_alloc(n, n);
  for (int64_t k = 0; k < n; ++k) {
    if (items[k] < 0 || items[k] > 255) {
      kiln_raise_fmt(KILN_EXC_ValueError, "bytes must be in range(0, 256)");
      return nullptr;
    }
    out->chars.items[k] = char(items[k]);
  }
  return out;
}

str* kiln_str_encode(str* s) {
  if (isAscii(s)) return s; // the same bytes, and its length already counts them
  return makeBytes(viewOf(s));
}

// -- decode() -------------------------------------------------------------------------------------

namespace {

bool isContinuation(uint8_t b) {
  return (b & 0xC0) == 0x80;
}

// One step of CPython's UTF-8 decoder at p: the code point and its length, or an error with the
// bytes it covers ([0, errorEnd)) and its reason.
struct Step {
  uint32_t codePoint = 0;
  int length = 0;       // > 0: a code point
  int64_t errorEnd = 0; // when length == 0
  const char* reason = nullptr;
};

Step decodeStep(const uint8_t* s, const uint8_t* end) {
  Step st;
  uint8_t ch = s[0];
  int64_t left = end - s;
  auto fail = [&](int64_t covered, const char* reason) {
    st.errorEnd = covered;
    st.reason = reason;
    return st;
  };
  if (ch < 0x80) return st.codePoint = ch, st.length = 1, st;
  if (ch < 0xC2 || ch >= 0xF5) return fail(1, "invalid start byte");
  int need = ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
  // The second byte's range depends on the first (no overlong forms, surrogates, > U+10FFFF).
  uint8_t lo = ch == 0xE0 ? 0xA0 : ch == 0xF0 ? 0x90 : 0x80;
  uint8_t hi = ch == 0xED ? 0x9F : ch == 0xF4 ? 0x8F : 0xBF;
  for (int k = 1; k < need; ++k) {
    if (k >= left) return fail(left, "unexpected end of data");
    uint8_t b = s[k];
    bool ok = k == 1 ? b >= lo && b <= hi : isContinuation(b);
    if (!ok) return fail(k, "invalid continuation byte");
  }
  uint32_t c = ch & (0x7F >> need);
  for (int k = 1; k < need; ++k)
    c = c << 6 | (s[k] & 0x3F);
  st.codePoint = c;
  st.length = need;
  return st;
}

void raiseDecodeError(const uint8_t* base, int64_t start, int64_t end, const char* reason) {
  if (end == start + 1)
    kiln_raise_fmt(KILN_EXC_UnicodeDecodeError,
                   "'utf-8' codec can't decode byte 0x%02x in position %lld: %s", base[start],
                   (long long)start, reason);
  else
    kiln_raise_fmt(KILN_EXC_UnicodeDecodeError,
                   "'utf-8' codec can't decode bytes in position %lld-%lld: %s", (long long)start,
                   (long long)(end - 1), reason);
}

enum class Handler {
  Strict,
  Ignore,
  Replace,
  BackslashReplace,
  SurrogateEscape,
  SurrogatePass,
  Unknown
};

Handler handlerNamed(std::string_view name) {
  if (name == "strict") return Handler::Strict;
  if (name == "ignore") return Handler::Ignore;
  if (name == "replace") return Handler::Replace;
  if (name == "backslashreplace") return Handler::BackslashReplace;
  if (name == "surrogateescape") return Handler::SurrogateEscape;
  if (name == "surrogatepass") return Handler::SurrogatePass;
  return Handler::Unknown;
}

// Decodes b with the handler; null (an exception raised) when it gives up.
str* decodeWith(str* b, Handler handler, str* errors) {
  const auto* base = reinterpret_cast<const uint8_t*>(bytesOf(b));
  const uint8_t* end = base + b->chars.length;
  std::string out;
  int64_t codePoints = 0;
  for (const uint8_t* p = base; p < end;) {
    Step st = decodeStep(p, end);
    if (st.length) {
      out.append(reinterpret_cast<const char*>(p), size_t(st.length));
      p += st.length;
      ++codePoints;
      continue;
    }
    int64_t start = p - base, stop = start + st.errorEnd;
    if (handler == Handler::SurrogatePass && end - p >= 3 && p[0] == 0xED && p[1] >= 0xA0 &&
        p[1] <= 0xBF && isContinuation(p[2])) {
      out.append(reinterpret_cast<const char*>(p), 3); // the surrogate, as WTF-8
      p += 3;
      ++codePoints;
      continue;
    }
    switch (handler) {
    case Handler::Unknown:
      kiln_raise_fmt(KILN_EXC_LookupError, "unknown error handler name '%.*s'",
                     int(errors->chars.length), bytesOf(errors));
      return nullptr;
    case Handler::Strict:
    case Handler::SurrogatePass: raiseDecodeError(base, start, stop, st.reason); return nullptr;
    case Handler::Ignore: break;
    case Handler::Replace:
      appendUtf8(out, 0xFFFD);
      ++codePoints;
      break;
    case Handler::BackslashReplace:
      for (int64_t k = start; k < stop; ++k)
        appendHex(out, 'x', base[k], 2);
      codePoints += 4 * (stop - start);
      break;
    case Handler::SurrogateEscape:
      for (int64_t k = start; k < stop; ++k)
        appendUtf8(out, 0xDC00 + base[k]);
      codePoints += stop - start;
      break;
    }
    p = base + stop;
  }
  return makeStr(out.data(), out.size(), codePoints);
}

} // namespace

str* kiln_bytes_decode(str* b) {
  int64_t codePoints = 0;
  const auto* base = reinterpret_cast<const uint8_t*>(bytesOf(b));
  const uint8_t* end = base + b->chars.length;
  for (const uint8_t* p = base; p < end; ++codePoints) {
    if (*p < 0x80) { // the common case: a run of ASCII
      ++p;
      continue;
    }
    Step st = decodeStep(p, end);
    if (!st.length) {
      raiseDecodeError(base, p - base, p - base + st.errorEnd, st.reason);
      return nullptr;
    }
    p += st.length;
  }
  if (codePoints == b->length) return b; // ASCII: the same str
  return makeStr(bytesOf(b), size_t(b->chars.length), codePoints);
}

str* kiln_bytes_decode_errors(str* b, str* errors) {
  return decodeWith(b, handlerNamed(viewOf(errors)), errors);
}
