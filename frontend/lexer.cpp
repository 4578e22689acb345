// Lexer for Python 3.11 (see lexer.h for the contract).
//
// The structure follows CPython's tokenizer.c closely where the language is defined by it
// (indentation, number literal validation, string prefixes, bracket errors), so that kiln
// accepts and rejects exactly the same files. It differs in one way: the whole buffer is
// tokenized up front into a vector, which makes the parser's lookahead and backtracking free.
#include "frontend/lexer.h"

#include <algorithm>
#include <cstdio>
#include <span>

#include "support/assert.h"
#include "support/unicode.h"

namespace kiln {

namespace {

constexpr size_t kMaxIndent = 100;  // CPython's MAXINDENT
constexpr size_t kMaxBrackets = 200; // CPython's MAXLEVEL
constexpr uint32_t kTabSize = 8;

struct CharClass {
  bool identStart[256] = {};
  bool identContinue[256] = {};
  constexpr CharClass() {
    for (int c = 0; c < 256; ++c) {
      bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      identStart[c] = alpha || c >= 0x80;
      identContinue[c] = alpha || (c >= '0' && c <= '9') || c >= 0x80;
    }
  }
};
constexpr CharClass kChars;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHexDigit(char c) {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isPotentialIdentifierChar(char c) { return kChars.identContinue[uint8_t(c)]; }

struct Spelled {
  std::string_view text;
  TokKind kind;
};

constexpr Spelled kKeywords[] = {
#define TOKEN(kind, description)
#define PUNCT(kind, spelling)
#define KEYWORD(kind, spelling) {spelling, TokKind::kind},
#include "frontend/tokens.def"
#undef TOKEN
#undef PUNCT
#undef KEYWORD
};

constexpr Spelled kPuncts[] = {
#define TOKEN(kind, description)
#define PUNCT(kind, spelling) {spelling, TokKind::kind},
#define KEYWORD(kind, spelling)
#include "frontend/tokens.def"
#undef TOKEN
#undef PUNCT
#undef KEYWORD
};

struct KindInfo {
  const char* description;
  const char* spelling;
  bool keyword;
};
constexpr KindInfo kKindInfo[] = {
#define TOKEN(kind, description) {description, "", false},
#define PUNCT(kind, spelling) {spelling, spelling, false},
#define KEYWORD(kind, spelling) {spelling, spelling, true},
#include "frontend/tokens.def"
#undef TOKEN
#undef PUNCT
#undef KEYWORD
};

// Lookup tables indexed by first character, built once from the lists above.
struct SpellingIndex {
  std::vector<Spelled> byFirstChar[128];
  explicit SpellingIndex(std::span<const Spelled> items) {
    for (const Spelled& item : items) byFirstChar[uint8_t(item.text[0])].push_back(item);
    for (auto& bucket : byFirstChar) // longest first, so the first match is the longest
      std::stable_sort(bucket.begin(), bucket.end(), [](const Spelled& a, const Spelled& b) {
        return a.text.size() > b.text.size();
      });
  }
};

TokKind keywordKind(std::string_view word) {
  static const SpellingIndex index(kKeywords);
  if (word.size() < 2 || word.size() > 8) return TokKind::Name;
  for (const Spelled& k : index.byFirstChar[uint8_t(word[0]) & 127])
    if (k.text == word) return k.kind;
  return TokKind::Name;
}

// The longest punctuation at the start of `rest`.
bool matchPunct(std::string_view rest, TokKind& kind, uint32_t& length) {
  static const SpellingIndex index(kPuncts);
  if (uint8_t(rest[0]) >= 128) return false;
  for (const Spelled& p : index.byFirstChar[uint8_t(rest[0])]) {
    if (rest.starts_with(p.text)) {
      kind = p.kind;
      length = uint32_t(p.text.size());
      return true;
    }
  }
  return false;
}

std::string hex4(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", unsigned(c));
  return buf;
}

} // namespace

std::string tokKindDescription(TokKind kind) {
  const KindInfo& info = kKindInfo[size_t(kind)];
  if (*info.spelling) return std::string("'") + info.spelling + "'";
  return info.description;
}

std::string_view tokKindSpelling(TokKind kind) { return kKindInfo[size_t(kind)].spelling; }
bool isKeyword(TokKind kind) { return kKindInfo[size_t(kind)].keyword; }

Lexer::Lexer(std::string_view text, uint32_t begin, uint32_t end, Mode mode)
    : text_(text), pos_(begin), end_(end), mode_(mode) {}

uint32_t Lexer::lineOf(uint32_t offset) const {
  return uint32_t(std::count(text_.begin(), text_.begin() + offset, '\n')) + 1;
}

void Lexer::fail(DiagId id, uint32_t begin, uint32_t end, std::vector<std::string> args) {
  if (failed_) return;
  failed_ = true;
  error_.id = id;
  error_.begin = begin;
  error_.end = std::max(begin, end);
  error_.caret = begin;
  error_.args = std::move(args);
  push(TokKind::Error, begin, error_.end);
}

bool Lexer::tokenize(std::vector<Token>& out) {
  out_ = &out;
  if (mode_ == Mode::FStringExpr) {
    brackets_.push_back({'(', pos_});
    push(TokKind::LParen, pos_, pos_);
  }
  while (!failed_ && !done_) lexLine();
  return !failed_;
}

// Lexes from the current position up to and including the next end of a logical line piece.
void Lexer::lexLine() {
  if (atLineStart_) {
    atLineStart_ = false;
    if (mode_ == Mode::File && brackets_.empty() && !indentation()) return;
  }
  for (;;) {
    while (pos_ < end_ && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\f'))
      ++pos_;
    if (pos_ >= end_) {
      finish();
      return;
    }
    char c = text_[pos_];
    if (c == '#') {
      while (pos_ < end_ && text_[pos_] != '\n') ++pos_;
      continue;
    }
    if (c == '\n') {
      ++pos_;
      atLineStart_ = true;
      if (brackets_.empty() && lineHasTokens_ && mode_ == Mode::File) {
        push(TokKind::Newline, pos_ - 1, pos_);
        lineHasTokens_ = false;
      }
      return;
    }
    if (c == '\\') {
      if (pos_ + 1 >= end_) return fail(DiagId::lex_eof_in_continuation, pos_, pos_ + 1);
      if (text_[pos_ + 1] != '\n') return fail(DiagId::lex_continuation_char, pos_ + 1, pos_ + 2);
      pos_ += 2;
      if (pos_ >= end_) return fail(DiagId::lex_eof_in_continuation, pos_ - 2, pos_);
      continue;
    }
    lexToken();
    if (failed_) return;
    lineHasTokens_ = true;
  }
}

// Measures the indentation of a new line and emits INDENT/DEDENT tokens. Returns false when
// lexing must stop (an error, or the end of the input was handled).
bool Lexer::indentation() {
  uint32_t lineStart = pos_;
  uint32_t col = 0, alt = 0;
  int64_t continuationCol = -1;
  while (pos_ < end_) {
    char c = text_[pos_];
    if (c == ' ') {
      ++col, ++alt;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++alt;
    } else if (c == '\f') {
      col = alt = 0;
    } else if (c == '\\') {
      // Indentation cannot continue over a '\': the first one fixes the level.
      if (continuationCol < 0) continuationCol = col;
      if (pos_ + 1 >= end_) {
        fail(DiagId::lex_eof_in_continuation, pos_, pos_ + 1);
        return false;
      }
      if (text_[pos_ + 1] != '\n') {
        fail(DiagId::lex_continuation_char, pos_ + 1, pos_ + 2);
        return false;
      }
      ++pos_;
    } else {
      break;
    }
    ++pos_;
  }
  if (pos_ < end_ && (text_[pos_] == '#' || text_[pos_] == '\n')) return true; // blank line
  if (pos_ >= end_) col = alt = 0;                                             // end of input
  if (continuationCol >= 0) col = alt = uint32_t(continuationCol);

  if (col == indents_.back()) {
    if (alt != altIndents_.back()) {
      fail(DiagId::lex_tab_error, lineStart, pos_);
      return false;
    }
  } else if (col > indents_.back()) {
    if (indents_.size() >= kMaxIndent) {
      fail(DiagId::lex_too_deep_indent, lineStart, pos_);
      return false;
    }
    if (alt <= altIndents_.back()) {
      fail(DiagId::lex_tab_error, lineStart, pos_);
      return false;
    }
    indents_.push_back(col);
    altIndents_.push_back(alt);
    push(TokKind::Indent, lineStart, pos_);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      altIndents_.pop_back();
      push(TokKind::Dedent, pos_, pos_);
    }
    if (col != indents_.back()) {
      fail(DiagId::lex_unindent_mismatch, lineStart, pos_);
      return false;
    }
    if (alt != altIndents_.back()) {
      fail(DiagId::lex_tab_error, lineStart, pos_);
      return false;
    }
  }
  return true;
}

void Lexer::finish() {
  done_ = true;
  if (mode_ == Mode::FStringExpr) {
    if (brackets_.size() > 1) {
      fail(DiagId::lex_never_closed, brackets_.back().offset, brackets_.back().offset + 1,
           {std::string(1, brackets_.back().c)});
      return;
    }
    push(TokKind::RParen, end_, end_);
    push(TokKind::EndMarker, end_, end_);
    return;
  }
  if (!brackets_.empty()) {
    const OpenBracket& open = brackets_.back();
    fail(DiagId::lex_never_closed, open.offset, open.offset + 1, {std::string(1, open.c)});
    return;
  }
  if (lineHasTokens_) push(TokKind::Newline, end_, end_);
  while (indents_.size() > 1) {
    indents_.pop_back();
    push(TokKind::Dedent, end_, end_);
  }
  push(TokKind::EndMarker, end_, end_);
}

void Lexer::lexToken() {
  char c = text_[pos_];
  if (kChars.identStart[uint8_t(c)]) return lexName();
  if (isDigit(c) || (c == '.' && pos_ + 1 < end_ && isDigit(text_[pos_ + 1]))) return lexNumber();
  if (c == '\'' || c == '"') return lexString(pos_);
  lexPunct();
}

// -- Names and string prefixes --------------------------------------------------------------------

void Lexer::lexName() {
  uint32_t start = pos_;
  // A string prefix: any ordering of at most one each of b/r/u/f, in the combinations CPython
  // accepts (u alone; b or f optionally with r).
  bool sawB = false, sawR = false, sawU = false, sawF = false;
  for (uint32_t p = pos_; p < end_ && p - start < 3; ++p) {
    char c = char(text_[p] | 0x20);
    if (c == 'b' && !sawB && !sawU && !sawF) sawB = true;
    else if (c == 'r' && !sawR && !sawU) sawR = true;
    else if (c == 'u' && !sawB && !sawR && !sawU && !sawF) sawU = true;
    else if (c == 'f' && !sawF && !sawB && !sawU) sawF = true;
    else {
      if ((text_[p] == '"' || text_[p] == '\'') && p > start) return lexString(start);
      break;
    }
  }

  bool nonAscii = false;
  while (pos_ < end_ && isPotentialIdentifierChar(text_[pos_])) {
    nonAscii |= uint8_t(text_[pos_]) >= 0x80;
    ++pos_;
  }
  if (nonAscii) {
    const char* p = text_.data() + start;
    const char* end = text_.data() + pos_;
    bool first = true;
    while (p < end) {
      const char* at = p;
      char32_t cp = unicode::decodeUtf8(p, end);
      bool ok = first ? unicode::isIdentifierStart(cp) : unicode::isIdentifierContinue(cp);
      first = false;
      if (ok) continue;
      uint32_t offset = uint32_t(at - text_.data());
      if (unicode::isPrintable(cp)) {
        std::string ch;
        unicode::appendUtf8(ch, cp);
        fail(DiagId::lex_invalid_character, offset, uint32_t(p - text_.data()), {ch, hex4(cp)});
      } else {
        fail(DiagId::lex_non_printable, offset, uint32_t(p - text_.data()), {hex4(cp)});
      }
      return;
    }
    push(TokKind::Name, start, pos_, kTokNonAscii);
    return;
  }
  push(keywordKind(text_.substr(start, pos_ - start)), start, pos_);
}

// -- Numbers --------------------------------------------------------------------------------------
// Mirrors tokenizer.c: digits with single underscores between them, the literal must not run
// into an identifier ("1abc" is an error; "1if x else y" is allowed, as in CPython).

bool Lexer::decimalTail() {
  for (;;) {
    while (pos_ < end_ && isDigit(text_[pos_])) ++pos_;
    if (pos_ >= end_ || text_[pos_] != '_') return true;
    ++pos_;
    if (pos_ >= end_ || !isDigit(text_[pos_])) {
      fail(DiagId::lex_invalid_number, pos_ - 1, pos_, {"decimal"});
      return false;
    }
  }
}

bool Lexer::verifyEndOfNumber(const char* kind) {
  if (pos_ >= end_) return true;
  std::string_view rest = text_.substr(pos_, std::min<uint32_t>(4, end_ - pos_));
  // Keywords that may follow a number in valid code are tolerated, as CPython does.
  static constexpr std::string_view kAllowed[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
  for (std::string_view k : kAllowed)
    if (rest.starts_with(k)) return true;
  if (isPotentialIdentifierChar(text_[pos_])) {
    fail(DiagId::lex_invalid_number, pos_, pos_ + 1, {kind});
    return false;
  }
  return true;
}

void Lexer::lexNumber() {
  uint32_t start = pos_;
  auto peek = [&]() -> char { return pos_ < end_ ? text_[pos_] : '\0'; };
  auto radix = [&](const char* kind, auto isRadixDigit) -> bool {
    do {
      if (peek() == '_') ++pos_;
      if (!isRadixDigit(peek())) {
        if (isDigit(peek())) {
          fail(DiagId::lex_invalid_digit, pos_, pos_ + 1, {std::string(1, peek()), kind});
        } else {
          fail(DiagId::lex_invalid_number, pos_, pos_ + 1, {kind});
        }
        return false;
      }
      while (isRadixDigit(peek())) ++pos_;
    } while (peek() == '_');
    if (isDigit(peek())) {
      fail(DiagId::lex_invalid_digit, pos_, pos_ + 1, {std::string(1, peek()), kind});
      return false;
    }
    return verifyEndOfNumber(kind);
  };

  bool fraction = false;
  if (peek() == '.') {
    fraction = true; // ".5"
  } else if (peek() == '0') {
    ++pos_;
    char x = char(peek() | 0x20);
    if (x == 'x') {
      ++pos_;
      if (radix("hexadecimal", [](char c) { return isHexDigit(c); }))
        push(TokKind::Number, start, pos_);
      return;
    }
    if (x == 'o') {
      ++pos_;
      if (radix("octal", [](char c) { return c >= '0' && c <= '7'; }))
        push(TokKind::Number, start, pos_);
      return;
    }
    if (x == 'b') {
      ++pos_;
      if (radix("binary", [](char c) { return c == '0' || c == '1'; }))
        push(TokKind::Number, start, pos_);
      return;
    }
    // "0", "00", "0_0", or the integer part of a float such as "00.5" / "09e1" / "0j".
    for (;;) {
      if (peek() == '_') {
        ++pos_;
        if (!isDigit(peek())) return fail(DiagId::lex_invalid_number, pos_ - 1, pos_, {"decimal"});
      }
      if (peek() != '0') break;
      ++pos_;
    }
    uint32_t zerosEnd = pos_;
    bool nonzero = false;
    if (isDigit(peek())) {
      nonzero = true;
      if (!decimalTail()) return;
    }
    char c = peek();
    if (c != '.' && (c | 0x20) != 'e' && (c | 0x20) != 'j') {
      if (nonzero) return fail(DiagId::lex_leading_zeros, start, zerosEnd);
      if (verifyEndOfNumber("decimal")) push(TokKind::Number, start, pos_);
      return;
    }
  } else {
    if (!decimalTail()) return;
  }

  if (peek() == '.') {
    ++pos_;
    fraction = true;
  }
  if (fraction && isDigit(peek()) && !decimalTail()) return;
  if ((peek() | 0x20) == 'e') {
    uint32_t e = pos_;
    ++pos_;
    if (peek() == '+' || peek() == '-') {
      ++pos_;
      if (!isDigit(peek())) return fail(DiagId::lex_invalid_number, pos_, pos_ + 1, {"decimal"});
    } else if (!isDigit(peek())) {
      // "1else": the number ends before the 'e'.
      pos_ = e;
      if (verifyEndOfNumber("decimal")) push(TokKind::Number, start, pos_);
      return;
    }
    if (!decimalTail()) return;
  }
  if ((peek() | 0x20) == 'j') {
    ++pos_;
    if (verifyEndOfNumber("imaginary")) push(TokKind::Number, start, pos_);
    return;
  }
  if (verifyEndOfNumber("decimal")) push(TokKind::Number, start, pos_);
}

// -- Strings --------------------------------------------------------------------------------------

void Lexer::lexString(uint32_t start) {
  while (text_[pos_] != '\'' && text_[pos_] != '"') ++pos_; // past the prefix
  char quote = text_[pos_];
  bool triple = pos_ + 2 < end_ && text_[pos_ + 1] == quote && text_[pos_ + 2] == quote;
  pos_ += triple ? 3 : 1;
  for (;;) {
    if (pos_ >= end_) {
      uint32_t line = lineOf(end_ > 0 && text_[end_ - 1] == '\n' ? end_ - 1 : end_);
      return fail(triple ? DiagId::lex_unterminated_triple : DiagId::lex_unterminated_string, start,
                  start + 1, {std::to_string(line)});
    }
    char c = text_[pos_++];
    if (c == quote) {
      if (!triple) break;
      if (pos_ + 1 < end_ && text_[pos_] == quote && text_[pos_ + 1] == quote) {
        pos_ += 2;
        break;
      }
    } else if (c == '\n' && !triple) {
      return fail(DiagId::lex_unterminated_string, start, start + 1,
                  {std::to_string(lineOf(pos_ - 1))});
    } else if (c == '\\' && pos_ < end_) {
      ++pos_;
    }
  }
  push(TokKind::String, start, pos_);
}

// -- Operators and brackets -----------------------------------------------------------------------

void Lexer::lexPunct() {
  TokKind kind;
  uint32_t length;
  if (!matchPunct(text_.substr(pos_, std::min<uint32_t>(3, end_ - pos_)), kind, length)) {
    char c = text_[pos_];
    if (uint8_t(c) < 0x20 || c == 0x7f) {
      return fail(DiagId::lex_non_printable, pos_, pos_ + 1, {hex4(char32_t(uint8_t(c)))});
    }
    return fail(DiagId::lex_invalid_character, pos_, pos_ + 1,
                {std::string(1, c), hex4(char32_t(uint8_t(c)))});
  }
  char c = text_[pos_];
  if (length == 1 && (c == '(' || c == '[' || c == '{') && !openBracket(c)) return;
  if (length == 1 && (c == ')' || c == ']' || c == '}') && !closeBracket(c)) return;
  push(kind, pos_, pos_ + length);
  pos_ += length;
}

bool Lexer::openBracket(char c) {
  if (brackets_.size() >= kMaxBrackets) {
    fail(DiagId::lex_too_many_parens, pos_, pos_ + 1);
    return false;
  }
  brackets_.push_back({c, pos_});
  return true;
}

bool Lexer::closeBracket(char c) {
  bool synthetic = mode_ == Mode::FStringExpr && brackets_.size() == 1;
  if (brackets_.empty() || synthetic) {
    fail(DiagId::lex_unmatched_close, pos_, pos_ + 1, {std::string(1, c)});
    return false;
  }
  OpenBracket open = brackets_.back();
  brackets_.pop_back();
  char expected = open.c == '(' ? ')' : open.c == '[' ? ']' : '}';
  if (c == expected) return true;
  uint32_t openLine = lineOf(open.offset);
  if (openLine != lineOf(pos_)) {
    fail(DiagId::lex_mismatched_close_line, pos_, pos_ + 1,
         {std::string(1, c), std::string(1, open.c), std::to_string(openLine)});
  } else {
    fail(DiagId::lex_mismatched_close, pos_, pos_ + 1, {std::string(1, c), std::string(1, open.c)});
  }
  return false;
}

} // namespace kiln
