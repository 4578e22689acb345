// The flow op for each AST operator, generated from the FLOW_FROM_* rows of flow_ops.def.
// The switches have no default: an operator without a row breaks the build (-Werror=switch).
#pragma once

#include "flowgraph/graph.h"

namespace kiln::flow {

inline OpCode binaryOpFor(ast::Operator op) {
  switch (op) {
#define FLOW_FROM_BINOP(astKind, flowOp, inplaceOp) case ast::Operator::astKind: return OpCode::flowOp;
#include "flowgraph/flow_ops.def"
  }
  return OpCode::same_as;
}

inline OpCode inplaceOpFor(ast::Operator op) {
  switch (op) {
#define FLOW_FROM_BINOP(astKind, flowOp, inplaceOp) case ast::Operator::astKind: return OpCode::inplaceOp;
#include "flowgraph/flow_ops.def"
  }
  return OpCode::same_as;
}

inline OpCode unaryOpFor(ast::UnaryOpKind op) {
  switch (op) {
#define FLOW_FROM_UNARYOP(astKind, flowOp) case ast::UnaryOpKind::astKind: return OpCode::flowOp;
#include "flowgraph/flow_ops.def"
  }
  return OpCode::same_as;
}

// The op of a comparison; `negate`: the result must be inverted with not_.
inline OpCode compareOpFor(ast::CmpOp op, bool& negate) {
  switch (op) {
#define FLOW_FROM_CMPOP(astKind, flowOp, neg)                                                      \
  case ast::CmpOp::astKind:                                                                        \
    negate = neg;                                                                                  \
    return OpCode::flowOp;
#include "flowgraph/flow_ops.def"
  }
  return OpCode::same_as;
}

} // namespace kiln::flow
