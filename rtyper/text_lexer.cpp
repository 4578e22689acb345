// Low-level text lexer (see text_lexer.h; grammar in docs/ir-lltype.md).
#include "rtyper/text_lexer.h"

#include <algorithm>

namespace kiln::ll::text {

namespace {

using irtext::describeChar;
using irtext::isBlank;
using irtext::isDigit;
using irtext::isSpace;
using irtext::isWordChar;
using irtext::isWordStart;

// Characters that end a NAME (besides an unmatched '>').
bool endsName(char c) {
  return uint8_t(c) < 0x20 || c == 0x7F || c == ' ' ||
         std::string_view(",()[]{}:;\"'=@&").find(c) != std::string_view::npos;
}

} // namespace

bool Lexer::startsInf(uint32_t i) const {
  return text_.substr(std::min(i, size())).starts_with("inf") && !isWordChar(at(i + 3));
}

uint32_t Lexer::lineEnd(uint32_t i) const {
  while (i < size() && text_[i] != '\n' && text_[i] != '\r')
    ++i;
  return i;
}

// INT := '-'? DIGIT+;  UINT := INT 'u';  FLOAT := '-'? DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)?
// with a '.' or an exponent, or '-inf'
Token Lexer::number(uint32_t begin) {
  uint32_t i = begin + (at(begin) == '-');
  if (startsInf(i)) return make(TokKind::Float, begin, i + 3);
  while (isDigit(at(i)))
    ++i;
  bool isFloat = false;
  if (at(i) == '.' && isDigit(at(i + 1))) {
    isFloat = true;
    for (++i; isDigit(at(i));)
      ++i;
  }
  if (at(i) == 'e' || at(i) == 'E') {
    uint32_t j = i + 1 + (at(i + 1) == '+' || at(i + 1) == '-');
    if (isDigit(at(j))) {
      isFloat = true;
      for (i = j; isDigit(at(i));)
        ++i;
    }
  }
  if (!isFloat && at(i) == 'u' && !isWordChar(at(i + 1))) return make(TokKind::UInt, begin, i + 1);
  return make(isFloat ? TokKind::Float : TokKind::Int, begin, i);
}

// CHAR := "'" ... "'";  UNICHAR := 'U' CHAR;  STRING := '"' ... '"'; on one line, with escapes
Token Lexer::quoted(TokKind kind, uint32_t begin, uint32_t quote) {
  char q = text_[quote];
  for (uint32_t i = quote + 1; i < size(); ++i) {
    char c = text_[i];
    if (c == '\n' || c == '\r') break;
    if (c == '\\') {
      if (at(i + 1) == '\n' || at(i + 1) == '\r') break;
      ++i;
      continue;
    }
    if (c == q) return make(kind, begin, i + 1);
  }
  return fail(begin, lineEnd(begin), "unterminated literal");
}

Token Lexer::next() {
  for (;;) {
    while (pos_ < size() && isSpace(text_[pos_]))
      ++pos_;
    if (pos_ >= size()) return make(TokKind::End, size(), size());
    uint32_t begin = pos_;
    char c = text_[pos_];
    if (c == ';') {
      pos_ = lineEnd(pos_);
      continue;
    }
    if (c == 'U' && at(begin + 1) == '\'') return quoted(TokKind::UniChar, begin, begin + 1);
    if (c == '\'') return quoted(TokKind::Char, begin, begin);
    if (c == '"') return quoted(TokKind::Str, begin, begin);
    if (isWordStart(c)) {
      uint32_t i = begin;
      while (i < size() && isWordChar(text_[i]))
        ++i;
      return make(TokKind::Word, begin, i);
    }
    if (c == '-' && at(begin + 1) == '>') return make(TokKind::Arrow, begin, begin + 2);
    if (isDigit(c) || (c == '-' && (isDigit(at(begin + 1)) || startsInf(begin + 1))))
      return number(begin);
    if (std::string_view("()[]{},:=<>@&").find(c) != std::string_view::npos)
      return make(TokKind::Punct, begin, begin + 1);
    return fail(begin, begin + 1, "unexpected character " + describeChar(c));
  }
}

// Angle brackets in a name must pair up, so that the name reads back the same inside a Void type
// constant (`<GcStruct prog.f.<generator>>`).
Token Lexer::name(bool skipBlanks) {
  if (skipBlanks)
    while (pos_ < size() && isBlank(text_[pos_]))
      ++pos_;
  uint32_t begin = pos_, i = pos_;
  int depth = 0;
  for (; i < size(); ++i) {
    // A specialization key (`f[int, str]`, `get[char=']']`, `total[*2]`) after the start of a
    // name: everything up to the matching ']' on the line, quotes skipped whole.
    if (text_[i] == '[' && i > begin) {
      uint32_t open = i;
      int square = 0;
      for (; i < size() && text_[i] != '\n'; ++i) {
        char c = text_[i];
        if (c == '\'' || c == '"') {
          for (++i; i < size() && text_[i] != c && text_[i] != '\n'; ++i)
            if (text_[i] == '\\') ++i;
          continue;
        }
        if (c == '[') ++square;
        if (c == ']' && --square == 0) break;
      }
      if (i >= size() || text_[i] != ']') return fail(open, i, "'[' without its ']' in a name");
      continue;
    }
    if (endsName(text_[i])) break;
    if (text_[i] == '<') ++depth;
    if (text_[i] == '>' && depth-- == 0) break;
  }
  if (depth > 0) return fail(begin, i, "'<' without its '>' in a name");
  return make(TokKind::Name, begin, i);
}

} // namespace kiln::ll::text
