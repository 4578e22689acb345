// Character classes and small word tests shared by the lexers of kiln's IR text formats
// (flowgraph/parser.cpp for flow graphs, rtyper/text_lexer.cpp for low-level graphs).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kiln::irtext {

inline bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }
inline bool isSpace(char c) { return isBlank(c) || c == '\n' || c == '\r'; }
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isWordStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || uint8_t(c) >= 0x80;
}
inline bool isWordChar(char c) { return isWordStart(c) || isDigit(c); }

// How a character is named in a message: 'x' when printable ASCII, else its byte value.
inline std::string describeChar(char c) {
  if (uint8_t(c) >= 0x20 && uint8_t(c) < 0x7F) return "'" + std::string(1, c) + "'";
  static constexpr char kHex[] = "0123456789abcdef";
  return std::string("byte 0x") + kHex[uint8_t(c) >> 4] + kHex[uint8_t(c) & 0xF];
}

// `prefix` followed by one or more digits (`v12`, `g0`, `block3`).
inline bool isNumbered(std::string_view word, std::string_view prefix) {
  if (word.size() <= prefix.size() || !word.starts_with(prefix)) return false;
  for (char c : word.substr(prefix.size()))
    if (!isDigit(c)) return false;
  return true;
}

} // namespace kiln::irtext
