// Exceptions: raising instances of exception classes and catching them by class.
//
// A raise is a link to the except block (or to a handler) passing the class's vtable and the
// instance; converting the class constant and the instance to the root vtable and object
// pointers happens on the link (convert.cpp). Catching tests the raised class with issubtype,
// which is a class-id range check.
#include "rtyper/convert.h"

namespace kiln::rt {

using ann::AnnKind;
using flow::OpCode;

bool rtypeException(OpCtx& c) {
  // Exception.__init__(self, args...): exceptions keep no arguments, so nothing to do.
  if (c.op.opcode == OpCode::simple_call && c.builtinCallee() == ann::BuiltinId::exception_init) {
    c.result(c.gc.constant(c.rt.types().voidType(), {}));
    return true;
  }
  if (c.op.opcode != OpCode::issubtype) return false;
  ann::ClassDef* cd = classConstant(c, c.ann(1));
  if (!c.ann(0)->is(AnnKind::TypeOf) || !cd) return false;
  c.result(classIsSubclass(c, c.arg(0), cd));
  return true;
}

} // namespace kiln::rt
