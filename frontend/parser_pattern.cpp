// Parser: the patterns of `match` statements (PEP 634).
#include "frontend/parser_impl.h"

namespace kiln::parse {

using namespace ast;

namespace {

bool isComplex(const Expr* e) {
  const auto* c = dynCast<Constant>(e);
  return c && c->value.kind == ConstantValue::Kind::Imaginary;
}

} // namespace

// patterns: open_sequence_pattern | pattern
// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
Pattern* Parser::parsePatterns() {
  SourceLoc begin = startLoc();
  Pattern* first = parseMaybeStarPattern();
  if (!at(TokKind::Comma)) {
    if (isa<MatchStar>(first)) failNode(DiagId::parse_invalid_syntax, first);
    return first;
  }
  size_t m = mark();
  push(first);
  while (accept(TokKind::Comma) && !at(TokKind::Colon) && !at(TokKind::KwIf))
    push(parseMaybeStarPattern());
  auto* p = make<MatchSequence>(begin);
  p->patterns = takeList<Pattern>(m);
  return p;
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
Pattern* Parser::parseMaybeStarPattern() {
  if (!at(TokKind::Star)) return parsePattern();
  SourceLoc begin = startLoc();
  ++pos_;
  Symbol name;
  if (atName("_")) ++pos_;
  else name = parseCaptureTarget();
  auto* p = make<MatchStar>(begin);
  p->name = name;
  return p;
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
Pattern* Parser::parsePattern() {
  DepthGuard guard(*this);
  SourceLoc begin = startLoc();
  Pattern* p = parseOrPattern();
  if (!accept(TokKind::KwAs)) return p;
  if (atName("_")) failAt(DiagId::parse_underscore_target, tok());
  if (!at(TokKind::Name)) {
    Expr* bad = attempt([&] { return parseExpression(); });
    if (bad) failNode(DiagId::parse_invalid_pattern_target, bad);
    failSyntax();
  }
  Symbol name = parseCaptureTarget();
  auto* as = make<MatchAs>(begin);
  as->pattern = p;
  as->name = name;
  return as;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::parseOrPattern() {
  SourceLoc begin = startLoc();
  Pattern* first = parseClosedPattern();
  if (!at(TokKind::VBar)) return first;
  size_t m = mark();
  push(first);
  while (accept(TokKind::VBar)) push(parseClosedPattern());
  auto* p = make<MatchOr>(begin);
  p->patterns = takeList<Pattern>(m);
  return p;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
Symbol Parser::parseCaptureTarget() {
  if (!at(TokKind::Name) || atName("_")) failSyntax();
  Symbol name = expectName();
  if (at(TokKind::Dot) || at(TokKind::LParen) || at(TokKind::Equal)) failSyntax();
  return name;
}

// name_or_attr: attr | NAME      attr: name_or_attr '.' NAME
Expr* Parser::parseNameOrAttr() {
  SourceLoc begin = startLoc();
  Symbol id = expectName();
  auto* n = make<Name>(begin);
  n->id = id;
  n->ctx = ExprContext::Load;
  Expr* e = n;
  while (accept(TokKind::Dot)) {
    Symbol attr = expectName();
    auto* a = make<Attribute>(begin);
    a->value = e;
    a->attr = attr;
    a->ctx = ExprContext::Load;
    e = a;
  }
  return e;
}

// signed_number: NUMBER | '-' NUMBER      (real: the number must not be imaginary)
Expr* Parser::parseSignedNumber(bool real) {
  SourceLoc begin = startLoc();
  bool negative = accept(TokKind::Minus);
  if (!at(TokKind::Number)) failSyntax();
  Expr* number = parseNumber();
  if (real && isComplex(number)) failNode(DiagId::parse_real_in_complex, number);
  if (!negative) return number;
  auto* u = make<UnaryOp>(begin);
  u->op = UnaryOpKind::USub;
  u->operand = number;
  return u;
}

// signed_number !('+' | '-') | complex_number
// complex_number: signed_real_number ('+' | '-') imaginary_number
Expr* Parser::parseLiteralNumberExpr() {
  SourceLoc begin = startLoc();
  Expr* left = parseSignedNumber(false);
  if (!at(TokKind::Plus) && !at(TokKind::Minus)) return left;
  const Expr* leftNumber = isa<UnaryOp>(left) ? cast<UnaryOp>(left)->operand : left;
  if (isComplex(leftNumber)) failNode(DiagId::parse_real_in_complex, leftNumber);
  Operator op = at(TokKind::Plus) ? Operator::Add : Operator::Sub;
  ++pos_;
  if (!at(TokKind::Number)) failSyntax();
  Expr* right = parseNumber();
  if (!isComplex(right)) failNode(DiagId::parse_imag_in_complex, right);
  auto* b = make<BinOp>(begin);
  b->left = left;
  b->op = op;
  b->right = right;
  return b;
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//               | group_pattern | sequence_pattern | mapping_pattern | class_pattern
Pattern* Parser::parseClosedPattern() {
  SourceLoc begin = startLoc();
  switch (kind()) {
  case TokKind::Number:
  case TokKind::Minus:
  case TokKind::String: {
    Expr* value = at(TokKind::String) ? parseStrings() : parseLiteralNumberExpr();
    auto* p = make<MatchValue>(begin);
    p->value = value;
    return p;
  }
  case TokKind::KwNone:
  case TokKind::KwTrue:
  case TokKind::KwFalse: {
    ConstantValue::Kind k = at(TokKind::KwNone)   ? ConstantValue::Kind::None
                            : at(TokKind::KwTrue) ? ConstantValue::Kind::True
                                                  : ConstantValue::Kind::False;
    ++pos_;
    auto* p = make<MatchSingleton>(begin);
    p->value.kind = k;
    return p;
  }
  case TokKind::LParen: {
    // group_pattern: '(' pattern ')'     sequence_pattern: '(' open_sequence_pattern? ')'
    ++pos_;
    if (accept(TokKind::RParen)) return make<MatchSequence>(begin);
    Pattern* first = parseMaybeStarPattern();
    if (accept(TokKind::RParen)) {
      if (isa<MatchStar>(first)) failNode(DiagId::parse_invalid_syntax, first);
      return first;
    }
    if (!at(TokKind::Comma)) failSyntax();
    size_t m = mark();
    push(first);
    while (accept(TokKind::Comma) && !at(TokKind::RParen)) push(parseMaybeStarPattern());
    expect(TokKind::RParen);
    auto* p = make<MatchSequence>(begin);
    p->patterns = takeList<Pattern>(m);
    return p;
  }
  case TokKind::LBracket: {
    // sequence_pattern: '[' maybe_sequence_pattern? ']'
    ++pos_;
    size_t m = mark();
    while (!at(TokKind::RBracket)) {
      push(parseMaybeStarPattern());
      if (!accept(TokKind::Comma)) break;
    }
    expect(TokKind::RBracket);
    auto* p = make<MatchSequence>(begin);
    p->patterns = takeList<Pattern>(m);
    return p;
  }
  case TokKind::LBrace: return parseMappingPattern();
  case TokKind::Name: {
    if (atName("_")) { // wildcard_pattern: "_"
      ++pos_;
      return make<MatchAs>(begin);
    }
    Expr* target = parseNameOrAttr();
    if (at(TokKind::LParen)) return parseClassPattern(target, begin);
    if (at(TokKind::Equal)) failSyntax();
    if (isa<Attribute>(target)) { // value_pattern
      auto* p = make<MatchValue>(begin);
      p->value = target;
      return p;
    }
    auto* p = make<MatchAs>(begin); // capture_pattern
    p->name = cast<Name>(target)->id;
    return p;
  }
  default: failSyntax();
  }
}

// key_value_pattern key: literal_expr | attr
Expr* Parser::parseMappingKey() {
  switch (kind()) {
  case TokKind::Number:
  case TokKind::Minus: return parseLiteralNumberExpr();
  case TokKind::String: return parseStrings();
  case TokKind::KwNone:
  case TokKind::KwTrue:
  case TokKind::KwFalse: return parseAtom();
  case TokKind::Name: {
    Expr* e = parseNameOrAttr();
    if (!isa<Attribute>(e)) failNode(DiagId::parse_invalid_syntax, e);
    return e;
  }
  default: failSyntax();
  }
}

// mapping_pattern: '{' [items_pattern ','] [double_star_pattern] ','? '}'
// key_value_pattern: (literal_expr | attr) ':' pattern     double_star_pattern: '**' capture
Pattern* Parser::parseMappingPattern() {
  SourceLoc begin = startLoc();
  ++pos_;
  size_t m = mark();
  Symbol rest;
  while (!at(TokKind::RBrace)) {
    if (accept(TokKind::DoubleStar)) {
      rest = parseCaptureTarget();
      accept(TokKind::Comma);
      break;
    }
    push(parseMappingKey());
    expect(TokKind::Colon);
    push(parsePattern());
    if (!accept(TokKind::Comma)) break;
  }
  expect(TokKind::RBrace);
  // Keys (expressions) and patterns were pushed alternately; split them.
  std::vector<Node*> patterns;
  size_t keys = m;
  for (size_t i = m; i < s_.scratch.size(); ++i) {
    if (isa<Pattern>(s_.scratch[i])) patterns.push_back(s_.scratch[i]);
    else s_.scratch[keys++] = s_.scratch[i];
  }
  s_.scratch.resize(keys);
  auto* p = make<MatchMapping>(begin);
  p->keys = takeList<Expr>(m);
  for (Node* n : patterns) push(n);
  p->patterns = takeList<Pattern>(m);
  p->rest = rest;
  return p;
}

// class_pattern: name_or_attr '(' [positional_patterns [',' keyword_patterns]
//                                  | keyword_patterns] ','? ')'
// keyword_pattern: NAME '=' pattern
Pattern* Parser::parseClassPattern(Expr* cls, SourceLoc begin) {
  ++pos_;
  size_t m = mark();
  size_t namesMark = s_.symbols.size();
  std::vector<Node*> keywordPatterns;
  while (!at(TokKind::RParen)) {
    if (at(TokKind::Name) && peekKind() == TokKind::Equal) {
      s_.symbols.push_back(expectName());
      ++pos_;
      keywordPatterns.push_back(parsePattern());
    } else {
      Pattern* positional = parsePattern();
      if (!keywordPatterns.empty())
        failNode(DiagId::parse_positional_after_keyword_pattern, positional);
      push(positional);
    }
    if (!accept(TokKind::Comma)) break;
  }
  expect(TokKind::RParen);
  auto* p = make<MatchClass>(begin);
  p->cls = cls;
  p->patterns = takeList<Pattern>(m);
  p->kwd_attrs = takeSymbols(namesMark);
  for (Node* n : keywordPatterns) push(n);
  p->kwd_patterns = takeList<Pattern>(m);
  return p;
}

} // namespace kiln::parse
