// Parser: compound statements (if, while, for, with, try, def, class, decorators, match).
//
// A compound statement's range ends where its last nested statement ends, not at the NEWLINE
// or DEDENT that closes it, so diagnostics about a whole statement underline only code.
#include "frontend/parser_impl.h"

namespace kiln::parse {

using namespace ast;

namespace {

SourceLoc endOf(std::span<Stmt*> body, SourceLoc fallback) {
  return body.empty() ? fallback : body.back()->range.end;
}

template <class T> T* withEnd(T* node, SourceLoc end) {
  node->range.end = end;
  return node;
}

} // namespace

// else_block: 'else' &&':' block
std::span<Stmt*> Parser::parseElseBlock() {
  const Token& header = tok();
  ++pos_;
  expectForced(TokKind::Colon);
  return parseBlock("'else' statement", header);
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
Stmt* Parser::parseIf(bool elif) {
  SourceLoc begin = startLoc();
  const Token& header = tok();
  ++pos_;
  Expr* test = parseNamedExpression();
  expectForced(TokKind::Colon);
  std::span<Stmt*> body = parseBlock(elif ? "'elif' statement" : "'if' statement", header);
  std::span<Stmt*> orelse;
  if (at(TokKind::KwElif)) {
    size_t m = mark();
    push(parseIf(true));
    orelse = takeList<Stmt>(m);
  } else if (at(TokKind::KwElse)) {
    orelse = parseElseBlock();
  }
  auto* s = make<If>(begin);
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return withEnd(s, endOf(orelse, endOf(body, s->range.end)));
}

// while_stmt: 'while' named_expression ':' block [else_block]
Stmt* Parser::parseWhile() {
  SourceLoc begin = startLoc();
  const Token& header = tok();
  ++pos_;
  Expr* test = parseNamedExpression();
  expectForced(TokKind::Colon);
  std::span<Stmt*> body = parseBlock("'while' statement", header);
  std::span<Stmt*> orelse = at(TokKind::KwElse) ? parseElseBlock() : std::span<Stmt*>();
  auto* s = make<While>(begin);
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return withEnd(s, endOf(orelse, endOf(body, s->range.end)));
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions &&':' [TYPE_COMMENT] block
//           [else_block]
Stmt* Parser::parseFor(SourceLoc begin, bool isAsync) {
  const Token& header = tok();
  ++pos_;
  Expr* target = parseStarTargets();
  setContext(target, ExprContext::Store, false);
  expect(TokKind::KwIn);
  Expr* iter = parseStarExpressions();
  expectForced(TokKind::Colon);
  std::span<Stmt*> body = parseBlock("'for' statement", header);
  std::span<Stmt*> orelse = at(TokKind::KwElse) ? parseElseBlock() : std::span<Stmt*>();
  SourceLoc end = endOf(orelse, endOf(body, prevEnd()));
  if (isAsync) {
    auto* s = make<AsyncFor>(begin);
    s->target = target, s->iter = iter, s->body = body, s->orelse = orelse;
    return withEnd(s, end);
  }
  auto* s = make<For>(begin);
  s->target = target, s->iter = iter, s->body = body, s->orelse = orelse;
  return withEnd(s, end);
}

// with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
Stmt* Parser::parseWith(SourceLoc begin, bool isAsync) {
  const Token& header = tok();
  ++pos_;
  size_t m = mark();
  bool parenthesized = false;
  if (at(TokKind::LParen)) {
    // PEG ordered choice: the parenthesized item list wins if the whole form parses, so
    // `with (a, b):` has two items, while `with (a, b) as c:` falls through to one tuple item.
    parenthesized = attempt([&]() -> WithItem* {
      ++pos_;
      WithItem* last = nullptr;
      do {
        if (at(TokKind::RParen) && last) break;
        push(last = parseWithItem(true));
      } while (accept(TokKind::Comma));
      expect(TokKind::RParen);
      if (!at(TokKind::Colon)) failSyntax();
      return last;
    }) != nullptr;
  }
  if (!parenthesized) {
    do push(parseWithItem(false));
    while (accept(TokKind::Comma));
  }
  std::span<WithItem*> items = takeList<WithItem>(m);
  expectForced(TokKind::Colon);
  std::span<Stmt*> body = parseBlock("'with' statement", header);
  SourceLoc end = endOf(body, prevEnd());
  if (isAsync) {
    auto* s = make<AsyncWith>(begin);
    s->items = items, s->body = body;
    return withEnd(s, end);
  }
  auto* s = make<With>(begin);
  s->items = items, s->body = body;
  return withEnd(s, end);
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
WithItem* Parser::parseWithItem(bool inParens) {
  SourceLoc begin = startLoc();
  Expr* context = parseExpression();
  Expr* vars = nullptr;
  if (accept(TokKind::KwAs)) {
    vars = parseStarTarget();
    setContext(vars, ExprContext::Store, false);
    if (!at(TokKind::Comma) && !at(TokKind::Colon) && !(inParens && at(TokKind::RParen)))
      failSyntax();
  }
  auto* item = make<WithItem>(begin);
  item->context_expr = context;
  item->optional_vars = vars;
  return item;
}

// try_stmt: 'try' &&':' block finally_block
//         | 'try' &&':' block except_block+ [else_block] [finally_block]
//         | 'try' &&':' block except_star_block+ [else_block] [finally_block]
Stmt* Parser::parseTry() {
  SourceLoc begin = startLoc();
  const Token& header = tok();
  ++pos_;
  expectForced(TokKind::Colon);
  std::span<Stmt*> body = parseBlock("'try' statement", header);
  size_t m = mark();
  bool star = false;
  while (at(TokKind::KwExcept)) {
    bool thisStar = peekKind() == TokKind::Star;
    if (mark() != m && thisStar != star) failAt(DiagId::parse_except_mix, tok());
    star = thisStar;
    push(parseExceptBlock(star));
  }
  bool anyHandler = mark() != m;
  std::span<ExceptHandler*> handlers = takeList<ExceptHandler>(m);
  std::span<Stmt*> orelse;
  if (anyHandler && at(TokKind::KwElse)) orelse = parseElseBlock();
  std::span<Stmt*> finalbody;
  bool hasFinally = false;
  if (at(TokKind::KwFinally)) {
    const Token& finallyTok = tok();
    ++pos_;
    expectForced(TokKind::Colon);
    finalbody = parseBlock("'finally' statement", finallyTok);
    hasFinally = true;
  }
  if (!anyHandler && !hasFinally) failAt(DiagId::parse_try_needs_handler, tok());
  SourceLoc end = endOf(finalbody, endOf(orelse, prevEnd()));
  if (finalbody.empty() && orelse.empty() && !handlers.empty())
    end = endOf(handlers.back()->body, end);
  if (star) {
    auto* s = make<TryStar>(begin);
    s->body = body, s->handlers = handlers, s->orelse = orelse, s->finalbody = finalbody;
    return withEnd(s, end);
  }
  auto* s = make<Try>(begin);
  s->body = body, s->handlers = handlers, s->orelse = orelse, s->finalbody = finalbody;
  return withEnd(s, end);
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
ExceptHandler* Parser::parseExceptBlock(bool star) {
  SourceLoc begin = startLoc();
  const Token& header = tok();
  ++pos_;
  if (star) ++pos_;
  Expr* type = nullptr;
  Symbol name;
  if (at(TokKind::Colon) || at(TokKind::Newline)) {
    if (star) failAt(DiagId::parse_except_star_bare, tok());
  } else {
    type = parseExpression();
    if (at(TokKind::Comma)) {
      uint32_t from = offsetOf(type->range.begin);
      ++pos_;
      Expr* rest = parseExpression();
      fail(DiagId::parse_multiple_except, from, offsetOf(rest->range.end));
    }
    if (accept(TokKind::KwAs)) name = expectName();
  }
  expectForced(TokKind::Colon);
  std::span<Stmt*> body = parseBlock(star ? "'except*' statement" : "'except' statement", header);
  auto* h = make<ExceptHandler>(begin);
  h->type = type;
  h->name = name;
  h->body = body;
  return withEnd(h, endOf(body, h->range.end));
}

// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':'
//                   [func_type_comment] block
Stmt* Parser::parseFunctionDef(SourceLoc begin, std::span<Expr*> decorators, bool isAsync) {
  const Token& header = tok();
  ++pos_;
  Symbol name = expectName();
  expectForced(TokKind::LParen);
  Arguments* args = parseParameters(TokKind::RParen, true);
  expect(TokKind::RParen);
  Expr* returns = accept(TokKind::Arrow) ? parseExpression() : nullptr;
  expectForced(TokKind::Colon);
  std::span<Stmt*> body = parseBlock("function definition", header);
  SourceLoc end = endOf(body, prevEnd());
  if (isAsync) {
    auto* s = make<AsyncFunctionDef>(begin);
    s->name = name, s->args = args, s->body = body, s->decorator_list = decorators;
    s->returns = returns;
    return withEnd(s, end);
  }
  auto* s = make<FunctionDef>(begin);
  s->name = name, s->args = args, s->body = body, s->decorator_list = decorators;
  s->returns = returns;
  return withEnd(s, end);
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block
Stmt* Parser::parseClassDef(SourceLoc begin, std::span<Expr*> decorators) {
  const Token& header = tok();
  ++pos_;
  SourceLoc nameBegin = startLoc();
  Symbol name = expectName();
  std::span<Expr*> bases;
  std::span<Keyword*> keywords;
  if (at(TokKind::LParen)) {
    auto* nameExpr = make<Name>(nameBegin);
    nameExpr->id = name;
    Call* call = cast<Call>(parseCall(nameExpr, nameBegin, false));
    bases = call->args;
    keywords = call->keywords;
  }
  expectForced(TokKind::Colon);
  std::span<Stmt*> body = parseBlock("class definition", header);
  auto* s = make<ClassDef>(begin);
  s->name = name, s->bases = bases, s->keywords = keywords, s->body = body;
  s->decorator_list = decorators;
  return withEnd(s, endOf(body, s->range.end));
}

// decorators: ('@' named_expression NEWLINE)+ (class_def_raw | function_def_raw)
Stmt* Parser::parseDecorated() {
  size_t m = mark();
  while (accept(TokKind::At)) {
    push(parseNamedExpression());
    if (!accept(TokKind::Newline)) failSyntax();
  }
  std::span<Expr*> decorators = takeList<Expr>(m);
  SourceLoc begin = startLoc();
  if (at(TokKind::KwDef)) return parseFunctionDef(begin, decorators, false);
  if (at(TokKind::KwAsync) && peekKind() == TokKind::KwDef) {
    ++pos_;
    return parseFunctionDef(begin, decorators, true);
  }
  if (at(TokKind::KwClass)) return parseClassDef(begin, decorators);
  failSyntax();
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
// `match` is a soft keyword: if what follows is not a subject and ':', this is not a match
// statement and the caller parses an expression statement instead (returns null).
Stmt* Parser::parseMatch() {
  SourceLoc begin = startLoc();
  const Token& header = tok();
  Expr* subject = attempt([&]() -> Expr* {
    ++pos_;
    SourceLoc subjectBegin = startLoc();
    Expr* first = parseStarNamedExpression();
    if (at(TokKind::Comma)) {
      size_t m = mark();
      push(first);
      while (accept(TokKind::Comma) && !at(TokKind::Colon)) push(parseStarNamedExpression());
      auto* tuple = make<Tuple>(subjectBegin);
      tuple->elts = takeList<Expr>(m);
      tuple->ctx = ExprContext::Load;
      first = tuple;
    } else if (isa<Starred>(first)) {
      failSyntax();
    }
    if (!at(TokKind::Colon)) failSyntax();
    return first;
  });
  if (!subject) return nullptr;
  expect(TokKind::Colon);
  expect(TokKind::Newline);
  if (!accept(TokKind::Indent)) {
    fail(DiagId::parse_expected_indent, tok().begin, tok().end,
         {"'match' statement", std::to_string(lineOf(header.begin))});
  }
  size_t m = mark();
  do push(parseCaseBlock());
  while (!accept(TokKind::Dedent));
  auto* s = make<Match>(begin);
  s->subject = subject;
  s->cases = takeList<MatchCase>(m);
  return withEnd(s, endOf(s->cases.back()->body, s->range.end));
}

// case_block: "case" patterns guard? ':' block
// guard: 'if' named_expression
MatchCase* Parser::parseCaseBlock() {
  SourceLoc begin = startLoc();
  const Token& header = tok();
  if (!atName("case")) failSyntax();
  ++pos_;
  Pattern* pattern = parsePatterns();
  Expr* guard = accept(TokKind::KwIf) ? parseNamedExpression() : nullptr;
  expectForced(TokKind::Colon);
  std::span<Stmt*> body = parseBlock("'case' statement", header);
  auto* c = make<MatchCase>(begin);
  c->pattern = pattern;
  c->guard = guard;
  c->body = body;
  return withEnd(c, endOf(body, c->range.end));
}

} // namespace kiln::parse
