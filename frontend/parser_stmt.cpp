// Parser: the module, statement dispatch, simple statements, blocks and imports.
#include "frontend/parser_impl.h"
#include "frontend/parser_tables.h"

namespace kiln::parse {

using namespace ast;

// file: [statements] ENDMARKER
Module* Parser::parseFileInput() {
  SourceLoc begin = startLoc();
  size_t m = mark();
  while (!at(TokKind::EndMarker)) parseStatement();
  auto* module = make<Module>(begin);
  module->body = takeList<Stmt>(m);
  return module;
}

// statement: compound_stmt | simple_stmts
// Pushes the statement(s) on the scratch stack.
void Parser::parseStatement() {
  SourceLoc begin = startLoc();
  switch (kind()) {
  case TokKind::KwDef: return push(parseFunctionDef(begin, {}, false));
  case TokKind::KwIf: return push(parseIf(false));
  case TokKind::KwClass: return push(parseClassDef(begin, {}));
  case TokKind::KwWith: return push(parseWith(begin, false));
  case TokKind::KwFor: return push(parseFor(begin, false));
  case TokKind::KwTry: return push(parseTry());
  case TokKind::KwWhile: return push(parseWhile());
  case TokKind::At: return push(parseDecorated());
  case TokKind::KwAsync:
    ++pos_;
    if (at(TokKind::KwDef)) return push(parseFunctionDef(begin, {}, true));
    if (at(TokKind::KwWith)) return push(parseWith(begin, true));
    if (at(TokKind::KwFor)) return push(parseFor(begin, true));
    failSyntax();
  case TokKind::Indent:
    fail(DiagId::lex_unexpected_indent, tok().begin, tokAt(pos_ + 1).begin);
  case TokKind::Name:
    if (atName("match")) {
      if (Stmt* match = parseMatch()) return push(match);
    }
    break;
  default:
    break;
  }
  parseSimpleStatements();
}

// simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
void Parser::parseSimpleStatements() {
  for (;;) {
    push(parseSimpleStatement());
    if (!accept(TokKind::Semi) || at(TokKind::Newline)) break;
  }
  if (!accept(TokKind::Newline)) failSyntax();
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
//   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
Stmt* Parser::parseSimpleStatement() {
  SourceLoc begin = startLoc();
  switch (kind()) {
  case TokKind::KwReturn: {
    ++pos_;
    Expr* value = at(TokKind::Newline) || at(TokKind::Semi) ? nullptr : parseStarExpressions();
    auto* s = make<Return>(begin);
    s->value = value;
    return s;
  }
  case TokKind::KwImport: return parseImport();
  case TokKind::KwFrom: return parseImportFrom();
  case TokKind::KwRaise: {
    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    ++pos_;
    Expr* exc = nullptr;
    Expr* cause = nullptr;
    if (!at(TokKind::Newline) && !at(TokKind::Semi)) {
      exc = parseExpression();
      if (accept(TokKind::KwFrom)) cause = parseExpression();
    }
    auto* s = make<Raise>(begin);
    s->exc = exc;
    s->cause = cause;
    return s;
  }
  case TokKind::KwPass: ++pos_; return make<Pass>(begin);
  case TokKind::KwBreak: ++pos_; return make<Break>(begin);
  case TokKind::KwContinue: ++pos_; return make<Continue>(begin);
  case TokKind::KwDel: return parseDel();
  case TokKind::KwAssert: {
    // assert_stmt: 'assert' expression [',' expression]
    ++pos_;
    Expr* test = parseExpression();
    Expr* msg = accept(TokKind::Comma) ? parseExpression() : nullptr;
    auto* s = make<Assert>(begin);
    s->test = test;
    s->msg = msg;
    return s;
  }
  case TokKind::KwGlobal: return parseGlobalOrNonlocal(true);
  case TokKind::KwNonlocal: return parseGlobalOrNonlocal(false);
  default: return parseExpressionStatement();
  }
}

// assignment, augmented assignment, annotated assignment, or an expression statement.
//   assignment: NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' ...]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'='
//     | single_target augassign ~ (yield_expr | star_expressions)
Stmt* Parser::parseExpressionStatement() {
  SourceLoc begin = startLoc();
  size_t first = pos_;
  Expr* e = parseYieldOrStarExpressions();
  // `print x`: CPython's hint for Python 2 statements (invalid_legacy_expression).
  if (auto* name = dynCast<Name>(e); name && canStartExpression(kind()) &&
                                     (name->id.str() == "print" || name->id.str() == "exec")) {
    Expr* rest = attempt([&] { return parseStarExpressions(); });
    uint32_t end = rest ? offsetOf(rest->range.end) : tok().end;
    std::string spelled(name->id.str());
    fail(DiagId::parse_print_parens, offsetOf(name->range.begin), end, {spelled});
  }

  if (at(TokKind::Equal)) return parseAssignmentRest(e, begin);
  if (std::optional<Operator> op = operatorTables().augmented(kind())) {
    if (!isa<Name>(e) && !isa<Attribute>(e) && !isa<Subscript>(e))
      failNode(DiagId::parse_aug_illegal, e, {exprName(e)});
    setContext(e, ExprContext::Store, false);
    ++pos_;
    Expr* value = parseYieldOrStarExpressions();
    auto* s = make<AugAssign>(begin);
    s->target = e;
    s->op = *op;
    s->value = value;
    return s;
  }
  if (at(TokKind::Colon)) return parseAnnotatedAssignment(e, begin, tokens_[first].kind == TokKind::LParen);
  auto* s = make<ExprStmt>(begin);
  s->value = e;
  return s;
}

Stmt* Parser::parseAssignmentRest(Expr* first, SourceLoc begin) {
  size_t m = mark();
  Expr* value = first;
  bool single = true;
  while (accept(TokKind::Equal)) {
    if (isa<Yield>(value) || isa<YieldFrom>(value))
      failNode(DiagId::parse_assign_yield, value);
    // CPython suggests '==' only for `f() = 1`-like statements with one '='.
    bool suggest = single && mark() == m && !at(TokKind::KwYield);
    push(value);
    value = parseYieldOrStarExpressions();
    if (at(TokKind::Equal)) single = false;
    setContext(cast<Expr>(s_.scratch.back()), ExprContext::Store, suggest && single);
  }
  auto* s = make<Assign>(begin);
  s->targets = takeList<Expr>(m);
  s->value = value;
  return s;
}

Stmt* Parser::parseAnnotatedAssignment(Expr* target, SourceLoc begin, bool parenthesized) {
  if (isa<Tuple>(target)) failNode(DiagId::parse_ann_tuple, target, {"tuple"});
  if (isa<List>(target)) failNode(DiagId::parse_ann_tuple, target, {"list"});
  if (!isa<Name>(target) && !isa<Attribute>(target) && !isa<Subscript>(target))
    failNode(DiagId::parse_ann_illegal, target);
  setContext(target, ExprContext::Store, false);
  expect(TokKind::Colon);
  Expr* annotation = parseExpression();
  Expr* value = accept(TokKind::Equal) ? parseYieldOrStarExpressions() : nullptr;
  auto* s = make<AnnAssign>(begin);
  s->target = target;
  s->annotation = annotation;
  s->value = value;
  s->simple = isa<Name>(target) && !parenthesized;
  return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
// del_targets: ','.del_target+ [',']
Stmt* Parser::parseDel() {
  SourceLoc begin = startLoc();
  ++pos_;
  size_t m = mark();
  do {
    if (at(TokKind::Newline) || at(TokKind::Semi)) break;
    Expr* target = at(TokKind::Star) ? parseStarExpression() : parseBitwiseOr();
    setContext(target, ExprContext::Del, false);
    push(target);
  } while (accept(TokKind::Comma));
  if (mark() == m || (!at(TokKind::Newline) && !at(TokKind::Semi))) failSyntax();
  auto* s = make<Delete>(begin);
  s->targets = takeList<Expr>(m);
  return s;
}

// global_stmt: 'global' ','.NAME+     nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::parseGlobalOrNonlocal(bool global) {
  SourceLoc begin = startLoc();
  ++pos_;
  size_t m = s_.symbols.size();
  do s_.symbols.push_back(expectName());
  while (accept(TokKind::Comma));
  std::span<Symbol> names = takeSymbols(m);
  if (global) {
    auto* s = make<Global>(begin);
    s->names = names;
    return s;
  }
  auto* s = make<Nonlocal>(begin);
  s->names = names;
  return s;
}

// -- Imports ----------------------------------------------------------------------------------------

// dotted_name: dotted_name '.' NAME | NAME
Symbol Parser::parseDottedName() {
  if (!at(TokKind::Name)) failSyntax();
  if (peekKind() != TokKind::Dot) return expectName();
  std::string joined(expectName().str());
  while (accept(TokKind::Dot)) {
    joined += '.';
    joined += expectName().str();
  }
  return s_.ctx.interner.intern(joined);
}

// dotted_as_name: dotted_name ['as' NAME]
Alias* Parser::parseDottedAsName() {
  SourceLoc begin = startLoc();
  Symbol name = parseDottedName();
  Symbol asname = accept(TokKind::KwAs) ? expectName() : Symbol();
  auto* a = make<Alias>(begin);
  a->name = name;
  a->asname = asname;
  return a;
}

// import_from_as_name: NAME ['as' NAME]
Alias* Parser::parseImportFromAsName() {
  SourceLoc begin = startLoc();
  Symbol name = expectName();
  Symbol asname = accept(TokKind::KwAs) ? expectName() : Symbol();
  auto* a = make<Alias>(begin);
  a->name = name;
  a->asname = asname;
  return a;
}

// import_name: 'import' ','.dotted_as_name+
Stmt* Parser::parseImport() {
  SourceLoc begin = startLoc();
  ++pos_;
  size_t m = mark();
  do push(parseDottedAsName());
  while (accept(TokKind::Comma));
  auto* s = make<Import>(begin);
  s->names = takeList<Alias>(m);
  return s;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
Stmt* Parser::parseImportFrom() {
  SourceLoc begin = startLoc();
  ++pos_;
  int64_t level = 0;
  for (;; ++pos_) {
    if (at(TokKind::Dot)) level += 1;
    else if (at(TokKind::Ellipsis)) level += 3;
    else break;
  }
  Symbol module = level == 0 || !at(TokKind::KwImport) ? parseDottedName() : Symbol();
  expect(TokKind::KwImport);
  size_t m = mark();
  if (at(TokKind::Star)) {
    SourceLoc starBegin = startLoc();
    ++pos_;
    auto* a = make<Alias>(starBegin);
    a->name = s_.ctx.interner.intern("*");
    push(a);
  } else if (accept(TokKind::LParen)) {
    do {
      if (at(TokKind::RParen) && mark() != m) break;
      push(parseImportFromAsName());
    } while (accept(TokKind::Comma));
    expect(TokKind::RParen);
  } else {
    do push(parseImportFromAsName());
    while (accept(TokKind::Comma) && !at(TokKind::Newline));
    if (tokAt(pos_ - 1).kind == TokKind::Comma)
      fail(DiagId::parse_import_trailing_comma, tok().begin, tok().begin);
  }
  auto* s = make<ImportFrom>(begin);
  s->module = module;
  s->names = takeList<Alias>(m);
  s->level = level;
  return s;
}

// -- Blocks -----------------------------------------------------------------------------------------

// block: NEWLINE INDENT statements DEDENT | simple_stmts
// `what` names the construct for "expected an indented block after 'if' statement on line N".
std::span<Stmt*> Parser::parseBlock(const char* what, const Token& header) {
  size_t m = mark();
  if (!accept(TokKind::Newline)) {
    parseSimpleStatements();
    return takeList<Stmt>(m);
  }
  if (!accept(TokKind::Indent)) {
    if (at(TokKind::Error)) failSyntax();
    fail(DiagId::parse_expected_indent, tok().begin, tok().end,
         {what, std::to_string(lineOf(header.begin))});
  }
  while (!accept(TokKind::Dedent)) {
    if (at(TokKind::EndMarker)) failSyntax();
    parseStatement();
  }
  return takeList<Stmt>(m);
}

} // namespace kiln::parse
