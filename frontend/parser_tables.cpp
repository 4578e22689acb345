// Token -> AST operator maps (see parser_tables.h).
#include "frontend/parser_tables.h"

#include <algorithm>
#include <string>

#include "support/assert.h"

namespace kiln::parse {

namespace {
constexpr ast::Operator kOperators[] = {
#define AST_BINOP(kind, spelling, precedence) ast::Operator::kind,
#include "frontend/ast_ops.def"
};
constexpr ast::CmpOp kCmpOps[] = {
#define AST_CMPOP(kind, spelling) ast::CmpOp::kind,
#include "frontend/ast_ops.def"
};
constexpr ast::UnaryOpKind kUnaryOps[] = {
#define AST_UNARYOP(kind, spelling) ast::UnaryOpKind::kind,
#include "frontend/ast_ops.def"
};
} // namespace

OperatorTables::OperatorTables() {
  std::fill(std::begin(binary_), std::end(binary_), -1);
  std::fill(std::begin(augmented_), std::end(augmented_), -1);
  std::fill(std::begin(comparison_), std::end(comparison_), -1);
  std::fill(std::begin(unary_), std::end(unary_), -1);
  for (size_t k = 0; k < kNumTokKinds; ++k) {
    std::string_view tokSpelling = tokKindSpelling(TokKind(k));
    if (tokSpelling.empty()) continue;
    for (ast::Operator op : kOperators) {
      if (tokSpelling == ast::spelling(op)) binary_[k] = int8_t(op);
      if (tokSpelling == std::string(ast::spelling(op)) + "=") augmented_[k] = int8_t(op);
    }
    // Two-word comparisons ("not in", "is not") are assembled by the parser.
    for (ast::CmpOp op : kCmpOps)
      if (tokSpelling == ast::spelling(op)) comparison_[k] = int8_t(op);
    for (ast::UnaryOpKind op : kUnaryOps)
      if (tokSpelling == ast::spelling(op)) unary_[k] = int8_t(op);
  }
  KILN_ASSERT(binary_[size_t(TokKind::Plus)] == int8_t(ast::Operator::Add), "operator tables");
  KILN_ASSERT(augmented_[size_t(TokKind::DoubleSlashEqual)] == int8_t(ast::Operator::FloorDiv),
              "operator tables");
}

const OperatorTables& operatorTables() {
  static const OperatorTables tables;
  return tables;
}

} // namespace kiln::parse
