// Parser: adjacent string literals, bytes, and f-strings (CPython 3.11 semantics).
//
// In 3.11 an f-string is one STRING token; its replacement fields are found by scanning the
// token's text (fstring_find_literal / fstring_find_expr in CPython's string_parser.c) and
// each field's expression is lexed in place and parsed by a sub-parser, as if it were wrapped in
// parentheses. The state machine below follows CPython's so that the resulting trees match
// ast.parse() exactly: literal pieces are merged, empty ones dropped, `{x=}` contributes its
// text, and a Constant gets kind='u' when the first literal of the concatenation starts with 'u'.
// Because sub-expressions are lexed in the file's own buffer, their locations are exact.
#include "frontend/parser_impl.h"
#include "frontend/string_literal.h"

namespace kiln::parse {

using namespace ast;

class StringParser {
public:
  explicit StringParser(Parser& p) : p_(p), text_(p.s_.text) {}
  Expr* parseConcatenation();

private:
  // CPython's FstringParser: the pending literal text and, once an f-string was seen, the
  // JoinedStr values collected on the scratch stack from `valuesMark` on.
  struct State {
    std::string lastStr;
    bool fmode = false;
    bool kindU = false;
    size_t valuesMark = 0;
  };

  void concatLiteral(State& st, std::string_view s) { st.lastStr += s; }
  Constant* makeStr(State& st);
  void flush(State& st);
  Expr* finish(State& st);
  void concatFString(State& st, uint32_t& pos, uint32_t end, bool raw, int level);
  int findLiteral(State& st, uint32_t& pos, uint32_t end, bool raw, int level);
  FormattedValue* findExpr(State& st, uint32_t& pos, uint32_t end, bool raw, int level);
  Expr* compileExpr(uint32_t begin, uint32_t end);
  void decodeInto(std::string& out, uint32_t begin, uint32_t end, bool raw);

  [[noreturn]] void failAt(DiagId id, uint32_t at, std::vector<std::string> args = {}) {
    p_.fail(id, at, at + 1, std::move(args));
  }

  Parser& p_;
  std::string_view text_;
  SourceRange range_; // the whole concatenation
};

Expr* Parser::parseStrings() { return StringParser(*this).parseConcatenation(); }

Constant* StringParser::makeStr(State& st) {
  auto* c = p_.makeRange<Constant>(range_);
  c->value.kind = ConstantValue::Kind::Str;
  c->value.text = p_.s_.ctx.arena.copyString(st.lastStr);
  if (st.kindU) c->kind = "u";
  st.lastStr.clear();
  return c;
}

void StringParser::flush(State& st) {
  if (!st.lastStr.empty()) p_.push(makeStr(st));
}

Expr* StringParser::finish(State& st) {
  if (!st.fmode) return makeStr(st);
  flush(st);
  auto* j = p_.makeRange<JoinedStr>(range_);
  j->values = p_.takeList<Expr>(st.valuesMark);
  return j;
}

void StringParser::decodeInto(std::string& out, uint32_t begin, uint32_t end, bool raw) {
  std::string_view body = text_.substr(begin, end - begin);
  if (raw) {
    out += body;
    return;
  }
  std::string decoded;
  EscapeError error;
  if (!decodeStringEscapes(body, decoded, error))
    p_.fail(error.id, begin + error.offset, end, error.args);
  out += decoded;
}

// strings: STRING+
Expr* StringParser::parseConcatenation() {
  size_t first = p_.pos_;
  size_t last = first;
  while (p_.tokAt(last + 1).kind == TokKind::String) ++last;
  range_ = {p_.loc(p_.tokAt(first).begin), p_.loc(p_.tokAt(last).end)};

  State st;
  st.valuesMark = p_.mark();
  st.kindU = text_[p_.tokAt(first).begin] == 'u';
  bool bytesMode = false;
  std::string bytes;
  for (size_t i = first; i <= last; ++i) {
    const Token& t = p_.tokAt(i);
    uint32_t q = t.begin;
    bool isBytes = false, isRaw = false, isF = false;
    for (; text_[q] != '\'' && text_[q] != '"'; ++q) {
      char c = char(text_[q] | 0x20);
      isBytes |= c == 'b', isRaw |= c == 'r', isF |= c == 'f';
    }
    char quote = text_[q];
    bool triple = q + 2 < t.end && text_[q + 1] == quote && text_[q + 2] == quote &&
                  t.end - q >= 6;
    uint32_t bodyBegin = q + (triple ? 3 : 1);
    uint32_t bodyEnd = t.end - (triple ? 3 : 1);

    if (i != first && isBytes != bytesMode) p_.fail(DiagId::str_mix_bytes, t.begin, t.end);
    bytesMode = isBytes;
    if (isBytes) {
      std::string_view body = text_.substr(bodyBegin, bodyEnd - bodyBegin);
      for (char c : body)
        if (uint8_t(c) >= 0x80) p_.fail(DiagId::str_bytes_non_ascii, t.begin, t.end);
      if (isRaw) {
        bytes += body;
        continue;
      }
      std::string decoded;
      EscapeError error;
      if (!decodeBytesEscapes(body, decoded, error))
        p_.fail(error.id, bodyBegin + error.offset, t.end, error.args);
      bytes += decoded;
    } else if (isF) {
      uint32_t pos = bodyBegin;
      concatFString(st, pos, bodyEnd, isRaw, 0);
    } else {
      decodeInto(st.lastStr, bodyBegin, bodyEnd, isRaw);
    }
  }
  p_.pos_ = last + 1;

  if (!bytesMode) return finish(st);
  auto* c = p_.makeRange<Constant>(range_);
  c->value.kind = ConstantValue::Kind::Bytes;
  c->value.text = p_.s_.ctx.arena.copyString(bytes);
  return c;
}

// FstringParser_ConcatFstring: literals and replacement fields up to `end` (level 0) or up to
// the '}' that closes a format spec (level 1 and deeper).
void StringParser::concatFString(State& st, uint32_t& pos, uint32_t end, bool raw, int level) {
  st.fmode = true;
  for (;;) {
    if (findLiteral(st, pos, end, raw, level) == 1) continue; // a doubled brace
    if (pos >= end || text_[pos] == '}') break;
    FormattedValue* value = findExpr(st, pos, end, raw, level);
    flush(st);
    p_.push(value);
  }
  if (level != 0 && (pos >= end || text_[pos] != '}')) failAt(DiagId::fstr_expecting_brace, pos);
}

// fstring_find_literal: the literal text up to an undoubled '{' (a field) or, inside a format
// spec, a '}'. Returns 1 when it stopped after a doubled brace (the caller continues).
int StringParser::findLiteral(State& st, uint32_t& pos, uint32_t end, bool raw, int level) {
  uint32_t start = pos;
  uint32_t literalEnd = end;
  int result = 0;
  while (pos < end) {
    char ch = text_[pos++];
    if (!raw && ch == '\\' && pos < end) {
      ch = text_[pos++];
      if (ch == 'N') { // "\N{...}": its braces are not fields
        if (pos < end && text_[pos++] == '{')
          while (pos < end && text_[pos++] != '}') {
          }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (level == 0) {
        if (pos < end && text_[pos] == ch) {
          literalEnd = pos; // keep one brace of the pair
          ++pos;
          result = 1;
          break;
        }
        if (ch == '}') failAt(DiagId::fstr_single_close_brace, pos - 1);
      }
      --pos;
      break;
    }
  }
  if (result == 0) literalEnd = pos;
  if (literalEnd != start) decodeInto(st.lastStr, start, literalEnd, raw);
  return result;
}

// fstring_find_expr: one replacement field '{' expr ['='] ['!' conv] [':' spec] '}'.
FormattedValue* StringParser::findExpr(State& st, uint32_t& pos, uint32_t end, bool raw,
                                       int level) {
  uint32_t open = pos;
  if (level >= 2) failAt(DiagId::fstr_nested_too_deeply, pos);
  ++pos;
  uint32_t exprBegin = pos;
  char quote = 0;
  bool tripleQuoted = false;
  std::string brackets;
  for (; pos < end; ++pos) {
    char ch = text_[pos];
    if (ch == '\\') failAt(DiagId::fstr_backslash, pos);
    if (quote) { // inside a string within the expression: look for its end
      if (ch != quote) continue;
      if (!tripleQuoted) {
        quote = 0;
      } else if (pos + 2 < end && text_[pos + 1] == ch && text_[pos + 2] == ch) {
        pos += 2;
        quote = 0;
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      tripleQuoted = pos + 2 < end && text_[pos + 1] == ch && text_[pos + 2] == ch;
      if (tripleQuoted) pos += 2;
      quote = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (brackets.size() >= 200) failAt(DiagId::fstr_too_many_parens, pos);
      brackets.push_back(ch);
    } else if (ch == '#') {
      failAt(DiagId::fstr_comment, pos);
    } else if (brackets.empty() &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      // "!=", "==", "<=", ">=" and lone '<'/'>' do not end the expression.
      if (pos + 1 < end && text_[pos + 1] == '=' && ch != ':' && ch != '}') {
        ++pos;
        continue;
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (brackets.empty()) failAt(DiagId::fstr_unmatched, pos, {std::string(1, ch)});
      char opening = brackets.back();
      brackets.pop_back();
      if ((opening == '(' && ch != ')') || (opening == '[' && ch != ']') ||
          (opening == '{' && ch != '}'))
        failAt(DiagId::fstr_mismatched, pos, {std::string(1, ch), std::string(1, opening)});
    }
  }
  uint32_t exprEnd = pos;
  if (quote) failAt(DiagId::fstr_unterminated_string, pos - 1);
  if (!brackets.empty()) failAt(DiagId::fstr_unmatched, pos - 1, {std::string(1, brackets.back())});
  if (pos >= end) failAt(DiagId::fstr_expecting_brace, end - 1);
  Expr* expression = compileExpr(exprBegin, exprEnd);

  bool debug = false;
  if (text_[pos] == '=') { // self-documenting `{x=}`: the text becomes part of the literal
    ++pos;
    while (pos < end && std::string_view(" \t\n\r\f\v").find(text_[pos]) != std::string_view::npos)
      ++pos;
    if (pos >= end) failAt(DiagId::fstr_expecting_brace, end - 1);
    concatLiteral(st, text_.substr(exprBegin, pos - exprBegin));
    debug = true;
  }
  int64_t conversion = -1;
  if (text_[pos] == '!') {
    ++pos;
    if (pos >= end) failAt(DiagId::fstr_expecting_brace, end - 1);
    char c = text_[pos++];
    if (c != 's' && c != 'r' && c != 'a') failAt(DiagId::fstr_bad_conversion, pos - 1);
    conversion = c;
  }
  if (pos >= end) failAt(DiagId::fstr_expecting_brace, end - 1);
  Expr* formatSpec = nullptr;
  if (text_[pos] == ':') {
    ++pos;
    if (pos >= end) failAt(DiagId::fstr_expecting_brace, end - 1);
    State spec;
    spec.valuesMark = p_.mark();
    concatFString(spec, pos, end, raw, level + 1);
    formatSpec = finish(spec);
  }
  if (pos >= end || text_[pos] != '}') failAt(DiagId::fstr_expecting_brace, std::min(pos, end - 1));
  ++pos;
  if (debug && !formatSpec && conversion == -1) conversion = 'r';

  auto* value = p_.makeRange<FormattedValue>({p_.loc(open), p_.loc(pos)});
  value->value = expression;
  value->conversion = conversion;
  value->format_spec = formatSpec;
  return value;
}

// fstring_compile_expr: the field's expression, parsed as if written inside parentheses.
Expr* StringParser::compileExpr(uint32_t begin, uint32_t end) {
  uint32_t i = begin;
  while (i < end && std::string_view(" \t\n\f").find(text_[i]) != std::string_view::npos) ++i;
  if (i == end) {
    char next = text_[end];
    if (next == '!' || next == ':' || next == '=')
      failAt(DiagId::fstr_expression_required, end, {std::string(1, next)});
    failAt(DiagId::fstr_empty_expression, end);
  }
  std::vector<Token> tokens;
  Lexer lexer(text_, begin, end, Lexer::Mode::FStringExpr);
  bool lexed = lexer.tokenize(tokens);
  try {
    if (!lexed) {
      const LexError& e = lexer.error();
      p_.fail(e.id, e.begin, e.end, e.args);
    }
    Parser sub(p_.s_, std::move(tokens));
    return sub.parseFStringField();
  } catch (const ParseFailure&) {
    // CPython prefixes errors inside a field with "f-string: ".
    PendingError& e = p_.s_.error;
    std::vector<DiagArg> args(e.args.begin(), e.args.end());
    std::string message = formatDiagMessage(diagInfo(e.id).format, args);
    if (!message.starts_with("f-string")) {
      e.id = DiagId::fstr_wrapped;
      e.args = {message};
    }
    e.generic = false;
    throw;
  }
}

} // namespace kiln::parse

namespace kiln::parse {

// The inside of a replacement field: '(' expr ')' ENDMARKER, the parentheses being synthetic.
ast::Expr* Parser::parseFStringField() {
  ast::Expr* e = parseParenthesized();
  if (!at(TokKind::EndMarker)) failSyntax();
  return e;
}

} // namespace kiln::parse
