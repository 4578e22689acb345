// Parser: expressions, from star_expressions down to primary, plus slices, lambda and yield.
//
// Binary operators use precedence climbing over the precedence column of ast_ops.def instead of
// one function per level; ** and unary operators are parsed apart because they bind
// asymmetrically (-x**y is -(x**y); x**-y is x**(-y)).
#include "frontend/parser_impl.h"
#include "frontend/parser_tables.h"

namespace kiln::parse {

using namespace ast;

// yield_expr | star_expressions
Expr* Parser::parseYieldOrStarExpressions() {
  return at(TokKind::KwYield) ? parseYieldExpr() : parseStarExpressions();
}

// star_expressions: star_expression (',' star_expression)* [',']
Expr* Parser::parseStarExpressions() {
  SourceLoc begin = startLoc();
  Expr* first = parseStarExpression();
  if (!at(TokKind::Comma)) return first;
  size_t m = mark();
  push(first);
  while (accept(TokKind::Comma)) {
    if (!canStartExpression(kind()) && !at(TokKind::Star)) break;
    push(parseStarExpression());
  }
  auto* t = make<Tuple>(begin);
  t->elts = takeList<Expr>(m);
  t->ctx = ExprContext::Load;
  return t;
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::parseStarExpression() {
  if (!at(TokKind::Star)) return parseExpression();
  SourceLoc begin = startLoc();
  ++pos_;
  Expr* value = parseBitwiseOr();
  auto* s = make<Starred>(begin);
  s->value = value;
  s->ctx = ExprContext::Load;
  return s;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::parseStarNamedExpression() {
  return at(TokKind::Star) ? parseStarExpression() : parseNamedExpression();
}

// named_expression: NAME ':=' ~ expression | expression !':='
Expr* Parser::parseNamedExpression() {
  if (at(TokKind::Name) && peekKind() == TokKind::ColonEqual) {
    SourceLoc begin = startLoc();
    auto* target = makeRange<Name>({begin, loc(tok().end)});
    target->id = nameSymbol(tok());
    target->ctx = ExprContext::Store;
    pos_ += 2;
    Expr* value = parseExpression();
    auto* n = make<NamedExpr>(begin);
    n->target = target;
    n->value = value;
    return n;
  }
  Expr* e = parseExpression();
  if (at(TokKind::ColonEqual)) failNode(DiagId::parse_cannot_walrus, e, {exprName(e)});
  return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::parseExpression() {
  DepthGuard guard(*this);
  if (at(TokKind::KwLambda)) return parseLambda();
  SourceLoc begin = startLoc();
  Expr* body = parseDisjunction();
  if (!at(TokKind::KwIf)) return body;
  ++pos_;
  Expr* test = parseDisjunction();
  if (!accept(TokKind::KwElse)) failAt(DiagId::parse_expected_else, tok());
  Expr* orelse = parseExpression();
  auto* e = make<IfExp>(begin);
  e->test = test;
  e->body = body;
  e->orelse = orelse;
  return e;
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
Expr* Parser::parseDisjunction() {
  SourceLoc begin = startLoc();
  Expr* first = parseConjunction();
  if (!at(TokKind::KwOr)) return first;
  size_t m = mark();
  push(first);
  while (accept(TokKind::KwOr)) push(parseConjunction());
  auto* e = make<BoolOp>(begin);
  e->op = BoolOpKind::Or;
  e->values = takeList<Expr>(m);
  return e;
}

// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::parseConjunction() {
  SourceLoc begin = startLoc();
  Expr* first = parseInversion();
  if (!at(TokKind::KwAnd)) return first;
  size_t m = mark();
  push(first);
  while (accept(TokKind::KwAnd)) push(parseInversion());
  auto* e = make<BoolOp>(begin);
  e->op = BoolOpKind::And;
  e->values = takeList<Expr>(m);
  return e;
}

// inversion: 'not' inversion | comparison
Expr* Parser::parseInversion() {
  if (!at(TokKind::KwNot)) return parseComparison();
  DepthGuard guard(*this);
  SourceLoc begin = startLoc();
  ++pos_;
  Expr* operand = parseInversion();
  auto* e = make<UnaryOp>(begin);
  e->op = UnaryOpKind::Not;
  e->operand = operand;
  return e;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
Expr* Parser::parseComparison() {
  SourceLoc begin = startLoc();
  Expr* left = parseBitwiseOr();
  size_t opsMark = s_.cmpOps.size();
  size_t m = mark();
  for (;;) {
    CmpOp op;
    if (at(TokKind::KwNot) && peekKind() == TokKind::KwIn) {
      op = CmpOp::NotIn;
      pos_ += 2;
    } else if (at(TokKind::KwIs) && peekKind() == TokKind::KwNot) {
      op = CmpOp::IsNot;
      pos_ += 2;
    } else if (std::optional<CmpOp> single = operatorTables().comparison(kind())) {
      op = *single;
      ++pos_;
    } else {
      break;
    }
    s_.cmpOps.push_back(op);
    push(parseBitwiseOr());
  }
  if (mark() == m) return left;
  auto* e = make<Compare>(begin);
  e->left = left;
  e->ops = s_.ctx.arena.copy<CmpOp>(
      std::span<const CmpOp>(s_.cmpOps.data() + opsMark, s_.cmpOps.size() - opsMark));
  s_.cmpOps.resize(opsMark);
  e->comparators = takeList<Expr>(m);
  return e;
}

// bitwise_or .. term, by precedence climbing: a binary operator of precedence p takes as its
// right operand everything that binds tighter (p+1 and up); equal precedence associates left.
Expr* Parser::parseBinary(int minPrecedence) {
  SourceLoc begin = startLoc();
  Expr* left = parseFactor();
  unsigned chain = 0;
  for (;;) {
    std::optional<Operator> op = operatorTables().binary(kind());
    if (!op) return left;
    int precedence = ast::precedence(*op);
    if (precedence == 0 || precedence < minPrecedence) return left;
    ++pos_;
    Expr* right = parseBinary(precedence + 1);
    // A long chain nests to the left; bound its depth like recursion.
    if (++chain + s_.depth > kMaxParseDepth)
      failAt(DiagId::parse_too_nested, tok(), {std::to_string(kMaxParseDepth)});
    auto* e = make<BinOp>(begin);
    e->left = left;
    e->op = *op;
    e->right = right;
    left = e;
  }
}

// factor: '+' factor | '-' factor | '~' factor | power
Expr* Parser::parseFactor() {
  if (!at(TokKind::Plus) && !at(TokKind::Minus) && !at(TokKind::Tilde)) return parsePower();
  DepthGuard guard(*this);
  SourceLoc begin = startLoc();
  UnaryOpKind op = *operatorTables().unary(kind());
  ++pos_;
  Expr* operand = parseFactor();
  auto* e = make<UnaryOp>(begin);
  e->op = op;
  e->operand = operand;
  return e;
}

// power: await_primary '**' factor | await_primary
// await_primary: AWAIT primary | primary
Expr* Parser::parsePower() {
  SourceLoc begin = startLoc();
  Expr* base;
  if (at(TokKind::KwAwait)) {
    DepthGuard guard(*this);
    ++pos_;
    Expr* value = parsePrimary();
    auto* a = make<Await>(begin);
    a->value = value;
    base = a;
  } else {
    base = parsePrimary();
  }
  if (!at(TokKind::DoubleStar)) return base;
  DepthGuard guard(*this);
  ++pos_;
  Expr* exponent = parseFactor();
  auto* e = make<BinOp>(begin);
  e->left = base;
  e->op = Operator::Pow;
  e->right = exponent;
  return e;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
Expr* Parser::parsePrimary() {
  SourceLoc begin = startLoc();
  Expr* e = parseAtom();
  return parseTrailers(e, begin);
}

Expr* Parser::parseTrailers(Expr* e, SourceLoc begin) {
  for (unsigned chain = 1;; ++chain) {
    if (at(TokKind::Dot)) {
      ++pos_;
      Symbol attr = expectName();
      auto* a = make<Attribute>(begin);
      a->value = e;
      a->attr = attr;
      a->ctx = ExprContext::Load;
      e = a;
    } else if (at(TokKind::LParen)) {
      e = parseCall(e, begin, true);
    } else if (at(TokKind::LBracket)) {
      ++pos_;
      Expr* slice = parseSlices();
      expect(TokKind::RBracket);
      auto* s = make<Subscript>(begin);
      s->value = e;
      s->slice = slice;
      s->ctx = ExprContext::Load;
      e = s;
    } else {
      return e;
    }
    if (chain + s_.depth > kMaxParseDepth)
      failAt(DiagId::parse_too_nested, tok(), {std::to_string(kMaxParseDepth)});
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::parseSlices() {
  SourceLoc begin = startLoc();
  auto element = [&]() -> Expr* {
    if (!at(TokKind::Star)) return parseSlice();
    // starred_expression: '*' expression
    SourceLoc starBegin = startLoc();
    ++pos_;
    Expr* value = parseExpression();
    auto* s = make<Starred>(starBegin);
    s->value = value;
    s->ctx = ExprContext::Load;
    return s;
  };
  Expr* first = element();
  if (!at(TokKind::Comma) && !isa<Starred>(first)) return first;
  size_t m = mark();
  push(first);
  while (accept(TokKind::Comma) && !at(TokKind::RBracket)) push(element());
  auto* t = make<Tuple>(begin);
  t->elts = takeList<Expr>(m);
  t->ctx = ExprContext::Load;
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::parseSlice() {
  SourceLoc begin = startLoc();
  Expr* lower = nullptr;
  if (!at(TokKind::Colon)) {
    lower = parseNamedExpression();
    if (!at(TokKind::Colon)) return lower;
    if (isa<NamedExpr>(lower)) failSyntax();
  }
  ++pos_;
  auto endsPart = [&] { return at(TokKind::Colon) || at(TokKind::Comma) || at(TokKind::RBracket); };
  Expr* upper = endsPart() ? nullptr : parseExpression();
  Expr* step = nullptr;
  if (accept(TokKind::Colon) && !endsPart()) step = parseExpression();
  auto* s = make<Slice>(begin);
  s->lower = lower;
  s->upper = upper;
  s->step = step;
  return s;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::parseLambda() {
  SourceLoc begin = startLoc();
  ++pos_;
  Arguments* args = at(TokKind::Colon) ? emptyArguments() : parseParameters(TokKind::Colon, false);
  expect(TokKind::Colon);
  Expr* body = parseExpression();
  auto* l = make<Lambda>(begin);
  l->args = args;
  l->body = body;
  return l;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::parseYieldExpr() {
  SourceLoc begin = startLoc();
  ++pos_;
  if (accept(TokKind::KwFrom)) {
    Expr* value = parseExpression();
    auto* y = make<YieldFrom>(begin);
    y->value = value;
    return y;
  }
  bool hasValue = at(TokKind::Star) || canStartExpression(kind());
  Expr* value = hasValue ? parseStarExpressions() : nullptr;
  auto* y = make<Yield>(begin);
  y->value = value;
  return y;
}

} // namespace kiln::parse
