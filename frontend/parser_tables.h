// Token -> AST operator maps, derived from tokens.def and ast_ops.def by spelling.
//
// The operator lists live in ast_ops.def and the token lists in tokens.def; this table is
// computed from both at first use (a binary operator's token has the operator's spelling, an
// augmented assignment's token that spelling plus '='), so no third list exists.
#pragma once

#include <optional>

#include "frontend/ast.h"
#include "frontend/lexer.h"

namespace kiln::parse {

class OperatorTables {
public:
  OperatorTables();
  std::optional<ast::Operator> binary(TokKind k) const { return get<ast::Operator>(binary_, k); }
  std::optional<ast::Operator> augmented(TokKind k) const { return get<ast::Operator>(augmented_, k); }
  std::optional<ast::CmpOp> comparison(TokKind k) const { return get<ast::CmpOp>(comparison_, k); }
  std::optional<ast::UnaryOpKind> unary(TokKind k) const { return get<ast::UnaryOpKind>(unary_, k); }

private:
  template <class E> static std::optional<E> get(const int8_t (&table)[kNumTokKinds], TokKind k) {
    int8_t v = table[size_t(k)];
    if (v < 0) return std::nullopt;
    return E(v);
  }
  int8_t binary_[kNumTokKinds];
  int8_t augmented_[kNumTokKinds];
  int8_t comparison_[kNumTokKinds];
  int8_t unary_[kNumTokKinds];
};

const OperatorTables& operatorTables();

} // namespace kiln::parse
