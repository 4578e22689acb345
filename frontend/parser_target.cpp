// Parser: assignment, for and del targets.
//
// Targets are parsed as expressions and then converted: setContext checks that the
// expression is a valid target (Name, Attribute, Subscript, Starred, or a Tuple/List of them)
// and sets Store/Del on it and its parts. The error names the first invalid part the way
// CPython does ("cannot assign to function call").
#include "frontend/parser_impl.h"

namespace kiln::parse {

using namespace ast;

// star_targets: star_target !',' | star_target (',' star_target)* [',']
// Used where a comparison cannot follow the target: `for x in y`, comprehensions.
Expr* Parser::parseStarTargets() {
  SourceLoc begin = startLoc();
  Expr* first = parseStarTarget();
  if (!at(TokKind::Comma)) return first;
  size_t m = mark();
  push(first);
  while (accept(TokKind::Comma)) {
    if (!canStartExpression(kind()) && !at(TokKind::Star)) break;
    push(parseStarTarget());
  }
  auto* t = make<Tuple>(begin);
  t->elts = takeList<Expr>(m);
  t->ctx = ExprContext::Load;
  return t;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
Expr* Parser::parseStarTarget() {
  if (!at(TokKind::Star)) return parseBitwiseOr();
  SourceLoc begin = startLoc();
  ++pos_;
  if (at(TokKind::Star)) failSyntax();
  Expr* value = parseStarTarget();
  auto* s = make<Starred>(begin);
  s->value = value;
  s->ctx = ExprContext::Load;
  return s;
}

// CPython's _PyPegen_get_expr_name.
const char* Parser::exprName(const Expr* e) {
  switch (e->kind) {
  case NodeKind::Attribute: return "attribute";
  case NodeKind::Subscript: return "subscript";
  case NodeKind::Starred: return "starred";
  case NodeKind::Name: return "name";
  case NodeKind::List: return "list";
  case NodeKind::Tuple: return "tuple";
  case NodeKind::Lambda: return "lambda";
  case NodeKind::Call: return "function call";
  case NodeKind::BoolOp: case NodeKind::BinOp: case NodeKind::UnaryOp: return "expression";
  case NodeKind::GeneratorExp: return "generator expression";
  case NodeKind::Yield: case NodeKind::YieldFrom: return "yield expression";
  case NodeKind::Await: return "await expression";
  case NodeKind::ListComp: return "list comprehension";
  case NodeKind::SetComp: return "set comprehension";
  case NodeKind::DictComp: return "dict comprehension";
  case NodeKind::Dict: return "dict literal";
  case NodeKind::Set: return "set display";
  case NodeKind::JoinedStr: case NodeKind::FormattedValue: return "f-string expression";
  case NodeKind::Constant:
    switch (cast<Constant>(e)->value.kind) {
    case ConstantValue::Kind::None: return "None";
    case ConstantValue::Kind::True: return "True";
    case ConstantValue::Kind::False: return "False";
    case ConstantValue::Kind::Ellipsis: return "ellipsis";
    default: return "literal";
    }
  case NodeKind::Compare: return "comparison";
  case NodeKind::IfExp: return "conditional expression";
  case NodeKind::NamedExpr: return "named expression";
  case NodeKind::Slice: return "slice";
  default: return "expression";
  }
}

// The first part of `e` that cannot be a target (CPython's _PyPegen_get_invalid_target).
const Expr* Parser::invalidTarget(const Expr* e, ExprContext ctx) const {
  switch (e->kind) {
  case NodeKind::Name:
  case NodeKind::Attribute:
  case NodeKind::Subscript:
    return nullptr;
  case NodeKind::Starred:
    if (ctx == ExprContext::Del) return e;
    return invalidTarget(cast<Starred>(e)->value, ctx);
  case NodeKind::Tuple:
    for (const Expr* elt : cast<Tuple>(e)->elts)
      if (const Expr* bad = invalidTarget(elt, ctx)) return bad;
    return nullptr;
  case NodeKind::List:
    for (const Expr* elt : cast<List>(e)->elts)
      if (const Expr* bad = invalidTarget(elt, ctx)) return bad;
    return nullptr;
  default:
    return e;
  }
}

namespace {

void applyContext(Expr* e, ExprContext ctx) {
  switch (e->kind) {
  case NodeKind::Name: cast<Name>(e)->ctx = ctx; return;
  case NodeKind::Attribute: cast<Attribute>(e)->ctx = ctx; return;
  case NodeKind::Subscript: cast<Subscript>(e)->ctx = ctx; return;
  case NodeKind::Starred:
    cast<Starred>(e)->ctx = ctx;
    applyContext(cast<Starred>(e)->value, ctx);
    return;
  case NodeKind::Tuple:
    cast<Tuple>(e)->ctx = ctx;
    for (Expr* elt : cast<Tuple>(e)->elts) applyContext(elt, ctx);
    return;
  case NodeKind::List:
    cast<List>(e)->ctx = ctx;
    for (Expr* elt : cast<List>(e)->elts) applyContext(elt, ctx);
    return;
  default:
    return;
  }
}

} // namespace

// `suggestEquality`: the target is the only one of a plain `x = y` statement, where CPython
// adds "Maybe you meant '==' instead of '='?" if the invalid part is not inside brackets.
void Parser::setContext(Expr* e, ExprContext ctx, bool suggestEquality) {
  if (const Expr* bad = invalidTarget(e, ctx)) {
    if (ctx == ExprContext::Del) failNode(DiagId::parse_cannot_delete, bad, {exprName(bad)});
    bool direct = bad == e;
    if (auto* t = dynCast<Tuple>(e); t && s_.text[offsetOf(t->range.begin)] != '(') {
      for (const Expr* elt : t->elts) direct |= elt == bad;
    }
    failNode(suggestEquality && direct ? DiagId::parse_cannot_assign_eq
                                       : DiagId::parse_cannot_assign,
             bad, {exprName(bad)});
  }
  applyContext(e, ctx);
}

} // namespace kiln::parse
