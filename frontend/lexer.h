// Lexer: Python 3.11 source text -> a vector of tokens, in one pass over the whole buffer.
//
// The token stream is CPython's: NAME/NUMBER/STRING/OP tokens plus NEWLINE, INDENT, DEDENT and
// ENDMARKER, with implicit line joining inside brackets, explicit joining with '\', blank and
// comment-only lines skipped, and f-strings kept as one STRING token (the parser splits them,
// as CPython 3.11 does). Tabs advance to the next multiple of 8; indentation must be consistent
// whether a tab counts 8 columns or 1 (else TabError), exactly as in CPython.
//
// Errors: the lexer stops at the first error, records the diagnostic, and ends the stream with
// an Error token at that place. The parser reports it if parsing reaches that token -- or
// instead of a generic "invalid syntax" further up, which is what CPython does too.
//
// Tokens hold byte offsets into the lexed text; SourceLocs are made by adding the file's base.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostics.h"

namespace kiln {

enum class TokKind : uint8_t {
#define TOKEN(kind, description) kind,
#define PUNCT(kind, spelling) kind,
#define KEYWORD(kind, spelling) kind,
#include "frontend/tokens.def"
#undef TOKEN
#undef PUNCT
#undef KEYWORD
};

constexpr size_t kNumTokKinds = 0
#define TOKEN(kind, description) +1
#define PUNCT(kind, spelling) +1
#define KEYWORD(kind, spelling) +1
#include "frontend/tokens.def"
#undef TOKEN
#undef PUNCT
#undef KEYWORD
    ;

// "name", "'('", "'if'": how a token kind is named in "expected ..." messages.
std::string tokKindDescription(TokKind kind);
// The spelling of a PUNCT or KEYWORD kind ("(", "if"); empty for the others.
std::string_view tokKindSpelling(TokKind kind);
bool isKeyword(TokKind kind);

struct Token {
  TokKind kind;
  uint8_t flags;  // kTokNonAscii
  uint32_t begin; // byte offset of the first character
  uint32_t end;   // byte offset one past the last character
};
constexpr uint8_t kTokNonAscii = 1; // a Name with non-ASCII characters (needs NFKC)

// A diagnostic the lexer found; reported by the parser.
struct LexError {
  DiagId id;
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t caret = 0;
  std::vector<std::string> args;
  uint32_t noteAt = ~0u; // for "'(' was never closed": where the bracket was opened
};

class Lexer {
public:
  enum class Mode {
    File,          // a module: indentation, NEWLINE, ENDMARKER
    FStringExpr,   // an f-string replacement field: behaves like the inside of '(' ... ')'
  };

  // Lexes text[begin, end). Offsets in tokens are relative to `text`.
  Lexer(std::string_view text, uint32_t begin, uint32_t end, Mode mode);

  // Appends the tokens to `out`; returns false if the stream ends in an Error token.
  bool tokenize(std::vector<Token>& out);
  const LexError& error() const { return error_; }

private:
  void lexLine();
  bool indentation();
  void lexToken();
  void lexName();
  void lexNumber();
  void lexString(uint32_t start);
  void lexPunct();
  bool openBracket(char c);
  bool closeBracket(char c);
  void finish();

  void push(TokKind kind, uint32_t begin, uint32_t end, uint8_t flags = 0) {
    out_->push_back(Token{kind, flags, begin, end});
  }
  void fail(DiagId id, uint32_t begin, uint32_t end, std::vector<std::string> args = {});
  uint32_t lineOf(uint32_t offset) const;
  bool verifyEndOfNumber(const char* kind);
  bool decimalTail();

  std::string_view text_;
  uint32_t pos_;
  uint32_t end_;
  Mode mode_;
  std::vector<Token>* out_ = nullptr;
  bool failed_ = false;
  bool done_ = false;
  LexError error_;

  bool atLineStart_ = true;
  bool lineHasTokens_ = false;
  std::vector<uint32_t> indents_{0};    // columns, tabs to multiples of 8
  std::vector<uint32_t> altIndents_{0}; // columns, tabs count 1
  struct OpenBracket {
    char c;
    uint32_t offset;
  };
  std::vector<OpenBracket> brackets_;
};

} // namespace kiln
