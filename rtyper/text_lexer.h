// The tokens of the low-level text format (docs/ir-lltype.md), for rtyper/parser.cpp.
//
// The Lexer cuts the text into tokens on demand: words (keywords, type kinds, `v3`, `block7`, op
// names), numbers (`5`, `5u`, `1.5`, `1e+300`, `-inf`), quoted literals ('a', U'a', "text"),
// punctuation and `->`; `;` comments and white space (newlines included) are skipped. Names of
// structs, graphs, prebuilt objects and functions may hold dots and angle brackets
// (`prog.f.<generator>`), which are not tokens of their own, so the parser asks for a NAME
// explicitly where the grammar has one (Lexer::name). A malformed token is an Error token whose
// message is error().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "support/ir_text.h"

namespace kiln::ll::text {

enum class TokKind : uint8_t {
  End,
  Word,
  Name, // only from Lexer::name
  Int,
  UInt,
  Float,
  Char,
  UniChar,
  Str,
  Punct, // one of ()[]{},:=<>@&
  Arrow, // ->
  Error,
};

struct Token {
  TokKind kind = TokKind::End;
  uint32_t begin = 0, end = 0; // byte offsets in the text
  std::string_view text;
};

class Lexer {
public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Token next();
  // NAME: the characters from here up to white space, punctuation, a quote, a control character
  // or an unmatched '>'. May be empty.
  Token name(bool skipBlanks);
  const std::string& error() const { return error_; }
  // Continues lexing at byte `pos`.
  void seek(uint32_t pos) { pos_ = pos; }

private:
  Token make(TokKind kind, uint32_t begin, uint32_t end) {
    pos_ = end;
    return Token{kind, begin, end, text_.substr(begin, end - begin)};
  }
  Token fail(uint32_t begin, uint32_t end, std::string message) {
    error_ = std::move(message);
    return make(TokKind::Error, begin, end);
  }
  uint32_t size() const { return uint32_t(text_.size()); }
  char at(uint32_t i) const { return i < text_.size() ? text_[i] : '\0'; }
  bool startsInf(uint32_t i) const;
  uint32_t lineEnd(uint32_t i) const;
  Token number(uint32_t begin);
  Token quoted(TokKind kind, uint32_t begin, uint32_t quote);

  std::string_view text_;
  uint32_t pos_ = 0;
  std::string error_;
};

using irtext::isNumbered; // `prefix` followed by one or more digits (`v12`, `block3`)

} // namespace kiln::ll::text
