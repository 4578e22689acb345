// Operations of no particular representation: copies, and the JIT hints (which codegen drops
// and jitgen reads).
#include "rtyper/convert.h"

namespace kiln::rt {

using flow::OpCode;

bool rtypeMisc(OpCtx& c) {
  switch (c.op.opcode) {
  case OpCode::same_as: c.result(c.arg(0, c.resultAnn())); return true;
  // A read of a local not assigned on every path: the annotator proved `undefined` never
  // reaches it (or reported the read), so the value passes through.
  case OpCode::check_bound: c.result(c.arg(0, c.resultAnn())); return true;
  case OpCode::is_: {
    // x is None, None is x: a null test on any pointer representation.
    bool leftNone = c.ann(0)->is(ann::AnnKind::None), rightNone = c.ann(1)->is(ann::AnnKind::None);
    if (leftNone == rightNone) return false;
    const ll::Type* t = c.rt.lowType(c.ann(leftNone ? 1 : 0));
    if (!t || !t->isPtr()) return false;
    c.result(c.emit(ll::Op::ptr_iszero, {c.arg(leftNone ? 1 : 0)}, c.rt.types().boolType()));
    return true;
  }
  default: return false;
  }
}

} // namespace kiln::rt
