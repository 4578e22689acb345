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
  case OpCode::getattr: {
    // C.__name__ of a class value: the name its vtable holds.
    if (c.count() == 2 && c.op.args[1].isConstant() && c.op.args[1].constant()->value.text == "__name__") {
      const ll::Type* t = c.rt.lowType(c.ann(0));
      if (!t || !t->isPtr() || !t->target->isStruct() || !t->target->startsWith(c.rt.vtablePtr()->target)) return false;
      ll::Value root = t == c.rt.vtablePtr() ? c.arg(0) : c.emit(ll::Op::cast_pointer, {c.arg(0)}, c.rt.vtablePtr());
      c.result(c.emit(ll::Op::getfield, {root, c.voidConst("name")}, c.rt.strPtr()));
      return true;
    }
    // x.__class__ of an instance: its vtable, as type(x).
    if (c.count() != 2 || !c.op.args[1].isConstant() || c.op.args[1].constant()->value.text != "__class__" ||
        !c.ann(0)->is(ann::AnnKind::Instance))
      return false;
    const ll::Type* want = c.rt.lowType(c.resultAnn());
    if (!want || !want->isPtr()) return false;
    ll::Value root = c.emit(ll::Op::cast_pointer, {c.arg(0)}, c.rt.objectPtr());
    ll::Value vt = c.emit(ll::Op::getfield, {root, c.voidConst("typeptr")}, c.rt.vtablePtr());
    c.result(want == vt.type() ? vt : c.emit(ll::Op::cast_pointer, {vt}, want));
    return true;
  }
  case OpCode::simple_call: {
    // id(x) of any object in the GC heap that is not None (instances: rtype_instance.cpp).
    std::optional<ann::BuiltinId> id = c.builtinCallee();
    if (!id || *id != ann::BuiltinId::id || c.count() != 2 || c.ann(1)->canBeNone()) return false;
    const ll::Type* t = c.rt.lowType(c.ann(1));
    if (!t || !t->isGcPtr()) return false;
    c.result(c.emit(ll::Op::gc_id, {c.arg(1)}, c.rt.types().signedType()));
    return true;
  }
  default: return false;
  }
}

} // namespace kiln::rt
