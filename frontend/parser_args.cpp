// Parser: call arguments and def/lambda parameter lists.
#include "frontend/parser_impl.h"

namespace kiln::parse {

using namespace ast;

// primary '(' [arguments] ')'  and  primary genexp
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs] | kwargs
// kwargs: kwarg_or_starred (',' kwarg_or_starred)* (',' kwarg_or_double_starred)*
// Positional arguments and keywords arrive interleaved; both go on the scratch stack and are
// split by kind at the end, which keeps each one's order.
Expr* Parser::parseCall(Expr* func, SourceLoc begin, bool allowBareGenexp) {
  SourceLoc open = startLoc();
  ++pos_;
  size_t m = mark();
  bool seenKeyword = false, seenDoubleStar = false;
  while (!at(TokKind::RParen)) {
    SourceLoc argBegin = startLoc();
    if (at(TokKind::Star)) {
      ++pos_;
      Expr* value = parseExpression();
      auto* s = make<Starred>(argBegin);
      s->value = value;
      s->ctx = ExprContext::Load;
      if (seenDoubleStar) failNode(DiagId::parse_iter_after_kw_unpack, s);
      push(s);
    } else if (at(TokKind::DoubleStar)) {
      ++pos_;
      Expr* value = parseExpression();
      auto* k = make<Keyword>(argBegin);
      k->value = value;
      push(k);
      seenDoubleStar = true;
    } else if (at(TokKind::Name) && peekKind() == TokKind::Equal) {
      Symbol name = nameSymbol(tok());
      pos_ += 2;
      Expr* value = parseExpression();
      auto* k = make<Keyword>(argBegin);
      k->arg = name;
      k->value = value;
      push(k);
      seenKeyword = true;
    } else {
      Expr* e = parseNamedExpression();
      if (at(TokKind::Equal)) {
        if (isa<Constant>(e) && (cast<Constant>(e)->value.kind == ConstantValue::Kind::True ||
                                 cast<Constant>(e)->value.kind == ConstantValue::Kind::False ||
                                 cast<Constant>(e)->value.kind == ConstantValue::Kind::None))
          fail(DiagId::parse_cannot_assign, offsetOf(e->range.begin), tokAt(pos_ + 1).end,
               {exprName(e)});
        fail(DiagId::parse_kwarg_expression, offsetOf(e->range.begin), tok().end);
      }
      if (at(TokKind::KwFor) || (at(TokKind::KwAsync) && peekKind() == TokKind::KwFor)) {
        checkNoStarredInComprehension(e);
        std::span<Comprehension*> generators = parseComprehensionClauses();
        if (mark() != m || !at(TokKind::RParen))
          fail(DiagId::parse_genexp_parens, offsetOf(e->range.begin), tokAt(pos_ - 1).end);
        if (!allowBareGenexp) failNode(DiagId::parse_invalid_syntax, e);
        // The generator expression's parentheses are the call's.
        auto* g = makeRange<GeneratorExp>({open, loc(tok().end)});
        g->elt = e;
        g->generators = generators;
        push(g);
      } else {
        if (seenDoubleStar) failNode(DiagId::parse_pos_after_kw_unpack, e);
        if (seenKeyword) failNode(DiagId::parse_pos_after_kw, e);
        push(e);
      }
    }
    if (!accept(TokKind::Comma)) {
      if (!at(TokKind::RParen)) failForgotComma(cast<Expr>(s_.scratch.back()));
      break;
    }
  }
  expect(TokKind::RParen);

  size_t n = s_.scratch.size() - m;
  std::vector<Node*> keywords;
  size_t args = m;
  for (size_t i = 0; i < n; ++i) {
    Node* item = s_.scratch[m + i];
    if (isa<Keyword>(item)) keywords.push_back(item);
    else s_.scratch[args++] = item;
  }
  s_.scratch.resize(args);
  auto* call = make<Call>(begin);
  call->func = func;
  call->args = takeList<Expr>(m);
  for (Node* k : keywords) push(k);
  call->keywords = takeList<Keyword>(m);
  return call;
}

Arguments* Parser::emptyArguments() {
  SourceLoc here = startLoc();
  return makeRange<Arguments>({here, here});
}

// param: NAME annotation?     annotation: ':' expression     star_annotation: ':' star_expression
Arg* Parser::parseParameter(bool annotations, bool starAnnotation) {
  SourceLoc begin = startLoc();
  Symbol name = expectName();
  Expr* annotation = nullptr;
  if (annotations && accept(TokKind::Colon))
    annotation = starAnnotation && at(TokKind::Star) ? parseStarExpression() : parseExpression();
  auto* a = make<Arg>(begin);
  a->arg = name;
  a->annotation = annotation;
  return a;
}

// parameters / lambda_parameters, as one loop over the elements in order:
//   [posonly ... '/' ','] args-with-and-without-defaults ['*' [vararg] kwonly...] ['**' kwarg]
// with CPython's messages for the orderings the grammar rejects.
Arguments* Parser::parseParameters(TokKind closer, bool annotations) {
  SourceLoc begin = startLoc();
  std::vector<Node*> posonly, args, defaults, kwonly, kwDefaults;
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  bool seenStar = false, seenSlash = false, seenDefault = false;
  const Token* bareStar = nullptr;
  while (!at(closer)) {
    if (kwarg) failAt(DiagId::parse_after_kwargs, tok());
    if (at(TokKind::Slash)) {
      if (seenSlash) failAt(DiagId::parse_slash_twice, tok());
      if (seenStar) failAt(DiagId::parse_slash_after_star, tok());
      if (args.empty()) {
        if (peekKind() == TokKind::Comma) failAt(DiagId::parse_slash_first, tok());
        failSyntax();
      }
      ++pos_;
      posonly = std::move(args);
      args.clear();
      seenSlash = true;
    } else if (at(TokKind::Star)) {
      if (seenStar) failAt(DiagId::parse_star_twice, tok());
      seenStar = true;
      const Token& star = tok();
      ++pos_;
      if (at(TokKind::Comma) || at(closer)) {
        bareStar = &star;
      } else {
        vararg = parseParameter(annotations, true);
        if (at(TokKind::Equal)) failAt(DiagId::parse_star_default, tok());
      }
    } else if (at(TokKind::DoubleStar)) {
      ++pos_;
      kwarg = parseParameter(annotations, false);
      if (at(TokKind::Equal)) failAt(DiagId::parse_kwargs_default, tok());
    } else {
      if (!annotations && !at(TokKind::Name)) failSyntax();
      Arg* a = parseParameter(annotations, false);
      Expr* value = nullptr;
      if (accept(TokKind::Equal)) {
        if (at(TokKind::Comma) || at(closer)) failAt(DiagId::parse_expected_default, tok());
        value = parseExpression();
      }
      if (seenStar) {
        kwonly.push_back(a);
        kwDefaults.push_back(value);
      } else {
        if (!value && seenDefault) failNode(DiagId::parse_nondefault_after_default, a);
        args.push_back(a);
        if (value) defaults.push_back(value), seenDefault = true;
      }
    }
    if (!accept(TokKind::Comma)) break;
  }
  if (bareStar && kwonly.empty()) failAt(DiagId::parse_bare_star, *bareStar);

  auto list = [&](std::vector<Node*>& items) {
    size_t m = mark();
    for (Node* n : items) push(n);
    return m;
  };
  auto* a = make<Arguments>(begin);
  a->posonlyargs = takeList<Arg>(list(posonly));
  a->args = takeList<Arg>(list(args));
  a->vararg = vararg;
  a->kwonlyargs = takeList<Arg>(list(kwonly));
  a->kw_defaults = takeList<Expr>(list(kwDefaults));
  a->kwarg = kwarg;
  a->defaults = takeList<Expr>(list(defaults));
  return a;
}

} // namespace kiln::parse
