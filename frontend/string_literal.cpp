// Escape decoding of str and bytes literals (see string_literal.h).
#include "frontend/string_literal.h"

#include "support/unicode.h"

namespace kiln {

namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool isOctal(char c) { return c >= '0' && c <= '7'; }

// The simple one-character escapes shared by str and bytes; returns -1 for none.
int simpleEscape(char c) {
  switch (c) {
  case '\\': return '\\';
  case '\'': return '\'';
  case '"': return '"';
  case 'a': return '\a';
  case 'b': return '\b';
  case 'f': return '\f';
  case 'n': return '\n';
  case 'r': return '\r';
  case 't': return '\t';
  case 'v': return '\v';
  default: return -1;
  }
}

// Position of byte `i` of `body` in CPython's transformed buffer (non-ASCII chars -> 10 bytes).
uint32_t cpythonPosition(std::string_view body, size_t i) {
  uint32_t pos = 0;
  for (size_t k = 0; k < i; ++k) {
    uint8_t c = uint8_t(body[k]);
    if (c < 0x80) ++pos;
    else if ((c & 0xC0) != 0x80) pos += 10; // one \UXXXXXXXX per code point
  }
  return pos;
}

bool unicodeError(std::string_view body, size_t start, size_t end, const char* reason,
                  EscapeError& error) {
  uint32_t from = cpythonPosition(body, start);
  uint32_t to = cpythonPosition(body, end) - 1;
  error.id = DiagId::str_unicode_error;
  error.args = {std::to_string(from) + "-" + std::to_string(to), reason};
  error.offset = uint32_t(start);
  return false;
}

} // namespace

bool decodeStringEscapes(std::string_view body, std::string& out, EscapeError& error) {
  out.clear();
  out.reserve(body.size());
  size_t i = 0, n = body.size();
  while (i < n) {
    char c = body[i];
    if (c != '\\') {
      out.push_back(c);
      ++i;
      continue;
    }
    size_t start = i++;
    if (i >= n) { // a trailing backslash (only possible in an f-string's literal part)
      out.push_back('\\');
      break;
    }
    c = body[i++];
    if (c == '\n') continue;
    if (int simple = simpleEscape(c); simple >= 0) {
      out.push_back(char(simple));
      continue;
    }
    if (isOctal(c)) {
      char32_t v = char32_t(c - '0');
      for (int k = 0; k < 2 && i < n && isOctal(body[i]); ++k) v = v * 8 + char32_t(body[i++] - '0');
      unicode::appendUtf8(out, v);
      continue;
    }
    if (c == 'x' || c == 'u' || c == 'U') {
      int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      const char* reason = c == 'x'   ? "truncated \\xXX escape"
                           : c == 'u' ? "truncated \\uXXXX escape"
                                      : "truncated \\UXXXXXXXX escape";
      char32_t v = 0;
      for (; count; --count, ++i) {
        if (i >= n || hexValue(body[i]) < 0) return unicodeError(body, start, i, reason, error);
        v = v * 16 + char32_t(hexValue(body[i]));
      }
      if (v > unicode::kMaxCodePoint)
        return unicodeError(body, start, i, "illegal Unicode character", error);
      unicode::appendUtf8(out, v);
      continue;
    }
    if (c == 'N') {
      const char* malformed = "malformed \\N character escape";
      if (i >= n || body[i] != '{') return unicodeError(body, start, i, malformed, error);
      size_t nameBegin = ++i;
      while (i < n && body[i] != '}') ++i;
      if (i >= n || i == nameBegin) return unicodeError(body, start, i, malformed, error);
      std::optional<char32_t> cp = unicode::lookupName(body.substr(nameBegin, i - nameBegin));
      ++i;
      if (!cp) return unicodeError(body, start, i, "unknown Unicode character name", error);
      unicode::appendUtf8(out, *cp);
      continue;
    }
    // An unknown escape keeps its backslash (CPython warns; it is not an error).
    out.push_back('\\');
    --i;
  }
  return true;
}

bool decodeBytesEscapes(std::string_view body, std::string& out, EscapeError& error) {
  out.clear();
  out.reserve(body.size());
  size_t i = 0, n = body.size();
  while (i < n) {
    char c = body[i];
    if (c != '\\') {
      out.push_back(c);
      ++i;
      continue;
    }
    ++i;
    if (i >= n) {
      out.push_back('\\');
      break;
    }
    c = body[i++];
    if (c == '\n') continue;
    if (int simple = simpleEscape(c); simple >= 0) {
      out.push_back(char(simple));
      continue;
    }
    if (isOctal(c)) {
      unsigned v = unsigned(c - '0');
      for (int k = 0; k < 2 && i < n && isOctal(body[i]); ++k) v = v * 8 + unsigned(body[i++] - '0');
      out.push_back(char(v & 0xFF));
      continue;
    }
    if (c == 'x') {
      if (i + 1 < n + 0 && i + 1 <= n - 1 && hexValue(body[i]) >= 0 && hexValue(body[i + 1]) >= 0) {
        out.push_back(char(hexValue(body[i]) * 16 + hexValue(body[i + 1])));
        i += 2;
        continue;
      }
      error.id = DiagId::str_bytes_invalid_escape;
      error.args = {std::to_string(i - 2)};
      error.offset = uint32_t(i - 2);
      return false;
    }
    out.push_back('\\');
    --i;
  }
  return true;
}

} // namespace kiln
