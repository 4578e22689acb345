// Parser: atoms -- names, constants, numbers, parenthesized forms, list/dict/set displays and
// comprehensions.
#include <charconv>

#include "frontend/parser_impl.h"
#include "support/pyrepr.h"

namespace kiln::parse {

using namespace ast;

namespace {

constexpr size_t kMaxIntDigits = 4300; // CPython's default int_max_str_digits

Constant* constant(Constant* c, ConstantValue::Kind kind) {
  c->value.kind = kind;
  return c;
}

} // namespace

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp | list
//     | listcomp | dict | set | dictcomp | setcomp | '...'
Expr* Parser::parseAtom() {
  SourceLoc begin = startLoc();
  switch (kind()) {
  case TokKind::Name: {
    Symbol id = nameSymbol(tok());
    ++pos_;
    auto* n = make<Name>(begin);
    n->id = id;
    n->ctx = ExprContext::Load;
    return n;
  }
  case TokKind::KwTrue: ++pos_; return constant(make<Constant>(begin), ConstantValue::Kind::True);
  case TokKind::KwFalse: ++pos_; return constant(make<Constant>(begin), ConstantValue::Kind::False);
  case TokKind::KwNone: ++pos_; return constant(make<Constant>(begin), ConstantValue::Kind::None);
  case TokKind::Ellipsis:
    ++pos_;
    return constant(make<Constant>(begin), ConstantValue::Kind::Ellipsis);
  case TokKind::String: return parseStrings();
  case TokKind::Number: return parseNumber();
  case TokKind::LParen: return parseParenthesized();
  case TokKind::LBracket: return parseListDisplay();
  case TokKind::LBrace: return parseBraceDisplay();
  default: failSyntax();
  }
}

// After an element of a display, an expression start where ',' was expected: CPython's
// "Perhaps you forgot a comma?" (only inside brackets, where it cannot be anything else).
void Parser::failForgotComma(Expr* previous) {
  if (!canStartExpression(kind()) || at(TokKind::KwNot)) failSyntax();
  uint32_t from = offsetOf(previous->range.begin);
  Expr* next = attempt([&] { return parseExpression(); });
  if (!next) failSyntax();
  fail(DiagId::parse_forgot_comma, from, offsetOf(next->range.end));
}

void Parser::checkNoStarredInComprehension(Expr* elt) {
  if (isa<Starred>(elt)) failNode(DiagId::parse_comprehension_unpack, elt);
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
Expr* Parser::parseParenthesized() {
  SourceLoc begin = startLoc();
  ++pos_;
  if (accept(TokKind::RParen)) {
    auto* t = make<Tuple>(begin);
    t->ctx = ExprContext::Load;
    return t;
  }
  if (at(TokKind::KwYield)) {
    Expr* y = parseYieldExpr();
    expect(TokKind::RParen);
    return y;
  }
  if (at(TokKind::DoubleStar)) {
    uint32_t from = tok().begin;
    ++pos_;
    Expr* value = parseExpression();
    fail(DiagId::parse_double_starred_here, from, offsetOf(value->range.end));
  }
  Expr* first = parseStarNamedExpression();
  if (at(TokKind::KwFor) || (at(TokKind::KwAsync) && peekKind() == TokKind::KwFor)) {
    checkNoStarredInComprehension(first);
    std::span<Comprehension*> generators = parseComprehensionClauses();
    expect(TokKind::RParen);
    auto* g = make<GeneratorExp>(begin);
    g->elt = first;
    g->generators = generators;
    return g;
  }
  if (accept(TokKind::RParen)) {
    if (isa<Starred>(first)) failNode(DiagId::parse_starred_here, first);
    return first;
  }
  if (!at(TokKind::Comma)) failForgotComma(first);
  size_t m = mark();
  push(first);
  while (accept(TokKind::Comma) && !at(TokKind::RParen)) {
    Expr* e = parseStarNamedExpression();
    push(e);
    if (!at(TokKind::Comma) && !at(TokKind::RParen)) failForgotComma(e);
  }
  expect(TokKind::RParen);
  auto* t = make<Tuple>(begin);
  t->elts = takeList<Expr>(m);
  t->ctx = ExprContext::Load;
  return t;
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
Expr* Parser::parseListDisplay() {
  SourceLoc begin = startLoc();
  ++pos_;
  size_t m = mark();
  if (!at(TokKind::RBracket)) {
    Expr* first = parseStarNamedExpression();
    if (at(TokKind::KwFor) || (at(TokKind::KwAsync) && peekKind() == TokKind::KwFor)) {
      checkNoStarredInComprehension(first);
      std::span<Comprehension*> generators = parseComprehensionClauses();
      expect(TokKind::RBracket);
      auto* c = make<ListComp>(begin);
      c->elt = first;
      c->generators = generators;
      return c;
    }
    push(first);
    if (!at(TokKind::Comma) && !at(TokKind::RBracket)) failForgotComma(first);
    while (accept(TokKind::Comma) && !at(TokKind::RBracket)) {
      Expr* e = parseStarNamedExpression();
      push(e);
      if (!at(TokKind::Comma) && !at(TokKind::RBracket)) failForgotComma(e);
    }
  }
  expect(TokKind::RBracket);
  auto* l = make<List>(begin);
  l->elts = takeList<Expr>(m);
  l->ctx = ExprContext::Load;
  return l;
}

// dict: '{' [double_starred_kvpairs] '}'     dictcomp: '{' kvpair for_if_clauses '}'
// set: '{' star_named_expressions '}'        setcomp: '{' named_expression for_if_clauses '}'
Expr* Parser::parseBraceDisplay() {
  SourceLoc begin = startLoc();
  ++pos_;
  size_t keysMark = mark();
  if (at(TokKind::RBrace) || at(TokKind::DoubleStar)) return parseDictRest(begin, keysMark, 0);
  // A dict key is an `expression`; an unparenthesized walrus can only be a set element.
  bool bareWalrus = at(TokKind::Name) && peekKind() == TokKind::ColonEqual;
  Expr* first = parseStarNamedExpression();
  if (at(TokKind::Colon)) {
    if (isa<Starred>(first) || bareWalrus) failSyntax();
    ++pos_;
    if (at(TokKind::Star)) {
      uint32_t from = tok().begin;
      ++pos_;
      Expr* v = parseBitwiseOr();
      fail(DiagId::parse_dict_unpack_in_set, from, offsetOf(v->range.end));
    }
    Expr* value = parseExpression();
    if (at(TokKind::KwFor) || (at(TokKind::KwAsync) && peekKind() == TokKind::KwFor)) {
      std::span<Comprehension*> generators = parseComprehensionClauses();
      expect(TokKind::RBrace);
      auto* c = make<DictComp>(begin);
      c->key = first;
      c->value = value;
      c->generators = generators;
      return c;
    }
    push(first);
    push(value);
    return parseDictRest(begin, keysMark, 1);
  }
  if (at(TokKind::KwFor) || (at(TokKind::KwAsync) && peekKind() == TokKind::KwFor)) {
    checkNoStarredInComprehension(first);
    std::span<Comprehension*> generators = parseComprehensionClauses();
    expect(TokKind::RBrace);
    auto* c = make<SetComp>(begin);
    c->elt = first;
    c->generators = generators;
    return c;
  }
  push(first);
  if (!at(TokKind::Comma) && !at(TokKind::RBrace)) failForgotComma(first);
  while (accept(TokKind::Comma) && !at(TokKind::RBrace)) {
    Expr* e = parseStarNamedExpression();
    push(e);
    if (!at(TokKind::Comma) && !at(TokKind::RBrace)) failForgotComma(e);
  }
  expect(TokKind::RBrace);
  auto* s = make<Set>(begin);
  s->elts = takeList<Expr>(keysMark);
  return s;
}

// The rest of a dict display after `pairs` key/value pairs were pushed (as key, value, key,
// value, ... with a null key for '**').
// double_starred_kvpair: '**' bitwise_or | expression ':' expression
Expr* Parser::parseDictRest(SourceLoc begin, size_t pairsMark, size_t pairs) {
  bool needComma = pairs != 0;
  while (!at(TokKind::RBrace)) {
    if (needComma && !accept(TokKind::Comma)) {
      failForgotComma(cast<Expr>(s_.scratch.back()));
    }
    if (at(TokKind::RBrace)) break;
    if (accept(TokKind::DoubleStar)) {
      Expr* value = parseBitwiseOr();
      if (at(TokKind::KwFor) && pairs == 0)
        fail(DiagId::parse_dict_comprehension_unpack, offsetOf(value->range.begin) - 2,
             offsetOf(value->range.end));
      push(nullptr);
      push(value);
    } else {
      Expr* key = parseExpression();
      expect(TokKind::Colon);
      Expr* value = parseExpression();
      push(key);
      push(value);
    }
    ++pairs;
    needComma = true;
  }
  expect(TokKind::RBrace);
  // Split the interleaved pairs into keys and values.
  size_t n = (s_.scratch.size() - pairsMark) / 2;
  std::vector<Node*> values;
  values.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    s_.scratch[pairsMark + i] = s_.scratch[pairsMark + 2 * i];
    values.push_back(s_.scratch[pairsMark + 2 * i + 1]);
  }
  s_.scratch.resize(pairsMark + n);
  auto* d = make<Dict>(begin);
  d->keys = takeList<Expr>(pairsMark);
  for (Node* v : values) push(v);
  d->values = takeList<Expr>(pairsMark);
  return d;
}

// for_if_clauses: ([ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
std::span<Comprehension*> Parser::parseComprehensionClauses() {
  size_t m = mark();
  while (at(TokKind::KwFor) || (at(TokKind::KwAsync) && peekKind() == TokKind::KwFor)) {
    SourceLoc begin = startLoc();
    bool isAsync = accept(TokKind::KwAsync);
    ++pos_;
    Expr* target = parseStarTargets();
    setContext(target, ExprContext::Store, false);
    expect(TokKind::KwIn);
    Expr* iter = parseDisjunction();
    size_t ifsMark = mark();
    while (accept(TokKind::KwIf)) push(parseDisjunction());
    std::span<Expr*> ifs = takeList<Expr>(ifsMark);
    auto* c = make<Comprehension>(begin);
    c->target = target;
    c->iter = iter;
    c->ifs = ifs;
    c->is_async = isAsync;
    push(c);
  }
  return takeList<Comprehension>(m);
}

// NUMBER: int (decimal, 0x, 0o, 0b), float, or imaginary; underscores already validated by
// the lexer. Ints beyond 64 bits keep their decimal digits (ConstantValue::BigInt).
Expr* Parser::parseNumber() {
  SourceLoc begin = startLoc();
  const Token& t = tok();
  std::string digits;
  for (char c : text(t))
    if (c != '_') digits.push_back(c);
  ++pos_;
  auto* c = make<Constant>(begin);
  ConstantValue& v = c->value;
  char last = char(digits.back() | 0x20);
  int base = 10;
  if (digits.size() > 1 && digits[0] == '0') {
    char p = char(digits[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
  }
  if (last == 'j') {
    v.kind = ConstantValue::Kind::Imaginary;
    v.floatValue = pyrepr::parseFloat(std::string_view(digits).substr(0, digits.size() - 1));
    return c;
  }
  if (base == 10 && digits.find_first_of(".eE") != std::string::npos) {
    v.kind = ConstantValue::Kind::Float;
    v.floatValue = pyrepr::parseFloat(digits);
    return c;
  }
  std::string_view body = std::string_view(digits).substr(base == 10 ? 0 : 2);
  if (base == 10 && body.size() > kMaxIntDigits)
    failAt(DiagId::lex_int_too_long, t, {std::to_string(body.size())});
  uint64_t value = 0;
  auto [ptr, ec] = std::from_chars(body.data(), body.data() + body.size(), value, base);
  if (ec == std::errc() && ptr == body.data() + body.size() && value <= uint64_t(INT64_MAX)) {
    v.kind = ConstantValue::Kind::Int;
    v.intValue = int64_t(value);
    return c;
  }
  v.kind = ConstantValue::Kind::BigInt;
  v.text = s_.ctx.arena.copyString(pyrepr::integerToDecimal(body, base));
  return c;
}

} // namespace kiln::parse
